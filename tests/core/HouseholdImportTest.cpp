// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpreadsheetFixtures.h"
#include "TestCounty.h"

#include "register/HouseholdLookup.h"
#include "register/HouseholdRepository.h"
#include "register/IdNumber.h"
#include "spreadsheets/HouseholdImport.h"
#include "spreadsheets/SheetReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace SpreadsheetFixtures;

namespace {

// A valid ID number born on the day; with a check character X when asked.
QString idNumber(const QDate &birth, bool endsInX = false, int from = 1)
{
    for (int sequence = from; sequence < 1000; ++sequence) {
        const QString id = IdNumber::make(QStringLiteral("522633"), birth, sequence);
        if (!id.isEmpty() && id.endsWith(u'X') == endsInX)
            return id;
    }
    return {};
}

// "１２３" for "123": as a Chinese input method types digits.
QString fullWidth(const QString &text)
{
    QString out;
    for (QChar c : text)
        out += c.unicode() >= u'0' && c.unicode() <= u'9' ? QChar(c.unicode() + 0xFEE0) : c;
    return out;
}

const QStringList Header{QStringLiteral("户编号"), QStringLiteral("乡镇"), QStringLiteral("行政村"),
    QStringLiteral("村民小组"), QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("公民身份号码"),
    QStringLiteral("与户主关系"), QStringLiteral("出生日期"), QStringLiteral("联系电话"), QStringLiteral("户属性"),
    QStringLiteral("主要致贫原因"), QStringLiteral("工资性收入（元）")};

struct Roster
{
    QJsonArray rows;
    QStringList merges;

