// SPDX-License-Identifier: GPL-3.0-or-later
// Lists written to .xlsx and .csv (core/spreadsheets): read back by a real spreadsheet reader
// (python3-openpyxl), cell by cell; within the account's read scope; and a failed, refused or
// cancelled write leaves no file.
#include "TestCounty.h"

#include "forces/AssistanceForces.h"
#include "funds/MicroloanBook.h"
#include "register/HouseholdRepository.h"
#include "spreadsheets/ListExport.h"
#include "spreadsheets/RosterColumns.h"
#include "spreadsheets/SheetWriter.h"
#include "spreadsheets/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <csignal>
#include <sys/resource.h>

namespace {

template <typename T> T ok(const Result<T> &r)
{
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

// The first sheet as openpyxl reads it: values (dates as ISO text), cell types (s text, n number,
// d date), number formats, the frozen cell, whether A1 is bold, the column widths.
QJsonObject readXlsx(const QString &path)
{
    static const char *script = R"(
import datetime, json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
def value(c):
    v = c.value
    return v.date().isoformat() if isinstance(v, datetime.datetime) else v
print(json.dumps({
    "title": ws.title,
    "rows": [[value(c) for c in r] for r in ws.iter_rows()],
    "types": [[c.data_type for c in r] for r in ws.iter_rows()],
    "formats": [[c.number_format for c in r] for r in ws.iter_rows()],
    "freeze": ws.freeze_panes,
    "bold": bool(ws["A1"].font.b),
    "widths": {k: v.width for k, v in ws.column_dimensions.items()},
}, ensure_ascii=False))
)";
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(script), path});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QStringList texts(const QJsonArray &row)
{
    QStringList out;
    for (const QJsonValue &v : row)
        out << v.toString();
    return out;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Two households in the own village, one in the other village.
struct Filled
{
    QList<qint64> own;
    qint64 other = 0;
};

Filled fill(TestCounty &c)
{
    Filled f;
    for (int i = 0; i < 2; ++i) {
        Household h = c.household(QStringLiteral("own%1").arg(i), i);
        h.bankAccount = QStringLiteral("0123456789012345678"); // a leading zero and 19 digits
        h.address = QStringLiteral("岜沙村一组, \"老寨\"");
        f.own << ok(HouseholdRepository(*c.db).save(h));
    }
    Household other = c.household(QStringLiteral("other"), 7);
    c.moveTo(other, c.otherVillage);
    other.groupId = c.otherGroup;
    f.other = ok(HouseholdRepository(*c.db).save(other));
    return f;
}

} // namespace

