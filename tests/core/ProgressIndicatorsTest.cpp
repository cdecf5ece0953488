// SPDX-License-Identifier: GPL-3.0-or-later
// The progress indicators (进度) against counts made by hand on a small county: two villages, eight
// households with a written history; and every bar's register filter lists as many households as
// the bar counts.
#include "TestCounty.h"

#include "county/CountySettings.h"
#include "forces/AssistanceForces.h"
#include "forces/ForcesKinds.h"
#include "forces/Measure.h"
#include "forces/Visit.h"
#include "progress/ProgressIndicators.h"
#include "register/HouseholdList.h"
#include "register/HouseholdRepository.h"

#include <catch2/catch.hpp>

namespace {

template <typename T> T ok(const Result<T> &r)
{
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

struct ProgressCounty
{
    TestCounty c;
    QHash<QString, qint64> ids;
    qint64 cadre = 0;

    qint64 add(const char *label, qint64 village, const char *status, const char *attribute = "01")
    {
        Household h = c.household(QLatin1String(label), int(ids.size()) + 1);
        if (village == c.otherVillage) {
            c.moveTo(h, village);
            h.groupId = c.otherGroup;
        }
        const qint64 id = ok(HouseholdRepository(*c.db).save(h));
        c.exec(QStringLiteral("UPDATE household SET status_code = ?, attribute_code = ? WHERE id = ?"),
            {QLatin1String(status), QLatin1String(attribute), id});
        ids.insert(QLatin1String(label), id);
        return id;
    }
    qint64 id(const char *label) const { return ids.value(QLatin1String(label)); }
    void event(const char *label, const char *kind, const char *date, const char *category = nullptr)
    {
        c.exec(QStringLiteral("INSERT INTO status_event (uuid, household_id, kind, event_date, monitoring_category, "
                              "created_at, updated_at) VALUES (randomblob(16), ?, ?, ?, ?, unixepoch(), unixepoch())"),
            {id(label), QLatin1String(kind), QLatin1String(date),
                category ? QVariant(QLatin1String(category)) : QVariant()});
    }
    void measure(const char *label, const QDate &date)
    {
        Measure m;
        m.householdId = id(label);
        m.categoryCode = QStringLiteral("01");
        m.startDate = date;
        ok(AssistanceForces(*c.db).saveMeasure(m));
    }
    void visit(const char *label, const QDate &date)
    {
        Visit v;
        v.householdId = id(label);
        v.cadreId = cadre;
        v.date = date;
        v.findings = QStringLiteral("走访");
        ok(AssistanceForces(*c.db).saveVisit(v));
    }

    ProgressCounty()
    {
        c.actAs(QStringLiteral("xian"), Role::CountyStaff);
        add("A1", c.village, "1", "11");
        add("A2", c.village, "1", "11");
        add("A3", c.village, "0");
        add("A4", c.village, "0");
        add("A5", c.village, "0", "02");
        add("B1", c.otherVillage, "3");
        add("B2", c.otherVillage, "1", "11");
        add("B3", c.otherVillage, "9", "00");
        for (const char *l : {"A1", "A2", "B1", "B2"})
            event(l, "identify", "2015-03-01");
        event("A1", "exit", "2019-03-10");
        event("A2", "exit", "2019-03-20");
        event("A3", "identify", "2016-05-01");
        event("A4", "identify", "2019-02-01");
        event("A5", "identify", "2019-06-01");
        event("B1", "exit", "2017-01-01");
        event("B1", "relapse", "2018-06-01");
        event("B2", "exit", "2019-11-05");
        measure("A4", QDate(2019, 2, 20)); // within a month
        measure("A5", QDate(2019, 9, 1)); // three months late
        // 2021: A3 monitored and cleared, B3 (一般农户) monitored now with a risk.
        event("A3", "monitor", "2021-03-01", "1");
        event("A3", "risk_eliminated", "2021-10-15", "1");
        event("B3", "monitor", "2021-05-01", "2");
        c.exec(QStringLiteral("UPDATE household SET monitoring_category = '2' WHERE id = ?"), {id("B3")});
        c.exec(QStringLiteral("INSERT INTO household_risk (household_id, risk_code) VALUES (?, '01')"), {id("B3")});
        // Visits: A1 paired and visited in December, A3 paired and last visited in August.
        cadre = c.addCadre(QStringLiteral("王帮扶"));
        c.pair(id("A1"), cadre);
        c.pair(id("A3"), cadre);
        visit("A1", QDate(2019, 12, 1));
        visit("A3", QDate(2019, 8, 1));
        // 岜沙村 records its rural population; 贯洞村 does not.
        c.exec(QStringLiteral("INSERT INTO county_info (key, value) VALUES ('rural_population:522633101201', '300')"));
    }

    ProgressFigures figures(qint64 division, int year) const
    {
        return ok(ProgressIndicators(*c.db).compute(division, year, QDate(2026, 6, 1)));
    }
};

int households(const QList<ProgressCount> &counts, const QString &code)
{
    for (const ProgressCount &count : counts) {
        if (count.code == code)
            return count.households;
    }
    return 0;
}

// Every bar of the figures lists in the register as many households as it counts.
void requireRegisterAgrees(CountyDatabase &db, const ProgressFigures &f)
{
    QList<ProgressCount> all;
    for (const auto *list : {&f.exitsByMonth, &f.byCause, &f.byAttribute, &f.byStatus, &f.monitoredByCategory,
             &f.monitoredByRisk, &f.monitoredInYearByCategory, &f.clearedInYearByCategory})
        all += *list;
    all << f.lateMeasure << f.overdue;
    for (const VillageIncidence &v : f.villages) {
        ProgressCount c;
        c.label = v.name;
        c.households = v.poorHouseholds;
        c.filter = v.filter;
        all << c;
    }
    for (const ProgressCount &count : all) {
        HouseholdList list(db);
        list.setFilter(count.filter);
        INFO(count.label.toStdString());
        CHECK(ok(list.count()) == count.households);
    }
}

} // namespace

TEST_CASE("Progress indicators of 2019 against hand counts", "[progress]")
{
    ProgressCounty p;
    const ProgressFigures f = p.figures(0, 2019);
    CHECK_FALSE(f.monitoringEra);
    CHECK(f.divisionLevel == 1);
    CHECK(f.incidenceLinePercent == 3);
    // Poor at the end of 2019: A3, A4, A5 in 岜沙村 (A1, A2 exited), B1 in 贯洞村 (relapsed).
    REQUIRE(f.villages.size() == 2);
    CHECK(f.villages[0].name == QStringLiteral("岜沙村"));
    CHECK(f.villages[0].poorHouseholds == 3);
    CHECK(f.villages[0].poorPeople == 9);
    CHECK(f.villages[0].ruralPeople == 300);
    CHECK(f.villages[0].ruralPeopleRecorded);
    CHECK(f.villages[0].percent == Approx(3.0));
    CHECK(f.villages[1].poorHouseholds == 1);
    CHECK(f.villages[1].poorPeople == 3);
    // Not recorded: the register's 9 people of 贯洞村 stand in.
    CHECK_FALSE(f.villages[1].ruralPeopleRecorded);
    CHECK(f.villages[1].ruralPeople == 9);
    CHECK_FALSE(f.ruralPeopleRecorded);
    CHECK(f.poorPeople == 12);
    CHECK(f.incidencePercent == Approx(100.0 * 12 / 309));
    // Exits: two in March (6 people), one in November.
    REQUIRE(f.exitsByMonth.size() == 12);
    CHECK(f.exitsByMonth[2].households == 2);
    CHECK(f.exitsByMonth[2].people == 6);
    CHECK(f.exitsByMonth[10].households == 1);
    CHECK(f.exitedInYear() == 3);
    // Identified in 2019: A4 (measure in time) and A5 (late).
    CHECK(f.identifiedInYear == 2);
    CHECK(f.measuredInTime == 1);
    CHECK(f.lateMeasure.households == 1);
    // The register as it stands.
    CHECK(households(f.byStatus, QStringLiteral("0")) == 3);
    CHECK(households(f.byStatus, QStringLiteral("1")) == 3);
    CHECK(households(f.byStatus, QStringLiteral("3")) == 1);
    CHECK(households(f.byStatus, QStringLiteral("9")) == 1);
    CHECK(households(f.byAttribute, QStringLiteral("11")) == 3);
    CHECK(households(f.byAttribute, QStringLiteral("02")) == 1);
    // Visits: one in August, one in December; at 2019-12-31 A3 is 152 days without one.
    CHECK(f.visitsByMonth[7] == 1);
    CHECK(f.visitsByMonth[11] == 1);
    CHECK(f.referenceDate == QStringLiteral("2019-12-31"));
    CHECK(f.pairedHouseholds == 2);
    CHECK(f.overdue.households == 1);
    requireRegisterAgrees(*p.c.db, f);
}

TEST_CASE("Progress indicators of 2021 count monitoring and risks cleared", "[progress]")
{
    ProgressCounty p;
    const ProgressFigures f = p.figures(0, 2021);
    CHECK(f.monitoringEra);
    CHECK(f.exitsByMonth[9].households == 1); // A3's risk cleared in October
    CHECK(f.exitedInYear() == 1);
    CHECK(households(f.monitoredInYearByCategory, QStringLiteral("1")) == 1);
    CHECK(households(f.monitoredInYearByCategory, QStringLiteral("2")) == 1);
    CHECK(households(f.clearedInYearByCategory, QStringLiteral("1")) == 1);
    CHECK(households(f.monitoredByCategory, QStringLiteral("2")) == 1);
    CHECK(households(f.monitoredByRisk, QStringLiteral("01")) == 1);
    // Taken into monitoring in 2021 without a measure in the month after: both.
    CHECK(f.identifiedInYear == 2);
    CHECK(f.lateMeasure.households == 2);
    requireRegisterAgrees(*p.c.db, f);
}

TEST_CASE("Progress indicators of a village account cover its village only", "[progress][readscope]")
{
    ProgressCounty p;
    p.c.actAs(QStringLiteral("cun"), Role::VillageCadre, {p.c.village});
    const ProgressFigures county = p.figures(0, 2019);
    REQUIRE(county.villages.size() == 1);
    CHECK(county.villages[0].villageId == p.c.village);
    CHECK(county.exitsByMonth[2].households == 2);
    CHECK(county.exitedInYear() == 2); // B2's exit in 贯洞村 is not counted
    CHECK(households(county.byStatus, QStringLiteral("3")) == 0);
    CHECK_FALSE(county.receiptsCounted);
    requireRegisterAgrees(*p.c.db, county);
    const Result<ProgressFigures> other = ProgressIndicators(*p.c.db).compute(p.c.otherVillage, 2019);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().contains(QStringLiteral("贯洞村")));
}