    Roster()
    {
        rows << QJsonArray{QStringLiteral("从江县建档立卡贫困户花名册")};
        rows << QJsonArray{QStringLiteral("填报单位：丙妹镇岜沙村　　　填报日期：2024年3月")};
        rows << QJsonArray::fromStringList(Header);
        merges << QStringLiteral("A1:M1");
    }
    // Appends a person; household values only on the household's first row.
    void person(const QJsonArray &row) { rows << row; }
    int nextRow() const { return int(rows.size()) + 1; }
};

// Two households of 岜沙村: the first with its code and place merged over its three rows.
Roster goodRoster()
{
    Roster r;
    const int first = r.nextRow();
    const QString code = QStringLiteral("5226331012011001");
    r.person({code, QStringLiteral("丙妹镇"), QStringLiteral("岜沙村"), QStringLiteral("一组"),
        QStringLiteral("王大山"), QStringLiteral("男"), fullWidth(idNumber(QDate(1965, 1, 1))), QStringLiteral("户主"),
        QStringLiteral("1965.1.1"), QStringLiteral("138 0013 8000"), QStringLiteral("一般贫困户"),
        QStringLiteral("因病"), QStringLiteral("3,250.50元")});
    r.person({QJsonValue(), QJsonValue(), QJsonValue(), QJsonValue(), QStringLiteral("李秀英"), QStringLiteral("女"),
        idNumber(QDate(1967, 2, 3), true).toLower(), QStringLiteral("配偶"), QStringLiteral("1967年2月3日")});
    r.person({QJsonValue(), QJsonValue(), QJsonValue(), QJsonValue(), QStringLiteral(" 王小明 "), QStringLiteral("1"),
        QString(QStringLiteral(" ") + idNumber(QDate(2005, 3, 12))), QStringLiteral("20"),
        date(QStringLiteral("2005-03-12"), QStringLiteral("yyyy\"年\"m\"月\"d\"日\""))});
    for (const QChar column : QStringLiteral("ABCD"))
        r.merges << QStringLiteral("%1%2:%1%3").arg(column).arg(first).arg(first + 2);
    r.person({QStringLiteral("5226331012011002"), QStringLiteral("丙妹镇"), QStringLiteral("岜沙村"),
        QStringLiteral("一组"), QStringLiteral("吴老四"), QStringLiteral("男"), idNumber(QDate(1950, 7, 8)),
        QStringLiteral("户主"), number(QDate(1899, 12, 30).daysTo(QDate(1950, 7, 8))), number(13912345678.0),
        QStringLiteral("04"), QStringLiteral("02"), number(1200)});
    return r;
}

int households(const TestCounty &c)
{
    return c.scalar(QStringLiteral("SELECT count(*) FROM household")).toInt();
}

int auditRows(const TestCounty &c)
{
    return c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

QString write(const QTemporaryDir &dir, const Roster &roster, const QString &name = QStringLiteral("花名册.xlsx"))
{
    const QString path = dir.filePath(name);
    const QString error = writeXlsx(path, roster.rows, roster.merges);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return path;
}

ImportReport runImport(TestCounty &c, const QString &path, HouseholdImport::Options options = {})
{
    HouseholdImport importer(*c.db);
    Result<ImportReport> report = importer.run(path, options);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    return report.value();
}

QString problemsText(const ImportReport &r)
{
    QStringList lines;
    for (const ImportProblem &p : r.problems)
        lines << QStringLiteral("%1 %2: %3").arg(p.row).arg(p.column, p.message);
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("household import: a roster typed as Excel users type it imports with every value normalised", "[import]")
{
    TestCounty c;
    QTemporaryDir dir;
    const QString path = write(dir, goodRoster());
    const int auditBefore = auditRows(c);
    const ImportReport r = runImport(c, path, {});
    INFO(problemsText(r).toStdString());
    REQUIRE(r.problems.isEmpty());
    CHECK(r.headerRow == 3);
    CHECK(r.rows == 4);
    CHECK(r.households == 2);
    CHECK(r.householdsAdded == 2);
    CHECK(r.peopleAdded == 4);
    CHECK(r.written);
    CHECK(households(c) == 2);

    HouseholdLookup lookup(*c.db);
    const Result<qint64> id = lookup.idOfCode(QStringLiteral("5226331012011001"));
    REQUIRE(id.ok());
    const Result<Household> h = HouseholdRepository(*c.db).load(id.value());
    REQUIRE(h.ok());
    CHECK(h->villageId == c.village);
    CHECK(h->groupId == c.group);
    CHECK(h->phone == QStringLiteral("13800138000"));
    CHECK(h->attributeCode == QStringLiteral("01"));
    CHECK(h->mainCauseCode == QStringLiteral("01"));
    REQUIRE(h->members.size() == 3);
    CHECK(h->members.at(0).idNumber == idNumber(QDate(1965, 1, 1))); // full-width digits folded
    CHECK(h->members.at(0).birthDate == QDate(1965, 1, 1));
    CHECK(h->members.at(1).idNumber == idNumber(QDate(1967, 2, 3), true)); // lowercase x made X
    CHECK(h->members.at(1).birthDate == QDate(1967, 2, 3));
    CHECK(h->members.at(1).relationCode == QStringLiteral("10"));
    CHECK(h->members.at(2).name == QStringLiteral("王小明"));
    CHECK(h->members.at(2).birthDate == QDate(2005, 3, 12));
    REQUIRE(h->incomes.size() == 1);
    CHECK(h->incomes.at(0).wageMigrant == 325050);
    CHECK(h->incomes.at(0).householdSize == 3);

    const Result<Household> other
        = HouseholdRepository(*c.db).load(lookup.idOfCode(QStringLiteral("5226331012011002")).value());
    REQUIRE(other.ok());
    CHECK(other->members.at(0).birthDate == QDate(1950, 7, 8)); // an Excel serial day
    CHECK(other->phone == QStringLiteral("13912345678"));
    CHECK(other->attributeCode == QStringLiteral("04"));
    CHECK(other->incomes.at(0).wageMigrant == 120000);

    // One entry says who imported which file, beside the entries of every record written.
    CHECK(c.scalar(QStringLiteral(
                       "SELECT count(*) FROM audit_log WHERE action = 'import' AND field = ? AND changed_by = ?"),
               {QStringLiteral("花名册.xlsx"), c.db->currentUser()})
              .toInt()
        == 1);
    CHECK(auditRows(c) > auditBefore + 1);
}

TEST_CASE("household import: an ID stored as a number or in scientific notation is reported, never guessed", "[import]")
{
    TestCounty c;
    QTemporaryDir dir;
    Roster r = goodRoster();
    const int numericRow = r.nextRow();
    r.person({QStringLiteral("5226331012011003"), QStringLiteral("丙妹镇"), QStringLiteral("岜沙村"), QJsonValue(),
        QStringLiteral("张三"), QStringLiteral("男"), number(522633198001010011.0), QStringLiteral("户主")});
    const int scientificRow = r.nextRow();
    r.person({QStringLiteral("5226331012011004"), QStringLiteral("丙妹镇"), QStringLiteral("岜沙村"), QJsonValue(),
        QStringLiteral("李四"), QStringLiteral("男"), QStringLiteral("5.22633E+17"), QStringLiteral("户主")});
    const int auditBefore = auditRows(c);
    const ImportReport report = runImport(c, write(dir, r), {});
    INFO(problemsText(report).toStdString());
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems.at(0).row == numericRow);
    CHECK(report.problems.at(0).column == QStringLiteral("G (公民身份号码)"));
    CHECK(report.problems.at(0).message.contains(QStringLiteral("stored as a number")));
    CHECK(report.problems.at(1).row == scientificRow);
    CHECK(report.problems.at(1).message.contains(QStringLiteral("scientific notation")));
    // All or none: the good households before them are not written either.
    CHECK_FALSE(report.written);
    CHECK(households(c) == 0);
    CHECK(auditRows(c) == auditBefore);
}

TEST_CASE("household import: every problem of a roster is listed by row and column, and nothing is written", "[import]")
{
    TestCounty c;
    QTemporaryDir dir;
    Roster r = goodRoster();
    const int bad = r.nextRow();
    r.person({QStringLiteral("5226331012011005"), QStringLiteral("丙妹镇"), QStringLiteral("岜沙村"), QJsonValue(),
        QStringLiteral("赵五"), QStringLiteral("男"), QStringLiteral("522633198001010012"), QStringLiteral("户主"),
        QStringLiteral("1980.13.45"), QStringLiteral("12345"), QStringLiteral("富裕户"), QJsonValue(),
        QStringLiteral("三千元")});
    // The same person twice.
    r.person({QJsonValue(), QJsonValue(), QJsonValue(), QJsonValue(), QStringLiteral("王大山"), QStringLiteral("男"),
        idNumber(QDate(1965, 1, 1)), QStringLiteral("之子")});
    const ImportReport report = runImport(c, write(dir, r), {});
    INFO(problemsText(report).toStdString());
    QStringList columns;
    for (const ImportProblem &p : report.problems) {
        CHECK(p.row >= bad);
        columns << p.column.left(1);
    }
    // ID check digit, date, phone, attribute, income, and the duplicate ID on the next row.
    CHECK(columns.contains(QStringLiteral("G")));
    CHECK(columns.contains(QStringLiteral("I")));
    CHECK(columns.contains(QStringLiteral("J")));
    CHECK(columns.contains(QStringLiteral("K")));
    CHECK(columns.contains(QStringLiteral("M")));
    CHECK(std::any_of(report.problems.cbegin(), report.problems.cend(), [&](const ImportProblem &p) {
        return p.row == bad + 1 && p.message.contains(QStringLiteral("row %1").arg(bad - 4));
    }));
    CHECK(households(c) == 0);
}

TEST_CASE("household import: a household the editor refuses is refused with the editor's words", "[import]")
{
    TestCounty c;
    QTemporaryDir dir;
    Roster r;
    // Two heads in one household, and no main cause: HouseholdChecks' rules.
    const int first = r.nextRow();
    r.person({QStringLiteral("5226331012011001"), QStringLiteral("丙妹镇"), QStringLiteral("岜沙村"), QJsonValue(),
        QStringLiteral("王大山"), QStringLiteral("男"), idNumber(QDate(1965, 1, 1)), QStringLiteral("户主"),
        QJsonValue(), QJsonValue(), QStringLiteral("一般贫困户"), QStringLiteral("因病")});
    r.person({QStringLiteral("5226331012011001"), QJsonValue(), QJsonValue(), QJsonValue(), QStringLiteral("王二山"),
        QStringLiteral("男"), idNumber(QDate(1966, 1, 1)), QStringLiteral("户主")});
    const ImportReport report = runImport(c, write(dir, r), {});
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.at(0).row == first);
    CHECK(report.problems.at(0).message.contains(QStringLiteral("5226331012011001")));
    CHECK(households(c) == 0);
}

TEST_CASE("household import: missing townships, villages and groups are listed, and added on request", "[import]")
{
    TestCounty c;
    QTemporaryDir dir;
    Roster r;
    r.person({QStringLiteral("5226331030050001"), QStringLiteral("西山镇"), QStringLiteral("高岩村"),
        QStringLiteral("三组"), QStringLiteral("王大山"), QStringLiteral("男"), idNumber(QDate(1965, 1, 1)),
        QStringLiteral("户主"), QJsonValue(), QJsonValue(), QStringLiteral("一般贫困户"), QStringLiteral("因病")});
    r.person({QStringLiteral("5226331012010001"), QStringLiteral("丙妹镇"), QStringLiteral("岜沙村"),
        QStringLiteral("二组"), QStringLiteral("吴老四"), QStringLiteral("男"), idNumber(QDate(1950, 7, 8)),
        QStringLiteral("户主"), QJsonValue(), QJsonValue(), QStringLiteral("一般贫困户"), QStringLiteral("因病")});
    const QString path = write(dir, r);
    const int divisionsBefore = c.scalar(QStringLiteral("SELECT count(*) FROM division")).toInt();

    const ImportReport refused = runImport(c, path, {});
    INFO(problemsText(refused).toStdString());
    REQUIRE(refused.problems.size() == 2);
    CHECK(refused.problems.at(0).message.contains(QStringLiteral("高岩村")));
    CHECK(refused.problems.at(1).message.contains(QStringLiteral("二组")));
    CHECK(refused.missingDivisions.contains(QStringLiteral("西山镇")));
    CHECK(refused.missingDivisions.contains(QStringLiteral("岜沙村 二组")));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM division")).toInt() == divisionsBefore);

    HouseholdImport::Options options;
    options.addDivisions = true;
    const ImportReport added = runImport(c, path, options);
    INFO(problemsText(added).toStdString());
    REQUIRE(added.problems.isEmpty());
    CHECK(added.divisionsAdded.size() == 4);
    // Codes from the household code, where it agrees with the names.
    CHECK(c.scalar(QStringLiteral("SELECT name FROM division WHERE code = '522633103'")).toString()
        == QStringLiteral("西山镇"));
    CHECK(c.scalar(QStringLiteral("SELECT name FROM division WHERE code = '522633103005'")).toString()
        == QStringLiteral("高岩村"));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM division WHERE name = '二组' AND parent_id = ?"), {c.village})
              .toInt()
        == 1);
    CHECK(households(c) == 2);