TEST_CASE("an exported roster reads back in Excel form: Chinese headers, whole ID numbers as text, dates", "[export]")
{
    TestCounty c;
    const Filled f = fill(c);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.xlsx"));
    const ExportDone done = ok(ListExport(*c.db).members({}, path));
    CHECK(done.rows == 9); // three households of three
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("roster.xlsx")});

    const QJsonObject sheet = readXlsx(path);
    const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 10);
    const QStringList header = texts(rows.at(0).toArray());
    CHECK(header == RosterColumns::headers(RosterColumns::roster()));
    CHECK(header.contains(QStringLiteral("身份证号")));
    CHECK(sheet.value(QStringLiteral("freeze")).toString() == QStringLiteral("A2"));
    CHECK(sheet.value(QStringLiteral("bold")).toBool());

    const auto column = [&](const QString &name) { return int(header.indexOf(name)); };
    const QJsonArray first = rows.at(1).toArray();
    const QJsonArray types = sheet.value(QStringLiteral("types")).toArray().at(1).toArray();
    const QString code = c.scalar(QStringLiteral("SELECT code FROM household WHERE id = ?"), {f.own.at(0)}).toString();
    const QString id = c.scalar(QStringLiteral("SELECT id_number FROM member WHERE household_id = ? AND "
                                               "relation_code = '01'"),
                            {f.own.at(0)})
                           .toString();
    REQUIRE(id.size() == 18);
    // Every digit, as text: a number would have become 5.22633E+17.
    CHECK(first.at(column(QStringLiteral("户编号"))).toString() == code);
    CHECK(types.at(column(QStringLiteral("户编号"))).toString() == QStringLiteral("s"));
    CHECK(first.at(column(QStringLiteral("身份证号"))).toString() == id);
    CHECK(types.at(column(QStringLiteral("身份证号"))).toString() == QStringLiteral("s"));
    CHECK(first.at(column(QStringLiteral("银行账号"))).toString() == QStringLiteral("0123456789012345678"));
    CHECK(first.at(column(QStringLiteral("联系电话"))).toString() == QStringLiteral("13800138000"));
    CHECK(first.at(column(QStringLiteral("户主姓名"))).toString() == QStringLiteral("王大山"));
    CHECK(first.at(column(QStringLiteral("姓名"))).toString() == QStringLiteral("王大山"));
    CHECK(first.at(column(QStringLiteral("与户主关系"))).toString() == QStringLiteral("户主"));
    CHECK(first.at(column(QStringLiteral("性别"))).toString() == QStringLiteral("男"));
    CHECK(first.at(column(QStringLiteral("行政村"))).toString()
        == c.scalar(QStringLiteral("SELECT name FROM division WHERE id = ?"), {c.village}).toString());
    CHECK(first.at(column(QStringLiteral("基本医疗保险"))).toString() == QStringLiteral("是"));
    CHECK(first.at(column(QStringLiteral("出生日期"))).toString() == QStringLiteral("1965-01-01"));
    CHECK(types.at(column(QStringLiteral("出生日期"))).toString() == QStringLiteral("d"));
    // Wide enough for the Chinese header and the 19-digit account.
    const QJsonObject widths = sheet.value(QStringLiteral("widths")).toObject();
    CHECK(widths.value(QStringLiteral("A")).toDouble() >= 16);
    CHECK(widths.value(QStringLiteral("I")).toDouble() >= 19);
    CHECK(XlsxWriter::displayWidth(QStringLiteral("身份证号")) == 8);

    SECTION("the import template has the roster's columns and no rows")
    {
        const QString empty = dir.filePath(QStringLiteral("template.xlsx"));
        CHECK(ok(ListExport(*c.db).importTemplate(empty)).rows == 0);
        const QJsonArray templateRows = readXlsx(empty).value(QStringLiteral("rows")).toArray();
        REQUIRE(templateRows.size() == 1);
        CHECK(texts(templateRows.at(0).toArray()) == header);
    }
}

TEST_CASE("an exported amount is a number with two decimals", "[export]")
{
    TestCounty c;
    const Filled f = fill(c);
    Microloan loan;
    loan.householdId = f.own.at(0);
    loan.memberId = c.scalar(QStringLiteral("SELECT id FROM member WHERE household_id = ? AND relation_code = '01'"),
                         {f.own.at(0)})
                        .toLongLong();
    loan.bank = QStringLiteral("从江县农村信用合作联社");
    loan.amountFen = 20'000'55;
    loan.loanDate = QDate(2020, 3, 15);
    loan.termMonths = 12;
    loan.purposeCode = QStringLiteral("breeding");
    ok(MicroloanBook(*c.db).save(loan));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loans.xlsx"));
    CHECK(ok(ListExport(*c.db).loans(ListExport::Loans::All, QDate(2020, 6, 1), path)).rows == 1);
    const QJsonObject sheet = readXlsx(path);
    const QJsonArray row = sheet.value(QStringLiteral("rows")).toArray().at(1).toArray();
    CHECK(row.at(4).toDouble() == Approx(20000.55));
    CHECK(sheet.value(QStringLiteral("types")).toArray().at(1).toArray().at(4).toString() == QStringLiteral("n"));
    CHECK(sheet.value(QStringLiteral("formats")).toArray().at(1).toArray().at(4).toString()
        == QStringLiteral("#,##0.00"));
    CHECK(row.at(5).toString() == QStringLiteral("2020-03-15"));
}

