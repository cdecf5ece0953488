// SPDX-License-Identifier: GPL-3.0-or-later
// What HouseholdRepository::save, the one call every face and every import goes through, refuses
// of the input: control characters, codes of another village or none at all, numbers beyond their
// bounds, codes outside their lists, rows beyond what a household has; a new household in a status
// no step gave it; people of a deleted household entered again. Each refusal names the field and
// leaves the file as it was.
#include "../TestSql.h"
#include "TestCounty.h"
#include "register/HouseholdJson.h"
#include "register/HouseholdList.h"
#include "register/HouseholdRepository.h"
#include "register/StatusProcedure.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

#include <functional>
#include <limits>

namespace {

// Every row of every table: what a refusal must leave alone.
QStringList wholeFile(const TestCounty &c)
{
    QStringList tables;
    QSqlQuery q(TestSql::of(*c.db));
    // The member search keeps no content of its own to read (level 16): its index tables are compared.
    REQUIRE(q.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")));
    while (q.next())
        tables << q.value(0).toString();
    QStringList rows;
    for (const QString &table : std::as_const(tables)) {
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        while (q.next()) {
            QStringList values{table};
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(u'|');
        }
    }
    rows.sort();
    return rows;
}

struct Refusal
{
    const char *what;
    std::function<void(Household &)> change;
    QString named; // what the message must name
    bool updateOnly = false; // allowed on a new household
};

} // namespace

TEST_CASE("save refuses input beyond its bounds, naming the field, and writes nothing", "[gate][input]")
{
    const QString esc = QString(QChar(0x1B)) + QStringLiteral("]0;owned") + QChar(0x07);

    const QList<Refusal> refusals{
        {"a terminal escape sequence in a name", [&](Household &h) { h.members[1].name = QStringLiteral("李") + esc; },
            QStringLiteral("U+001B")},
        {"NUL in an address",
            [](Household &h) { h.address = QStringLiteral("岜沙") + QChar(0) + QStringLiteral("村"); },
            QStringLiteral("Address")},
        {"a newline in a name", [](Household &h) { h.members[0].name = QStringLiteral("王大\n山"); },
            QStringLiteral("U+000A")},
        {"a bidi override in a work place",
            [](Household &h) {
                h.members[0].workPlace = QStringLiteral("广东") + QChar(0x202E) + QStringLiteral("州");
            },
            QStringLiteral("U+202E")},
        {"a zero-width space inside a name",
            [](Household &h) { h.members[0].name = QStringLiteral("王") + QChar(0x200B) + QStringLiteral("大山"); },
            QStringLiteral("U+200B")},
        {"a code that is not 16 digits", [](Household &h) { h.code = QStringLiteral("ABC"); },
            QStringLiteral("16 digits")},
        {"a code of another village", [](Household &h) { h.code = QStringLiteral("5226331022010009"); },
            QStringLiteral("522633101201")},
        {"an income item beyond any household's",
            [](Household &h) { h.incomes[0].opCrops = std::numeric_limits<qint64>::max(); }, QStringLiteral("Crops")},
        {"months worked beyond a year", [](Household &h) { h.members[0].monthsWorked = 13; },
            QStringLiteral("months worked")},
        {"an income year out of range", [](Household &h) { h.incomes[0].year = 32767; }, QStringLiteral("32767")},
        {"a planned exit year out of range", [](Household &h) { h.plannedExitYear = 99999; },
            QStringLiteral("Planned exit year")},
        {"an area of 1e308", [](Household &h) { h.livingConditions[0].farmlandMu = 1e308; },
            QStringLiteral("Farmland (mu)")},
        {"an area that is not a number",
            [](Household &h) { h.livingConditions[0].forestMu = std::numeric_limits<double>::quiet_NaN(); },
            QStringLiteral("Forest (mu)")},
        {"a code outside its list", [](Household &h) { h.members[2].sexCode = QStringLiteral("7"); },
            QStringLiteral("Sex")},
        {"a health code outside its list", [](Household &h) { h.members[2].healthCodes << QStringLiteral("99"); },
            QStringLiteral("Health")},
        {"a 5 MB address", [](Household &h) { h.address = QString(5 * 1024 * 1024, u'村'); },
            QStringLiteral("Address is too long")},
        {"a name longer than a name", [](Household &h) { h.members[0].name = QString(51, u'王'); },
            QStringLiteral("at most 50")},
        {"10,000 members",
            [](Household &h) {
                const Member m = h.members.at(2);
                while (h.members.size() < 10'000)
                    h.members.append(m);
            },
            QStringLiteral("10000 members")},
        {"an identification year on the household", [](Household &h) { h.identificationYear = 2016; },
            QStringLiteral("Year of identification")},
        {"an attribute changed outside the procedure", [](Household &h) { h.attributeCode = QStringLiteral("04"); },
            QStringLiteral("Household attribute"), true},
    };
    for (const Refusal &refusal : refusals) {
        for (const bool update : {false, true}) {
            if (refusal.updateOnly && !update)
                continue; // a new household may be entered with any attribute of a poor household
            INFO(refusal.what << (update ? " (update)" : " (new household)"));
            // A county of its own for each case: one wrongly stored cannot change the next.
            TestCounty c;
            HouseholdRepository repo(*c.db);
            Household saved = c.household(QStringLiteral("5226331012010001"), 1);
            REQUIRE(repo.save(saved).ok());
            Household h
                = update ? repo.load(saved.meta.id).value() : c.household(QStringLiteral("5226331012010002"), 2);
            refusal.change(h);
            const QStringList before = wholeFile(c);
            const Result<qint64> r = repo.save(h);
            CHECK_FALSE(r.ok());
            if (r.ok())
                continue;
            INFO(r.error().left(400).toStdString());
            CHECK(r.error().contains(refusal.named, Qt::CaseInsensitive));
            // The message never carries the escape it refuses.
            CHECK_FALSE(r.error().contains(QChar(0x1B)));
            CHECK_FALSE(r.error().contains(QChar(0)));
            CHECK(wholeFile(c) == before);
        }
    }
}

TEST_CASE(
    "a new household with attribute 04 is saved, and invisible characters at the ends are trimmed", "[gate][input]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("5226331012010003"), 3);
    h.attributeCode = QStringLiteral("04");
    h.members[0].name = QChar(0x200B) + QStringLiteral("王大山") + QChar(0xFEFF) + QChar(0x202E);
    h.address = QStringLiteral(" 岜沙村一组\u200B");
    const Result<qint64> r = repo.save(h);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    const Household stored = repo.load(r.value()).value();
    CHECK(stored.members[0].name == QStringLiteral("王大山"));
    CHECK(stored.address == QStringLiteral("岜沙村一组"));
    CHECK(stored.attributeCode == QStringLiteral("04"));
}

TEST_CASE("a new household starts where the status procedure starts", "[gate][status]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    const QList<Refusal> refusals{
        {"already exited in 2020",
            [](Household &h) {
                h.statusCode = QStringLiteral("1");
                h.exitYear = 2020;
                h.attributeCode = QStringLiteral("05");
            },
            QStringLiteral("Exit year")},
        {"returned to poverty", [](Household &h) { h.statusCode = QStringLiteral("3"); }, QStringLiteral("Status")},
        {"identified in 2014", [](Household &h) { h.identificationYear = 2014; },
            QStringLiteral("Year of identification")},
        {"monitored", [](Household &h) { h.monitoringCategory = QStringLiteral("1"); },
            QStringLiteral("Monitoring category")},
        {"with the attribute of a household out of poverty",
            [](Household &h) { h.attributeCode = QStringLiteral("02"); }, QStringLiteral("Household attribute")},
    };
    for (const Refusal &refusal : refusals) {
        INFO(refusal.what);
        Household h = c.household(QStringLiteral("5226331012010001"), 1);
        refusal.change(h);
        const QStringList before = wholeFile(c);
        const Result<qint64> r = repo.save(h);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().toStdString());
        CHECK(r.error().contains(refusal.named));
        CHECK(wholeFile(c) == before);
    }

