// SPDX-License-Identifier: GPL-3.0-or-later
// The annual goals and their timetable (core/progress/ProgressGoals): the children's sums and
// differences the grid and the dashboard read, the gate per level and role, all-or-none saves that
// leave a refused file as it was, and the audit of each change.
#include "TestCounty.h"

#include "../TestSql.h"
#include "accounts/SignIn.h"
#include "demo/DemoGenerator.h"
#include "progress/ProgressGoals.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

namespace {

void ok(const Status &s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

// Every goal and every audit entry: what a refused save must leave alone.
QStringList snapshot(TestCounty &c)
{
    QStringList rows;
    // Accounts the test signs in as are audited too: only the goals' entries count here.
    for (const char *sql : {"SELECT * FROM annual_target ORDER BY id",
             "SELECT * FROM audit_log WHERE table_name = 'annual_target' ORDER BY id"}) {
        QSqlQuery q(TestSql::of(*c.db));
        REQUIRE(q.exec(QLatin1String(sql)));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(u'|');
        }
    }
    return rows;
}

// A goal as the grid would hand it over: read first, then changed.
AnnualGoal goalOf(TestCounty &c, qint64 division, int year)
{
    const Result<DivisionGoal> read = ProgressGoals(*c.db).forDivision(division, year);
    INFO(read.error().toStdString());
    REQUIRE(read);
    return read->record;
}

AnnualGoal withTimetable(AnnualGoal g, int households, int people, std::initializer_list<std::pair<int, int>> months)
{
    g.households = households;
    g.people = people;
    for (int m = 1; m <= 12; ++m)
        g.setMonth(m, 0);
    for (const auto &[month, count] : months)
        g.setMonth(month, count);
    return g;
}

} // namespace