    // A household code that disagrees with the names is refused, not used.
    TestCounty d;
    Roster wrong;
    wrong.person({QStringLiteral("5226331019990001"), QStringLiteral("丙妹镇"), QStringLiteral("新村"), QJsonValue(),
        QStringLiteral("王大山"), QStringLiteral("男"), idNumber(QDate(1965, 1, 1)), QStringLiteral("户主"),
        QJsonValue(), QJsonValue(), QStringLiteral("一般贫困户"), QStringLiteral("因病")});
    wrong.person({QStringLiteral("5226331022010009"), QStringLiteral("丙妹镇"), QStringLiteral("岜沙村"), QJsonValue(),
        QStringLiteral("吴老四"), QStringLiteral("男"), idNumber(QDate(1950, 7, 8)), QStringLiteral("户主"),
        QJsonValue(), QJsonValue(), QStringLiteral("一般贫困户"), QStringLiteral("因病")});
    const ImportReport disagreeing = runImport(d, write(dir, wrong, QStringLiteral("wrong.xlsx")), options);
    INFO(problemsText(disagreeing).toStdString());
    REQUIRE(disagreeing.problems.size() == 1);
    CHECK(disagreeing.problems.at(0).message.contains(QStringLiteral("贯洞村")));
    CHECK(households(d) == 0);
}