TEST_CASE("Progress indicators of a township and the incidence line setting", "[progress]")
{
    ProgressCounty p;
    p.c.exec(QStringLiteral("INSERT INTO county_info (key, value) VALUES (?, '2')"),
        {QString::fromLatin1(ProgressIndicators::IncidenceLineSetting)});
    const ProgressFigures f = p.figures(p.c.otherTownship, 2019);
    CHECK(f.incidenceLinePercent == 2);
    REQUIRE(f.villages.size() == 1);
    CHECK(f.villages[0].villageId == p.c.otherVillage);
    CHECK(f.exitedInYear() == 1);
    requireRegisterAgrees(*p.c.db, f);
}

TEST_CASE("Progress indicators of a village read its own history and agree with the register", "[progress]")
{
    ProgressCounty p;
    const ProgressFigures f = p.figures(p.c.village, 2019);
    CHECK(f.divisionLevel == 3);
    REQUIRE(f.villages.size() == 1);
    CHECK(f.villages[0].poorHouseholds == 3);
    CHECK(f.exitsByMonth[2].households == 2);
    CHECK(f.exitedInYear() == 2);
    CHECK(f.identifiedInYear == 2);
    CHECK(f.lateMeasure.households == 1);
    CHECK(f.pairedHouseholds == 2);
    CHECK(f.overdue.households == 1);
    CHECK(f.visitsByMonth[7] == 1);
    requireRegisterAgrees(*p.c.db, f);
    const ProgressFigures monitoring = p.figures(p.c.otherVillage, 2021);
    CHECK(households(monitoring.monitoredInYearByCategory, QStringLiteral("2")) == 1);
    CHECK(monitoring.exitedInYear() == 0);
    requireRegisterAgrees(*p.c.db, monitoring);
}