TEST_CASE("Goals add up: children's sums and every difference against the parent's goal", "[progress][goals]")
{
    TestCounty c;
    const qint64 village2 = c.addDivision(c.township, 3, QStringLiteral("522633101202"), QStringLiteral("小黄村"));
    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    QList<AnnualGoal> county{withTimetable(goalOf(c, c.county, 2019), 100, 380, {{10, 60}, {11, 40}}),
        withTimetable(goalOf(c, c.township, 2019), 70, 260, {{10, 40}, {11, 30}}),
        withTimetable(goalOf(c, c.otherTownship, 2019), 25, 90, {})};
    ok(ProgressGoals(*c.db).save(2019, county));
    CHECK(county.at(0).meta.id != 0);
    CHECK(county.at(0).meta.revision == 1);

    c.actAs(QStringLiteral("xiang"), Role::TownshipStaff, {c.township});
    QList<AnnualGoal> villages{withTimetable(goalOf(c, c.village, 2019), 45, 170, {{9, 5}, {10, 25}, {11, 15}}),
        withTimetable(goalOf(c, village2, 2019), 30, 100, {{10, 20}, {11, 10}})};
    ok(ProgressGoals(*c.db).save(2019, villages));

    const Result<QList<DivisionGoal>> year = ProgressGoals(*c.db).forYear(2019);
    REQUIRE(year);
    QStringList order;
    for (const DivisionGoal &d : year.value())
        order << d.name;
    // The grid's order: the county, each township followed by its villages.
    CHECK(order
        == QStringList{QStringLiteral("从江县"), QStringLiteral("丙妹镇"), QStringLiteral("岜沙村"),
            QStringLiteral("小黄村"), QStringLiteral("贯洞镇"), QStringLiteral("贯洞村")});

    const Result<DivisionGoal> countyGoal = ProgressGoals(*c.db).forDivision(QStringLiteral("522633"), 2019);
    REQUIRE(countyGoal);
    CHECK(countyGoal->kind == DivisionGoal::Kind::Exit);
    CHECK(countyGoal->goal.households == 100);
    CHECK(countyGoal->childCount == 2);
    CHECK(countyGoal->childrenWithGoal == 2);
    CHECK(countyGoal->children.households == 95);
    CHECK(countyGoal->children.people == 350);
    CHECK(countyGoal->difference().households == -5);
    CHECK(countyGoal->difference().people == -30);
    // The second township has no timetable: the townships' months fall 25 short in the sum.
    CHECK(countyGoal->children.months[9] == 40);
    CHECK(countyGoal->difference().months[9] == -20);
    CHECK(countyGoal->difference().months[10] == -10);
    CHECK(countyGoal->goal.cumulative()[9] == 60);
    CHECK(countyGoal->goal.cumulative()[11] == 100);

    const Result<DivisionGoal> township = ProgressGoals(*c.db).forDivision(QStringLiteral("522633101"), 2019);
    REQUIRE(township);
    CHECK(township->children.households == 75);
    CHECK(township->difference().households == 5);
    CHECK(township->difference().people == 10);
    CHECK(township->children.months[8] == 5);
    CHECK(township->difference().months[8] == 5);
    CHECK(township->difference().months[9] == 5);
    CHECK(township->difference().months[10] == -5);

    const Result<DivisionGoal> other = ProgressGoals(*c.db).forDivision(QStringLiteral("522633102"), 2019);
    REQUIRE(other);
    CHECK(other->childrenWithGoal == 0);
    CHECK(other->difference().households == -25);
    CHECK_FALSE(other->goal.hasTimetable());

    // From 2021 a goal counts monitoring households to clear of risk; a year without goals reads zero.
    const Result<DivisionGoal> later = ProgressGoals(*c.db).forDivision(c.county, 2023);
    REQUIRE(later);
    CHECK(later->kind == DivisionGoal::Kind::RiskCleared);
    CHECK_FALSE(later->isSet());
    CHECK(later->goal.isZero());
    CHECK(ProgressGoals(*c.db).years().value_or({}) == QList<int>{2019});

    CHECK_FALSE(ProgressGoals(*c.db).forDivision(QStringLiteral("522633101201001"), 2019));
    CHECK_FALSE(ProgressGoals(*c.db).forDivision(QStringLiteral("999999"), 2019));
}

TEST_CASE("Goals are set by the level above: the county its townships, a township its villages", "[progress][goals]")
{
    TestCounty c;
    ProgressGoals goals(*c.db);

    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    CHECK(goals.maySet(c.county));
    CHECK(goals.maySet(c.township));
    const Status countyOnVillage = goals.maySet(c.village);
    REQUIRE_FALSE(countyOnVillage);
    CHECK(countyOnVillage.error().contains(QStringLiteral("岜沙村")));
    CHECK_FALSE(goals.maySet(c.group));

    c.actAs(QStringLiteral("xiang"), Role::TownshipStaff, {c.township});
    CHECK(goals.maySet(c.village));
    CHECK_FALSE(goals.maySet(c.township));
    CHECK_FALSE(goals.maySet(c.county));
    const Status otherVillage = goals.maySet(c.otherVillage);
    REQUIRE_FALSE(otherVillage);
    CHECK(otherVillage.error().contains(QStringLiteral("贯洞村")));

    for (const Role role : {Role::VillageCadre, Role::Auditor}) {
        const QString login = role == Role::Auditor ? QStringLiteral("shenji") : QStringLiteral("cun");
        c.actAs(login, role, role == Role::Auditor ? QList<qint64>{} : QList<qint64>{c.village});
        CHECK_FALSE(goals.maySet(c.village));
        CHECK_FALSE(goals.maySet(c.county));
        // Reading is for everyone: goals show no person.
        CHECK(goals.forDivision(c.county, 2019));
    }

    // The administrator sets any.
    REQUIRE(SignIn::signIn(*c.db, QStringLiteral("admin"), QString()));
    CHECK(goals.maySet(c.village));
    CHECK(goals.maySet(c.county));
}