    // Not yet identified: saved, then identified by the procedure, which sets the year.
    Household h = c.household(QStringLiteral("5226331012010001"), 1);
    REQUIRE(repo.save(h).ok());
    CHECK(h.statusCode == QStringLiteral("0"));
    CHECK_FALSE(h.identificationYear);
    StatusChange identify;
    identify.step = StatusStep::Identify;
    identify.date = QDate(2014, 6, 1);
    REQUIRE(StatusProcedure(*c.db).apply(h.meta.id, identify).ok());
    CHECK(repo.load(h.meta.id)->identificationYear == 2014);

    // Once identified, the year is the procedure's.
    Household edited = repo.load(h.meta.id).value();
    edited.identificationYear = 2015;
    const Result<qint64> r = repo.save(edited);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("Year of identification")));

    // An ordinary rural household, never registered as poor, may be entered to be monitored.
    Household ordinary = c.household(QStringLiteral("5226331012010002"), 2);
    ordinary.statusCode = QStringLiteral("9");
    ordinary.attributeCode = QStringLiteral("00");
    const Result<qint64> saved = repo.save(ordinary);
    INFO(saved.error().toStdString());
    CHECK(saved.ok());
}

TEST_CASE("the people of a deleted household are restored with it, not entered again", "[gate][status]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household exited = c.household(QStringLiteral("5226331012010001"), 1);
    REQUIRE(repo.save(exited).ok());
    REQUIRE(repo.softDelete(exited.meta.id, QStringLiteral("录入错误")).ok());

    // The same people under a new code: refused, with the way back named.
    Household again = c.household(QStringLiteral("5226331012010009"), 1);
    const QStringList before = wholeFile(c);
    const Result<qint64> r = repo.save(again);
    REQUIRE_FALSE(r.ok());
    INFO(r.error().toStdString());
    CHECK(r.error().contains(QStringLiteral("5226331012010001")));
    CHECK(r.error().contains(QStringLiteral("deleted")));
    CHECK(r.error().contains(QStringLiteral("household restore 5226331012010001")));
    CHECK(wholeFile(c) == before);

    // Restoring it is the way.
    REQUIRE(repo.restore(exited.meta.id).ok());
}