TEST_CASE("a CSV export has a byte-order mark, CRLF lines and RFC 4180 quotes", "[export]")
{
    TestCounty c;
    fill(c);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("households.csv"));
    CHECK(ok(ListExport(*c.db).households({}, path)).rows == 3);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    REQUIRE(lines.size() == 5); // header, three rows, the empty rest after the last CRLF
    CHECK(lines.at(0).startsWith(QStringLiteral("户编号,户主姓名,户主身份证号,家庭人口数,").toUtf8()));
    CHECK(lines.at(0).endsWith('\r'));
    // The address holds a comma and quotes: quoted, the quotes doubled.
    CHECK(lines.at(1).contains(QStringLiteral(",\"岜沙村一组, \"\"老寨\"\"\",").toUtf8()));
    // Python's csv module reads it back as written.
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
            QStringLiteral("import csv, json, sys\n"
                           "print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''))), "
                           "ensure_ascii=False))"),
            path});
    REQUIRE(p.waitForFinished(60000));
    const QJsonArray rows = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    REQUIRE(rows.size() == 4);
    const QStringList header = texts(rows.at(0).toArray());
    const QStringList first = texts(rows.at(1).toArray());
    CHECK(first.size() == header.size());
    CHECK(first.at(int(header.indexOf(QStringLiteral("住址")))) == QStringLiteral("岜沙村一组, \"老寨\""));
    CHECK(first.at(int(header.indexOf(QStringLiteral("银行账号")))) == QStringLiteral("0123456789012345678"));
}

TEST_CASE("a village account's export holds only its own villages", "[export]")
{
    TestCounty c;
    const Filled f = fill(c);
    const qint64 cadre = c.addCadre(QStringLiteral("张帮扶"));
    for (const qint64 id : {f.own.at(0), f.other})
        c.pair(id, cadre);
    const QString own = c.scalar(QStringLiteral("SELECT code FROM household WHERE id = ?"), {f.own.at(0)}).toString();
    const QString other = c.scalar(QStringLiteral("SELECT code FROM household WHERE id = ?"), {f.other}).toString();
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    QTemporaryDir dir;
    const ListExport exporter(*c.db);
    const auto codesIn = [&](const QString &path) {
        QStringList codes;
        const QJsonArray rows = readXlsx(path).value(QStringLiteral("rows")).toArray();
        for (qsizetype i = 1; i < rows.size(); ++i)
            codes << rows.at(i).toArray().at(0).toString();
        return codes;
    };
    const QString households = dir.filePath(QStringLiteral("h.xlsx"));
    CHECK(ok(exporter.households({}, households)).rows == 2);
    CHECK_FALSE(codesIn(households).contains(other));
    const QString members = dir.filePath(QStringLiteral("m.xlsx"));
    CHECK(ok(exporter.members({}, members)).rows == 6);
    CHECK_FALSE(codesIn(members).contains(other));
    const QString pairings = dir.filePath(QStringLiteral("p.xlsx"));
    CHECK(ok(exporter.pairings(0, pairings)).rows == 1);
    CHECK(codesIn(pairings) == QStringList{own});
    // Asking for the other village's township gives nothing of it either.
    HouseholdFilter there;
    there.divisionId = c.otherTownship;
    there.divisionLevel = 2;
    const QString none = dir.filePath(QStringLiteral("none.xlsx"));
    CHECK(ok(exporter.households(there, none)).rows == 0);
}

TEST_CASE("a failed, refused or cancelled export leaves no file, and an older file as it was", "[export]")
{
    TestCounty c;
    for (int i = 0; i < 40; ++i) {
        Household h = c.household(QStringLiteral("h%1").arg(i), i);
        ok(HouseholdRepository(*c.db).save(h));
    }
    QTemporaryDir dir;
    ListExport exporter(*c.db);

    SECTION("a full disk (a file size limit)")
    {
        const QString format = GENERATE(QStringLiteral("xlsx"), QStringLiteral("csv"));
        const QString path = dir.filePath(QStringLiteral("roster.") + format);
        // Every file this process writes is cut at 8 KB, as on a full disk; the signal a process gets
        // for it is ignored so that the write fails instead.
        rlimit old{};
        REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
        auto *previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 8 * 1024;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
        const Result<ExportDone> done = exporter.members({}, path);
        REQUIRE(setrlimit(RLIMIT_FSIZE, &old) == 0);
        std::signal(SIGXFSZ, previous);
        INFO(done.error().toStdString());
        REQUIRE_FALSE(done);
        CHECK(done.error().contains(QDir::toNativeSeparators(path)));
        CHECK(done.error().contains(QStringLiteral("the disk is full")));
        CHECK(filesIn(dir.path()).isEmpty());
    }
    SECTION("refused before any file is made")
    {
        CHECK_FALSE(exporter.members({}, dir.filePath(QStringLiteral("roster.txt"))));
        CHECK_FALSE(exporter.members({}, dir.filePath(QStringLiteral("missing/roster.xlsx"))));
        CHECK_FALSE(exporter.members({}, QString()));
        CHECK(filesIn(dir.path()).isEmpty());
    }
    SECTION("cancelled, over an older file of that name")
    {
        const QString path = dir.filePath(QStringLiteral("roster.xlsx"));
        QFile older(path);
        REQUIRE(older.open(QIODevice::WriteOnly));
        older.write("older");
        older.close();
        qint64 calls = 0;
        exporter.setProgress([&](qint64, qint64) { return ++calls < 2; });
        const Result<ExportDone> done = exporter.members({}, path);
        REQUIRE_FALSE(done);
        CHECK(done.error() == ListExport::cancelledMessage());
        CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("roster.xlsx")});
        REQUIRE(older.open(QIODevice::ReadOnly));
        CHECK(older.readAll() == "older");
    }
}