TEST_CASE("A refused goal save writes nothing at all: the village account, a bad timetable, a stale read",
    "[progress][goals]")
{
    TestCounty c;
    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    QList<AnnualGoal> first{withTimetable(goalOf(c, c.county, 2022), 40, 120, {{6, 20}, {12, 20}})};
    ok(ProgressGoals(*c.db).save(2022, first));
    const QStringList before = snapshot(c);

    SECTION("a village account may not set its own village's goal")
    {
        c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
        QList<AnnualGoal> mine{withTimetable(goalOf(c, c.village, 2022), 10, 30, {})};
        const Status refused = ProgressGoals(*c.db).save(2022, mine);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("cun")));
        CHECK(mine.first().meta.id == 0);
    }
    SECTION("one bad goal among good ones refuses them all, naming the division")
    {
        QList<AnnualGoal> two{withTimetable(goalOf(c, c.township, 2022), 30, 90, {{6, 30}}),
            withTimetable(goalOf(c, c.otherTownship, 2022), 12, 40, {{6, 5}, {7, 5}})};
        const Status refused = ProgressGoals(*c.db).save(2022, two);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("贯洞镇")));
        CHECK(refused.error().contains(QStringLiteral("10")));
        CHECK_FALSE(refused.error().contains(QStringLiteral("丙妹镇")));
    }
    SECTION("a goal changed by someone else since it was read")
    {
        AnnualGoal stale = goalOf(c, c.county, 2022);
        QList<AnnualGoal> meanwhile{withTimetable(stale, 44, 130, {{6, 24}, {12, 20}})};
        ok(ProgressGoals(*c.db).save(2022, meanwhile));
        const QStringList changed = snapshot(c);
        QList<AnnualGoal> late{withTimetable(stale, 50, 150, {})};
        const Status refused = ProgressGoals(*c.db).save(2022, late);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("xian")));
        CHECK(snapshot(c) == changed);
        return;
    }
    SECTION("a new goal for a division someone else has set meanwhile")
    {
        AnnualGoal fresh;
        fresh.divisionId = c.county;
        fresh.year = 2022;
        fresh.households = 5;
        QList<AnnualGoal> again{fresh};
        CHECK_FALSE(ProgressGoals(*c.db).save(2022, again));
    }
    SECTION("a goal of another year in the list")
    {
        QList<AnnualGoal> wrong{withTimetable(goalOf(c, c.township, 2021), 3, 9, {})};
        CHECK_FALSE(ProgressGoals(*c.db).save(2022, wrong));
    }
    SECTION("a township account may not change the county's goal, even with its villages'")
    {
        c.actAs(QStringLiteral("xiang"), Role::TownshipStaff, {c.township});
        QList<AnnualGoal> both{withTimetable(goalOf(c, c.village, 2022), 8, 20, {}),
            withTimetable(goalOf(c, c.county, 2022), 41, 120, {})};
        const Status refused = ProgressGoals(*c.db).save(2022, both);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("从江县")));
    }
    CHECK(snapshot(c) == before);
}

TEST_CASE("Each goal change is audited field by field, unchanged goals are not written", "[progress][goals]")
{
    TestCounty c;
    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    QList<AnnualGoal> goals{withTimetable(goalOf(c, c.township, 2020), 12, 40, {{11, 12}}),
        goalOf(c, c.otherTownship, 2020)}; // empty and new: skipped
    ok(ProgressGoals(*c.db).save(2020, goals));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM annual_target")).toInt() == 1);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'annual_target'")).toInt() > 0);

    const int entries = c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    goals[0].setMonth(10, 2);
    goals[0].setMonth(11, 10);
    ok(ProgressGoals(*c.db).save(2020, goals));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == entries + 2);
    CHECK(c.scalar(QStringLiteral("SELECT old_value || '>' || new_value FROM audit_log WHERE table_name = "
                                  "'annual_target' AND field = 'month_11' AND action = 'update'"))
              .toString()
        == QStringLiteral("12>10"));
    CHECK(c.scalar(QStringLiteral("SELECT changed_by FROM audit_log ORDER BY id DESC LIMIT 1")).toString()
        == QStringLiteral("xian"));
    CHECK(goals[0].meta.revision == 2);

    ok(ProgressGoals(*c.db).save(2020, goals)); // nothing changed: nothing written
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == entries + 2);

    // The file itself refuses a timetable that does not add up, whatever writes it.
    QSqlQuery q(TestSql::of(*c.db));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE annual_target SET month_01 = 3")));
}