TEST_CASE("a name outside the BMP is found by search right after the save", "[gate][search]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("5226331012010001"), 1);
    h.members[1].name = QStringLiteral("王𡈼");
    h.members[2].name = QStringLiteral("王𠀀明");
    REQUIRE(repo.save(h).ok());
    // Nothing left for a later write to index: a reading program (that cannot write the index)
    // finds the names too.
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM member_search_queue")).toInt() == 0);

    HouseholdList list(*c.db);
    for (const QString &text :
        {QStringLiteral("𡈼"), QStringLiteral("王𡈼"), QStringLiteral("𠀀明"), QStringLiteral("𠀀")}) {
        INFO(text.toStdString());
        HouseholdFilter filter;
        filter.text = text;
        list.setFilter(filter);
        const Result<int> count = list.count();
        INFO(count.error().toStdString());
        REQUIRE(count.ok());
        CHECK(count.value() == 1);
        const auto rows = list.page(0, 10);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        CHECK(rows->at(0).code == h.code);
    }
    // The characters in order, as for any name: 𡈼 is not followed by 明 in any name here.
    HouseholdFilter other;
    other.text = QStringLiteral("𡈼明");
    list.setFilter(other);
    CHECK(list.count().value_or(-1) == 0);
}

TEST_CASE("numbers read from JSON are checked before they are narrowed", "[input]")
{
    TestCounty c;
    QJsonObject json = HouseholdJson::toJson(c.household(QStringLiteral("5226331012010001"), 1));
    QJsonArray members = json.value(QStringLiteral("members")).toArray();
    QJsonObject member = members.at(0).toObject();
    member.insert(QStringLiteral("months_worked"), 4294967297.0);
    members[0] = member;
    json.insert(QStringLiteral("members"), members);
    Result<Household> read = HouseholdJson::fromJson(json);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().contains(QStringLiteral("months_worked")));
    CHECK(read.error().contains(QStringLiteral("member no. 1")));

    json = HouseholdJson::toJson(c.household(QStringLiteral("5226331012010001"), 1));
    QJsonArray incomes = json.value(QStringLiteral("incomes")).toArray();
    QJsonObject income = incomes.at(0).toObject();
    income.insert(QStringLiteral("year"), 4294969296.0);
    incomes[0] = income;
    json.insert(QStringLiteral("incomes"), incomes);
    read = HouseholdJson::fromJson(json);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().contains(QStringLiteral("year")));

    json = HouseholdJson::toJson(c.household(QStringLiteral("5226331012010001"), 1));
    json.insert(QStringLiteral("identification_year"), 99999);
    read = HouseholdJson::fromJson(json);
    REQUIRE(read.ok()); // an int holds it: the checks refuse it, naming the field
    Household h = read.value();
    const Result<qint64> r = HouseholdRepository(*c.db).save(h);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("99999")));
}
