// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/BulkAssessment.h"

#include "../TestSql.h"
#include "TestCounty.h"
#include "db/SqliteReader.h"
#include "demo/DemoGenerator.h"
#include "forces/ForcesKinds.h"
#include "progress/BulkProposal.h"
#include "register/HouseholdRepository.h"
#include "register/StatusProcedure.h"

#include <catch2/catch.hpp>

#include <QSet>

namespace {

using Condition = ExitAssessment::Condition;
using Kind = BulkAssessment::Kind;

qint64 save(const TestCounty &c, Household h)
{
    const Result<qint64> id = HouseholdRepository(*c.db).save(h);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

// A step of the history written as a file from before the procedure holds it.
void event(const TestCounty &c, qint64 household, const char *kind, const QDate &date)
{
    const QString k = QString::fromLatin1(kind);
    c.exec(QStringLiteral("INSERT INTO status_event (uuid, household_id, kind, event_date, monitoring_category, "
                          "created_at, updated_at) VALUES (randomblob(16), ?, ?, ?, ?, 0, 0)"),
        {household, k, date.toString(Qt::ISODate),
            k == QLatin1String("monitor") || k == QLatin1String("risk_eliminated") ? QVariant(QStringLiteral("1"))
                                                                                   : QVariant()});
}

void measure(const TestCounty &c, qint64 household, const QDate &start)
{
    Measure m;
    m.householdId = household;
    m.categoryCode = QStringLiteral("01");
    m.startDate = start;
    const Result<qint64> id = MeasureRepository(*c.db).save(m);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

BulkAssessment::Report assessed(CountyDatabase &db, int year, Kind kind, qint64 division = 0)
{
    const Result<BulkAssessment::Report> r = BulkAssessment::assess(db, year, kind, division);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

const HouseholdAssessment *find(const BulkAssessment::Report &r, qint64 id)
{
    for (const HouseholdAssessment &a : r.households) {
        if (a.householdId == id)
            return &a;
    }
    return nullptr;
}

// The conditions a household leaves unmet, in order.
QList<Condition> unmet(const BulkAssessment::Report &r, qint64 id)
{
    const HouseholdAssessment *a = find(r, id);
    REQUIRE(a);
    QList<Condition> conditions;
    for (const ExitAssessment::Finding &f : a->result.findings) {
        if (!f.met)
            conditions << f.condition;
    }
    return conditions;
}

QString unmetText(const BulkAssessment::Report &r, qint64 id)
{
    const HouseholdAssessment *a = find(r, id);
    REQUIRE(a);
    return a->result.unmet().join(u'|');
}

} // namespace

TEST_CASE("bulk exit assessment: each condition met and unmet on hand-made households", "[bulk]")
{
    TestCounty c;
    // 2019 line 3,200 yuan. A: (12,000 + 3,000 − 500) / 3 = 4,833.33 yuan per person, all secured.
    const auto identified = [&](const QString &label, int seed, const std::function<void(Household &)> &change) {
        Household h = c.household(label, seed);
        change(h);
        const qint64 id = save(c, h);
        event(c, id, "identify", QDate(2018, 3, 1));
        return id;
    };
    const qint64 all = identified(QStringLiteral("all"), 1, [](Household &) {});
    const qint64 poorIncome = identified(QStringLiteral("income"), 2, [](Household &h) {
        h.incomes[0].wageMigrant = 690'000; // (6,900 + 3,000 − 500) / 3 = 3,133.33: not above 3,200
    });
    const qint64 justAbove = identified(QStringLiteral("above"), 3, [](Household &h) {
        h.incomes[0].wageMigrant = 910'003; // (9,100.03 + 2,500) / 3 = 3,866.68
        h.incomes[0].opCrops = 0;
        h.incomes[0].opCosts = 0;
        h.incomes[0].trSubsistence = 250'000;
    });
    const qint64 atLine = identified(QStringLiteral("line"), 4, [](Household &h) {
        h.incomes[0].wageMigrant = 710'000; // (7,100 + 3,000 − 500) / 3 = 3,200.00: not above the line
    });
    const qint64 food
        = identified(QStringLiteral("food"), 5, [](Household &h) { h.livingConditions[0].foodSecure = false; });
    const qint64 clothing
        = identified(QStringLiteral("clothing"), 6, [](Household &h) { h.livingConditions[0].clothingSecure = false; });
    const qint64 education = identified(
        QStringLiteral("education"), 7, [](Household &h) { h.livingConditions[0].educationSecure = false; });
    const qint64 medical
        = identified(QStringLiteral("medical"), 8, [](Household &h) { h.livingConditions[0].medicalSecure = false; });
    const qint64 housing
        = identified(QStringLiteral("housing"), 9, [](Household &h) { h.livingConditions[0].housingSecure = false; });
    const qint64 unsafeWater
        = identified(QStringLiteral("water"), 10, [](Household &h) { h.livingConditions[0].waterSafe = false; });
    const qint64 farWater = identified(
        QStringLiteral("far water"), 11, [](Household &h) { h.livingConditions[0].waterDifficulty = true; });
    const qint64 nothing = identified(QStringLiteral("nothing"), 12, [](Household &h) {
        h.incomes.clear();
        h.livingConditions.clear();
    });
    const qint64 later = identified(QStringLiteral("later"), 13, [](Household &h) {
        h.incomes[0].year = 2020; // recorded after the year: not there in 2019
        h.livingConditions[0].year = 2020;
    });

    const BulkAssessment::Report r = assessed(*c.db, 2019, Kind::Exit);
    CHECK(r.date == QDate(2019, 12, 31));
    CHECK(r.households.size() == 13);
    CHECK(unmet(r, all).isEmpty());
    CHECK(unmet(r, justAbove).isEmpty());
    CHECK(unmet(r, poorIncome) == QList<Condition>{Condition::Income});
    CHECK(unmetText(r, poorIncome).contains(QStringLiteral("3,133.33")));
    CHECK(unmet(r, atLine) == QList<Condition>{Condition::Income});
    CHECK(unmetText(r, atLine).contains(QStringLiteral("3,200.00")));
    CHECK(unmet(r, food) == QList<Condition>{Condition::Food});
    CHECK(unmet(r, clothing) == QList<Condition>{Condition::Clothing});
    CHECK(unmet(r, education) == QList<Condition>{Condition::Education});
    CHECK(unmet(r, medical) == QList<Condition>{Condition::Medical});
    CHECK(unmet(r, housing) == QList<Condition>{Condition::Housing});
    CHECK(unmet(r, unsafeWater) == QList<Condition>{Condition::Water});
    CHECK(unmet(r, farWater) == QList<Condition>{Condition::Water});
    CHECK(unmet(r, nothing).size() == 7);
    CHECK(unmetText(r, nothing).contains(QStringLiteral("No income is recorded for 2019")));
    CHECK(unmet(r, later).size() == 7);
    CHECK(r.met() == 2);

    // Totals by condition: every unmet condition counted once per household.
    for (const BulkAssessment::ConditionTotal &t : r.totals()) {
        INFO(t.name.toStdString());
        const int expected = t.condition == Condition::Income ? 4 : t.condition == Condition::Water ? 4 : 3;
        CHECK(t.unmet == expected);
    }
    // In 2020 the late records count, measured against the 2020 line.
    const BulkAssessment::Report next = assessed(*c.db, 2020, Kind::Exit);
    CHECK(unmet(next, later).isEmpty());
}

TEST_CASE("bulk exit assessment takes the households poor in the year as the history stood then", "[bulk]")
{
    TestCounty c;
    int seed = 0;
    const auto add = [&](const QString &label) { return save(c, c.household(label, ++seed)); };
    const qint64 poorBefore = add(QStringLiteral("before"));
    event(c, poorBefore, "identify", QDate(2018, 5, 1));
    const qint64 exitedBefore = add(QStringLiteral("exited before"));
    event(c, exitedBefore, "identify", QDate(2017, 5, 1));
    event(c, exitedBefore, "exit", QDate(2018, 11, 1));
    const qint64 exitedInYear = add(QStringLiteral("exited in"));
    event(c, exitedInYear, "identify", QDate(2017, 5, 1));
    event(c, exitedInYear, "exit", QDate(2019, 6, 1));
    const qint64 identifiedLater = add(QStringLiteral("later"));
    event(c, identifiedLater, "identify", QDate(2020, 2, 1));
    const qint64 relapsed = add(QStringLiteral("relapsed"));
    event(c, relapsed, "identify", QDate(2016, 5, 1));
    event(c, relapsed, "exit", QDate(2017, 10, 1));
    event(c, relapsed, "relapse", QDate(2019, 4, 1));
    const qint64 identifiedInYear = add(QStringLiteral("in year"));
    event(c, identifiedInYear, "identify", QDate(2019, 9, 1));
    const qint64 withoutSteps = add(QStringLiteral("no steps")); // entered today, not yet out of poverty
    const qint64 deleted = add(QStringLiteral("deleted"));
    event(c, deleted, "identify", QDate(2018, 5, 1));
    c.exec(QStringLiteral("UPDATE household SET deleted_at = 1 WHERE id = ?"), {deleted});

    const auto ids = [](const BulkAssessment::Report &r) {
        QSet<qint64> s;
        for (const HouseholdAssessment &a : r.households)
            s.insert(a.householdId);
        return s;
    };
    CHECK(ids(assessed(*c.db, 2019, Kind::Exit)) == QSet<qint64>{poorBefore, exitedInYear, relapsed, identifiedInYear});
    CHECK(ids(assessed(*c.db, 2020, Kind::Exit))
        == QSet<qint64>{poorBefore, identifiedLater, relapsed, identifiedInYear});
    const int thisYear = QDate::currentDate().year();
    CHECK(ids(assessed(*c.db, thisYear, Kind::Exit)).contains(withoutSteps));
    CHECK_FALSE(ids(assessed(*c.db, 2019, Kind::Exit)).contains(withoutSteps));
    // Nobody was monitored.
    CHECK(assessed(*c.db, 2019, Kind::RiskElimination).households.isEmpty());
}

TEST_CASE("bulk risk elimination: half a year, a measure in place and labour on hand-made households", "[bulk]")
{
    TestCounty c;
    int seed = 0;
    const auto monitored = [&](const QString &label, const QDate &start) {
        const qint64 id = save(c, c.household(label, ++seed));
        event(c, id, "monitor", start);
        return id;
    };
    const qint64 ready = monitored(QStringLiteral("ready"), QDate(2019, 1, 10));
    measure(c, ready, QDate(2019, 2, 1));
    const qint64 recent = monitored(QStringLiteral("recent"), QDate(2019, 7, 1)); // half a year on 2020-01-01
    measure(c, recent, QDate(2019, 7, 15));
    const qint64 halfYear = monitored(QStringLiteral("half"), QDate(2019, 6, 30)); // exactly: from 2019-12-30
    measure(c, halfYear, QDate(2019, 7, 15));
    const qint64 noMeasure = monitored(QStringLiteral("no measure"), QDate(2019, 1, 10));
    measure(c, noMeasure, QDate(2020, 1, 5)); // starts after the day judged
    const qint64 deletedMeasure = monitored(QStringLiteral("deleted measure"), QDate(2019, 1, 10));
    measure(c, deletedMeasure, QDate(2019, 3, 1));
    c.exec(QStringLiteral("UPDATE measure SET deleted_at = 1 WHERE household_id = ?"), {deletedMeasure});
    Household idle = c.household(QStringLiteral("no labour"), ++seed);
    for (Member &m : idle.members)
        m.labourCode = QStringLiteral("5"); // 无劳动力
    const qint64 noLabour = save(c, idle);
    event(c, noLabour, "monitor", QDate(2019, 1, 10));
    measure(c, noLabour, QDate(2019, 2, 1));
    const qint64 clearedBefore = monitored(QStringLiteral("cleared before"), QDate(2018, 1, 10));
    event(c, clearedBefore, "risk_eliminated", QDate(2018, 10, 1));
    const qint64 clearedInYear = monitored(QStringLiteral("cleared in"), QDate(2018, 3, 1));
    measure(c, clearedInYear, QDate(2018, 4, 1));
    event(c, clearedInYear, "risk_eliminated", QDate(2019, 5, 1));
    const qint64 poorIncome = monitored(QStringLiteral("poor income"), QDate(2019, 1, 10));
    measure(c, poorIncome, QDate(2019, 2, 1));
    c.exec(QStringLiteral("UPDATE income SET wage_migrant = 0 WHERE household_id = ?"), {poorIncome});

    const BulkAssessment::Report r = assessed(*c.db, 2019, Kind::RiskElimination);
    CHECK(r.households.size() == 8);
    CHECK_FALSE(find(r, clearedBefore));
    CHECK(unmet(r, ready).isEmpty());
    CHECK(unmet(r, recent) == QList<Condition>{Condition::HalfYear});
    CHECK(unmetText(r, recent).contains(QStringLiteral("2020-01-01")));
    CHECK(unmet(r, halfYear).isEmpty());
    CHECK(unmet(r, noMeasure) == QList<Condition>{Condition::Measure});
    CHECK(unmet(r, deletedMeasure) == QList<Condition>{Condition::Measure});
    CHECK(unmet(r, noLabour) == QList<Condition>{Condition::Labour});
    CHECK(unmet(r, clearedInYear).isEmpty());
    CHECK(find(r, clearedInYear)->monitoringStart == QDate(2018, 3, 1));
    CHECK(unmet(r, poorIncome) == QList<Condition>{Condition::Income});
    CHECK(r.met() == 3);
    // The exit of these households is not assessed: none was identified.
    CHECK(assessed(*c.db, 2019, Kind::Exit).households.isEmpty());
}

TEST_CASE("bulk assessment is scoped by the account, can be cancelled and reports progress", "[bulk]")
{
    TestCounty c;
    const qint64 own = save(c, c.household(QStringLiteral("own"), 1));
    event(c, own, "identify", QDate(2018, 3, 1));
    Household h = c.household(QStringLiteral("other"), 2);
    c.moveTo(h, c.otherVillage);
    h.groupId = c.otherGroup;
    const qint64 other = save(c, h);
    event(c, other, "identify", QDate(2018, 3, 1));

    CHECK(assessed(*c.db, 2019, Kind::Exit).households.size() == 2);
    CHECK(assessed(*c.db, 2019, Kind::Exit, c.otherTownship).households.size() == 1);
    CHECK(assessed(*c.db, 2019, Kind::Exit, c.group).households.first().householdId == own);

    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    const BulkAssessment::Report county = assessed(*c.db, 2019, Kind::Exit);
    REQUIRE(county.households.size() == 1);
    CHECK(county.households.first().householdId == own);
    const Result<BulkAssessment::Report> refused = BulkAssessment::assess(*c.db, 2019, Kind::Exit, c.otherVillage);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("贯洞村")));

    QList<int> seen;
    AssessmentRun run;
    run.progress = [&](int percent) { seen << percent; };
    REQUIRE(BulkAssessment::assess(*c.db, 2019, Kind::Exit, 0, run).ok());
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen.last() == 100);
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));

    std::atomic_bool cancel{true};
    run.cancel = &cancel;
    const Result<BulkAssessment::Report> cancelled = BulkAssessment::assess(*c.db, 2019, Kind::Exit, 0, run);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error() == BulkAssessment::cancelledMessage());

    CHECK_FALSE(BulkAssessment::assess(*c.db, 2010, Kind::Exit, 0).ok());
    CHECK_FALSE(BulkAssessment::assess(*c.db, QDate::currentDate().year() + 1, Kind::Exit, 0).ok());
}