TEST_CASE("household import: a village account imports only into its own villages", "[import]")
{
    TestCounty c;
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    QTemporaryDir dir;
    Roster r;
    r.person({QStringLiteral("5226331012010001"), QStringLiteral("丙妹镇"), QStringLiteral("岜沙村"), QJsonValue(),
        QStringLiteral("王大山"), QStringLiteral("男"), idNumber(QDate(1965, 1, 1)), QStringLiteral("户主"),
        QJsonValue(), QJsonValue(), QStringLiteral("一般贫困户"), QStringLiteral("因病")});
    const int other = r.nextRow();
    r.person({QStringLiteral("5226331022010001"), QStringLiteral("贯洞镇"), QStringLiteral("贯洞村"), QJsonValue(),
        QStringLiteral("吴老四"), QStringLiteral("男"), idNumber(QDate(1950, 7, 8)), QStringLiteral("户主"),
        QJsonValue(), QJsonValue(), QStringLiteral("一般贫困户"), QStringLiteral("因病")});
    const ImportReport report = runImport(c, write(dir, r), {});
    INFO(problemsText(report).toStdString());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.at(0).row == other);
    CHECK(report.problems.at(0).message.contains(QStringLiteral("贯洞村")));
    CHECK(households(c) == 0);
}

TEST_CASE("household import: people already registered are left as they are, or updated on request", "[import]")
{
    TestCounty c;
    QTemporaryDir dir;
    const QString path = write(dir, goodRoster());
    REQUIRE(runImport(c, path, {}).written);
    Roster changed = goodRoster();
    QJsonArray head = changed.rows.at(3).toArray();
    head[9] = QStringLiteral("13700001111");
    changed.rows[3] = head;
    changed.person({QJsonValue(), QJsonValue(), QJsonValue(), QJsonValue(), QStringLiteral("吴小妹"),
        QStringLiteral("女"), idNumber(QDate(2010, 1, 1)), QStringLiteral("之女")});
    const QString second = write(dir, changed, QStringLiteral("second.xlsx"));

    const ImportReport skipped = runImport(c, second, {});
    INFO(problemsText(skipped).toStdString());
    CHECK(skipped.problems.isEmpty());
    CHECK(skipped.householdsSkipped == 2);
    CHECK(skipped.peopleAdded == 0);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM household WHERE phone = '13700001111'")).toInt() == 0);

    HouseholdImport::Options options;
    options.updateExisting = true;
    const ImportReport updated = runImport(c, second, options);
    INFO(problemsText(updated).toStdString());
    CHECK(updated.problems.isEmpty());
    CHECK(updated.householdsUpdated == 2);
    CHECK(updated.peopleAdded == 1);
    CHECK(updated.peopleUpdated == 4);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM household WHERE phone = '13700001111'")).toInt() == 1);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM member")).toInt() == 5);
}