TEST_CASE("an xlsx of many rows and awkward text reads back cell for cell", "[export]")
{
    // Enough rows that the sheet's XML passes through the compressing thread in several pieces,
    // and text that XML must escape or keep: markup characters, edge spaces, control characters.
    const ExportColumns columns{{QStringLiteral("文本"), ExportColumn::Kind::Text},
        {QStringLiteral("数字"), ExportColumn::Kind::Number}, {QStringLiteral("金额"), ExportColumn::Kind::Amount},
        {QStringLiteral("日期"), ExportColumn::Kind::Date}, {QStringLiteral("身份证号"), ExportColumn::Kind::Text}};
    const auto textOf = [](int i) {
        switch (i % 4) {
        case 0:
            return QStringLiteral("甲良村 <%1> & \"老寨\"").arg(i);
        case 1:
            return QStringLiteral("  前后有空格%1  ").arg(i);
        case 2:
            return QStringLiteral("控制\x01字符%1").arg(i);
        default:
            return QString();
        }
    };
    constexpr int Rows = 30'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.xlsx"));
    const std::unique_ptr<SheetWriter> writer = SheetWriter::create(SheetWriter::Format::Xlsx);
    REQUIRE(writer->open(path, QStringLiteral("名单 & 'x'"), columns));
    for (int i = 0; i < Rows; ++i) {
        REQUIRE(writer->writeRow({textOf(i), i, qint64(i) * 101 - 1'500'000, QDate(2020, 1, 1).addDays(i % 1000),
            QStringLiteral("52263319880801%1").arg(i % 10'000, 4, 10, QLatin1Char('0'))}));
    }
    REQUIRE(ok(writer->finish()) == Rows);

    const QJsonObject sheet = readXlsx(path);
    CHECK(sheet.value(QStringLiteral("title")).toString() == QStringLiteral("名单 & 'x'"));
    const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == Rows + 1);
    CHECK(texts(rows.at(0).toArray())
        == QStringList{QStringLiteral("文本"), QStringLiteral("数字"), QStringLiteral("金额"), QStringLiteral("日期"),
            QStringLiteral("身份证号")});
    int wrong = 0;
    for (int i = 0; i < Rows; ++i) {
        const QJsonArray row = rows.at(i + 1).toArray();
        QString expected = textOf(i);
        expected.remove(QChar(1)); // XML cannot carry it
        const bool same = (expected.isEmpty() ? row.at(0).isNull() : row.at(0).toString() == expected)
            && row.at(1).toInt() == i && std::llround(row.at(2).toDouble() * 100) == qint64(i) * 101 - 1'500'000
            && row.at(3).toString() == QDate(2020, 1, 1).addDays(i % 1000).toString(Qt::ISODate)
            && row.at(4).toString() == QStringLiteral("52263319880801%1").arg(i % 10'000, 4, 10, QLatin1Char('0'));
        if (!same && ++wrong <= 3)
            UNSCOPED_INFO("row " << i + 1 << ": " << QJsonDocument(row).toJson(QJsonDocument::Compact).toStdString());
    }
    CHECK(wrong == 0);
}