TEST_CASE("The demo county's goals break down by township and village, and its exits roughly follow them",
    "[progress][goals][demo]")
{
    DemoOptions options;
    options.households = 600;
    options.seed = 18;
    options.lastYear = 2024;
    options.plantMistakes = false;
    const auto generate = [&] {
        auto db = CountyDatabase::openInMemory();
        const Status s = DemoGenerator::generate(*db, options);
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
        return db;
    };
    const auto db = generate();
    const auto goalRows = [](CountyDatabase &d) {
        QStringList rows;
        QSqlQuery q(TestSql::of(d));
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM annual_target ORDER BY id")));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(u'|');
        }
        return rows;
    };
    // The same seed gives the same goals.
    CHECK(goalRows(*db) == goalRows(*generate()));

    ProgressGoals goals(*db);
    CHECK(goals.years().value_or({}).first() == 2014);
    CHECK(goals.years().value_or({}).last() == 2024);
    int behind = 0;
    for (const int year : {2016, 2018, 2023}) {
        INFO(year);
        const Result<QList<DivisionGoal>> all = goals.forYear(year);
        REQUIRE(all);
        for (const DivisionGoal &d : all.value()) {
            INFO(d.name.toStdString());
            CHECK(d.kind == (year <= 2020 ? DivisionGoal::Kind::Exit : DivisionGoal::Kind::RiskCleared));
            if (d.level == 1 || d.level == 2) {
                // A township rounds its villages' sum up to 5, the county its townships' up to 10.
                CHECK(d.difference().households <= 0);
                CHECK(d.difference().households > (d.level == 1 ? -10 : -5));
            }
            if (d.isSet()) {
                CHECK(d.goal.scheduled() == d.goal.households);
                CHECK(d.goal.people >= d.goal.households);
            }
            if (d.level == 3 && d.isSet()) {
                QSqlQuery q(TestSql::of(*db));
                q.prepare(QStringLiteral("SELECT count(DISTINCT e.household_id) FROM status_event e JOIN household h "
                                         "ON h.id = e.household_id WHERE e.kind = ? AND substr(e.event_date, 1, 4) = "
                                         "? AND h.village_id = ?"));
                q.addBindValue(year <= 2020 ? QStringLiteral("exit") : QStringLiteral("risk_eliminated"));
                q.addBindValue(QString::number(year));
                q.addBindValue(d.divisionId);
                REQUIRE(q.exec());
                REQUIRE(q.next());
                if (q.value(0).toInt() < d.goal.households * 4 / 5)
                    ++behind;
            }
        }
        // The county's exits (or risks cleared) come near its goal.
        const DivisionGoal county = all->first();
        QSqlQuery q(TestSql::of(*db));
        q.prepare(QStringLiteral("SELECT count(DISTINCT household_id) FROM status_event WHERE kind = ? AND "
                                 "substr(event_date, 1, 4) = ?"));
        q.addBindValue(year <= 2020 ? QStringLiteral("exit") : QStringLiteral("risk_eliminated"));
        q.addBindValue(QString::number(year));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() > county.goal.households / 2);
        CHECK(q.value(0).toInt() <= county.goal.households * 6 / 5);
    }
    // Some villages fall behind their goal.
    CHECK(behind > 0);
}