TEST_CASE("household import: a roster matching two registered households is a problem", "[import]")
{
    TestCounty c;
    QTemporaryDir dir;
    REQUIRE(runImport(c, write(dir, goodRoster()), {}).written);
    Roster r;
    // One household with a head of 1001 and a member of 1002.
    r.person({QStringLiteral("5226331012011001"), QStringLiteral("丙妹镇"), QStringLiteral("岜沙村"), QJsonValue(),
        QStringLiteral("王大山"), QStringLiteral("男"), idNumber(QDate(1965, 1, 1)), QStringLiteral("户主")});
    r.person({QStringLiteral("5226331012011001"), QJsonValue(), QJsonValue(), QJsonValue(), QStringLiteral("吴老四"),
        QStringLiteral("男"), idNumber(QDate(1950, 7, 8)), QStringLiteral("之父")});
    HouseholdImport::Options options;
    options.updateExisting = true;
    const ImportReport report = runImport(c, write(dir, r, QStringLiteral("two.xlsx")), options);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.at(0).message.contains(QStringLiteral("2 registered households")));
}

TEST_CASE("household import: a cancelled import writes nothing", "[import]")
{
    TestCounty c;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QString text = Header.join(u',') + u'\n';
    for (int i = 0; i < 1200; ++i)
        text += QStringLiteral("52263310120%1,丙妹镇,岜沙村,一组,王%2,男,%3,户主,,,一般贫困户,因病,\n")
                    .arg(11000 + i)
                    .arg(i)
                    .arg(idNumber(QDate(1960, 1, 1).addDays(i)));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    f.close();
    HouseholdImport importer(*c.db);
    int calls = 0;
    const Result<ImportReport> report = importer.run(path, {}, [&](double, int rows) {
        ++calls;
        return rows < 1000;
    });
    REQUIRE(report.ok());
    CHECK(report->cancelled);
    CHECK_FALSE(report->written);
    CHECK(calls >= 2);
    CHECK(households(c) == 0);
    // Not cancelled, the same file imports.
    const ImportReport done = runImport(c, path, {});
    INFO(problemsText(done).toStdString());
    CHECK(done.written);
    CHECK(households(c) == 1200);
}