namespace {

// What the single-household calls say of a household in a year, with the population worked out
// from StatusProcedure::history rather than from the bulk's own reading of the steps.
struct Single
{
    bool assessed = false;
    QDate monitoringStart;
};

Single singleStanding(const QList<StatusEvent> &events, int year, Kind kind, const QDate &day)
{
    const QDate first(year, 1, 1);
    Single s;
    bool anyExitStep = false;
    bool poorAtStart = false;
    bool poorInYear = false;
    bool monitoredAtStart = false;
    bool monitoredInYear = false;
    for (const StatusEvent &e : events) {
        const bool exitStep = e.kind == QLatin1String("identify") || e.kind == QLatin1String("exit")
            || e.kind == QLatin1String("relapse");
        anyExitStep = anyExitStep || exitStep;
        if (e.date > day)
            continue;
        if (exitStep) {
            if (e.date < first)
                poorAtStart = e.kind != QLatin1String("exit");
            else if (e.kind != QLatin1String("exit"))
                poorInYear = true;
        } else if (e.kind == QLatin1String("monitor")) {
            s.monitoringStart = e.date;
            (e.date < first ? monitoredAtStart : monitoredInYear) = true;
        } else if (e.kind == QLatin1String("risk_eliminated") && e.date < first) {
            monitoredAtStart = false;
        }
    }
    Q_UNUSED(anyExitStep)
    s.assessed = kind == Kind::Exit ? poorAtStart || poorInYear : monitoredAtStart || monitoredInYear;
    return s;
}

} // namespace