TEST_CASE("Progress indicators carry the goal's month-by-month timetable", "[progress]")
{
    ProgressCounty p;
    const auto goal = [&](qint64 division, int households, const QList<int> &months) {
        QString columns;
        QVariantList values{division, households};
        for (int m = 0; m < months.size(); ++m) {
            columns += QStringLiteral(", month_%1").arg(m + 1, 2, 10, QLatin1Char('0'));
            values << months.at(m);
        }
        p.c.exec(QStringLiteral("INSERT INTO annual_target (division_id, year, households, people%1) VALUES (?, 2019, "
                                "?, 0%2)")
                     .arg(columns, QStringLiteral(", ?").repeated(int(months.size()))),
            values);
    };
    // 岜沙村: 4 households, 1 planned in March and 3 in November.
    goal(p.c.village, 4, {0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 3, 0});
    ProgressFigures f = p.figures(p.c.village, 2019);
    CHECK(f.goalHouseholds == 4);
    CHECK(f.goalByMonth == QList<int>{0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 3, 0});
    // Its township sums its villages: one village only, the same timetable.
    f = p.figures(p.c.township, 2019);
    CHECK(f.goalByMonth == QList<int>{0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 3, 0});
    // The county sums its townships' goals... none: it sums nothing and has no goal. With the other
    // township's goal set without a timetable, the county's goal has none either.
    goal(p.c.township, 4, {0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 3, 0});
    goal(p.c.otherTownship, 2, {});
    f = p.figures(0, 2019);
    CHECK(f.goalHouseholds == 6);
    CHECK(f.goalByMonth.isEmpty());
    // A goal of its own without a timetable: none.
    goal(p.c.county, 6, {});
    CHECK(p.figures(0, 2019).goalByMonth.isEmpty());
}