TEST_CASE("household import: a head's row followed by its members, in a GBK CSV without household codes", "[import]")
{
    TestCounty c;
    QTemporaryDir dir;
    const QString text
        = QStringLiteral("行政村,姓名,身份证号,与户主关系,户属性,致贫原因\n"
                         "岜沙村,王大山,%1,户主,一般贫困户,因病\n"
                         "岜沙村,李秀英,%2,妻子,,\n"
                         "岜沙村,吴老四,%3,户主,一般贫困户,缺资金\n")
              .arg(idNumber(QDate(1965, 1, 1)), idNumber(QDate(1967, 2, 3)), idNumber(QDate(1950, 7, 8)));
    const QString path = dir.filePath(QStringLiteral("gbk.csv"));
    REQUIRE(writeEncoded(path, text, QStringLiteral("GBK")) == QString());
    const ImportReport report = runImport(c, path, {});
    INFO(problemsText(report).toStdString());
    // 妻子 is not a name of the relation list: the row is named, nothing written.
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.at(0).row == 3);
    CHECK(report.problems.at(0).column == QStringLiteral("D (与户主关系)"));
    CHECK(households(c) == 0);

    QString fixed = text;
    fixed.replace(QStringLiteral("妻子"), QStringLiteral("配偶"));
    REQUIRE(writeEncoded(path, fixed, QStringLiteral("GBK")) == QString());
    const ImportReport done = runImport(c, path, {});
    INFO(problemsText(done).toStdString());
    REQUIRE(done.written);
    CHECK(done.households == 2);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM member WHERE household_id = (SELECT household_id FROM member "
                                  "WHERE name = '王大山')"))
              .toInt()
        == 2);
    // Codes given in turn in the village.
    CHECK(c.scalar(QStringLiteral("SELECT min(code) FROM household")).toString() == QStringLiteral("5226331012010001"));
}