TEST_CASE("bulk assessment equals the single-household assessment on the demo county in both eras", "[bulk][demo]")
{
    auto db = CountyDatabase::openInMemory();
    DemoOptions options;
    options.households = 3000;
    const Status generated = DemoGenerator::generate(*db, options);
    INFO(generated.error().toStdString());
    REQUIRE(generated.ok());

    HouseholdRepository repository(*db);
    StatusProcedure procedure(*db);
    const ExitAssessment single(*db);
    QList<qint64> all;
    {
        SqliteReader s(
            TestSql::handle(*db), QStringLiteral("SELECT id FROM household WHERE deleted_at IS NULL ORDER BY id"));
        while (s.step())
            all << s.integer(0);
    }
    QHash<qint64, QList<StatusEvent>> histories;
    for (qint64 id : all)
        histories.insert(id, procedure.history(id));

    const int thisYear = QDate::currentDate().year();
    for (const auto &[year, kind] :
        QList<std::pair<int, Kind>>{{2019, Kind::Exit}, {2019, Kind::RiskElimination}, {thisYear, Kind::Exit},
            {thisYear, Kind::RiskElimination}, {2016, Kind::Exit}, {2023, Kind::RiskElimination}}) {
        INFO(year << (kind == Kind::Exit ? " exit" : " elimination"));
        const BulkAssessment::Report bulk = assessed(*db, year, kind);
        QSet<qint64> expected;
        for (qint64 id : all) {
            if (singleStanding(histories.value(id), year, kind, bulk.date).assessed)
                expected.insert(id);
        }
        QSet<qint64> got;
        for (const HouseholdAssessment &a : bulk.households)
            got.insert(a.householdId);
        CHECK(got == expected);
        for (const HouseholdAssessment &a : bulk.households) {
            const Result<Household> h = repository.load(a.householdId);
            REQUIRE(h.ok());
            const Single s = singleStanding(histories.value(a.householdId), year, kind, bulk.date);
            const ExitAssessment::Result one = kind == Kind::Exit
                ? single.forExit(h.value(), bulk.date)
                : single.forRiskElimination(h.value(), bulk.date, s.monitoringStart);
            INFO(a.code.toStdString());
            REQUIRE(one.findings == a.result.findings);
            CHECK(a.code == h->code);
            CHECK(a.head == (h->head() ? h->head()->name : QString()));
        }
        if (year == 2019 && kind == Kind::Exit)
            CHECK(bulk.households.size() > 1000); // about 1,100 households still poor in 2019
        if (year == thisYear && kind == Kind::Exit)
            CHECK(bulk.households.isEmpty()); // every household exited by 2020
        if (year == thisYear && kind == Kind::RiskElimination) {
            CHECK(bulk.households.size() > 100);
            CHECK(bulk.met() > 0);
            CHECK(bulk.met() < bulk.households.size());
        }
    }
}