TEST_CASE("household import: a sheet without a header, with wrong columns or without rows is refused", "[import]")
{
    TestCounty c;
    QTemporaryDir dir;
    HouseholdImport importer(*c.db);
    const auto refusal = [&](const QString &name, const QByteArray &text) {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const Result<ImportReport> r = importer.run(path, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(name.section(u'.', 0, 0)));
        return r.error();
    };
    CHECK(refusal(QStringLiteral("numbers.csv"), "1,2,3\n4,5,6\n").contains(QStringLiteral("no header row")));
    CHECK(refusal(QStringLiteral("wrong.csv"), QStringLiteral("姓名,性别,民族\n王大山,男,汉族\n").toUtf8())
              .contains(QStringLiteral("no column for")));
    CHECK(refusal(QStringLiteral("blank.csv"), "\n\n  \n").contains(QStringLiteral("empty")));
    CHECK(refusal(QStringLiteral("header.csv"), QStringLiteral("户编号,姓名,身份证号,与户主关系\n").toUtf8())
              .contains(QStringLiteral("no rows")));
    CHECK(households(c) == 0);
}

TEST_CASE("household import: a corrected mapping is saved and used again", "[import]")
{
    TestCounty c;
    QTemporaryDir dir;
    // Headers no list knows: the user maps them.
    const QString text = QStringLiteral("编号,户主或成员,号码,称谓\n5226331012010001,王大山,%1,户主\n")
                             .arg(idNumber(QDate(1965, 1, 1)));
    const QString path = dir.filePath(QStringLiteral("odd.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    f.close();
    HouseholdImport::Options options;
    options.headerRow = 1;
    const Result<HouseholdImport::Layout> layout = HouseholdImport::inspect(path, options);
    REQUIRE(layout.ok());
    ImportMapping mapping = layout->mapping;
    CHECK(mapping.size() == 0);
    mapping.setColumn(ImportField::HouseholdCode, 0);
    mapping.setColumn(ImportField::Name, 1);
    mapping.setColumn(ImportField::IdNumber, 2);
    mapping.setColumn(ImportField::Relation, 3);
    const QString saved = dir.filePath(QStringLiteral("mapping.json"));
    REQUIRE(mapping.save(saved).ok());

    options.mappingFile = saved;
    options.dryRun = true;
    const ImportReport report = runImport(c, path, options);
    INFO(problemsText(report).toStdString());
    // The rest is the editor's rules: this roster gives no attribute or cause.
    CHECK(report.mapping.column(ImportField::IdNumber) == 2);
    CHECK(report.households == 1);
    CHECK_FALSE(report.written);
    CHECK(households(c) == 0);
}

TEST_CASE("household import: the problem list is saved as xlsx, each problem beside its row's cells", "[import]")
{
    TestCounty c;
    QTemporaryDir dir;
    Roster r = goodRoster();
    const int bad = r.nextRow();
    r.person({QStringLiteral("5226331012011005"), QStringLiteral("丙妹镇"), QStringLiteral("岜沙村"), QJsonValue(),
        QStringLiteral("赵五"), QStringLiteral("男"), QStringLiteral("522633198001010012"), QStringLiteral("户主"),
        QStringLiteral("1980.13.45")});
    const ImportReport report = runImport(c, write(dir, r), {});
    REQUIRE(report.problems.size() >= 2);

    const QString path = dir.filePath(QStringLiteral("问题.xlsx"));
    const Status saved = HouseholdImport::saveProblems(report, path);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    auto reader = SheetReader::open(path);
    REQUIRE(reader.ok());
    const std::optional<SheetRow> header = reader.value()->next();
    REQUIRE(header);
    // Row, column, problem, then the roster's own columns.
    REQUIRE(header->cells.size() == 3 + Header.size());
    CHECK(header->cell(3).text == Header.at(0));
    CHECK(header->cell(3 + 6).text == Header.at(6));
    int rows = 0;
    while (std::optional<SheetRow> row = reader.value()->next()) {
        ++rows;
        CHECK(int(row->cell(0).number) == bad);
        CHECK(!row->cell(2).text.isEmpty());
        // The row's cells as the roster has them, for the village to correct them there.
        CHECK(row->cell(3 + 4).text == QStringLiteral("赵五"));
        CHECK(row->cell(3 + 6).text == QStringLiteral("522633198001010012"));
        CHECK(row->cell(3 + 8).text == QStringLiteral("1980.13.45"));
    }
    CHECK(rows == report.problems.size());
}
