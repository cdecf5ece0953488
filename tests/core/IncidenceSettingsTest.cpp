// SPDX-License-Identifier: GPL-3.0-or-later
// The incidence line and the villages' rural population: set by county-level accounts through one
// core call each, audited, refused as a whole otherwise, and used by the dashboard's figures at once.

#include "TestCounty.h"
#include "progress/ProgressIndicators.h"
#include "register/HouseholdRepository.h"

#include <catch2/catch.hpp>

namespace {

int auditRows(const TestCounty &c, const QString &key)
{
    return c
        .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'county_info' AND "
                               "record_uuid = '%1'")
                    .arg(key))
        .toInt();
}

} // namespace

TEST_CASE("Incidence settings: the line is 2 or 3 percent, set by the county, audited", "[progress][incidence]")
{
    TestCounty c;
    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    ProgressIndicators settings(*c.db);
    CHECK(settings.incidenceLinePercent() == 3);
    REQUIRE(settings.setIncidenceLinePercent(2).ok());
    CHECK(settings.incidenceLinePercent() == 2);
    CHECK(ProgressIndicators(*c.db).compute(0, 2019).value().incidenceLinePercent == 2);
    CHECK(auditRows(c, QStringLiteral("incidence_line_percent")) == 1);
    const Status four = settings.setIncidenceLinePercent(4);
    REQUIRE_FALSE(four.ok());
    CHECK(four.error().contains(QStringLiteral("4%")));
    CHECK(settings.incidenceLinePercent() == 2);
    // A village account may not.
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    CHECK_FALSE(ProgressIndicators(*c.db).setIncidenceLinePercent(3).ok());
    CHECK(ProgressIndicators(*c.db).incidenceLinePercent() == 2);
    CHECK(auditRows(c, QStringLiteral("incidence_line_percent")) == 1);
}

TEST_CASE("Incidence settings: a village's rural population is recorded, audited and cleared", "[progress][incidence]")
{
    TestCounty c;
    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    Household household = c.household(QStringLiteral("a"), 1);
    REQUIRE(HouseholdRepository(*c.db).save(household).ok());
    ProgressIndicators settings(*c.db);
    const auto village = [&](qint64 id) {
        const QList<VillagePopulation> all = settings.villagePopulations().value();
        for (const VillagePopulation &v : all) {
            if (v.villageId == id)
                return v;
        }
        FAIL("no village " << id);
        return VillagePopulation();
    };
    REQUIRE(settings.villagePopulations().ok());
    CHECK(settings.villagePopulations().value().size() == 2);
    CHECK(village(c.village).ruralPeople == 0);
    const QString key = ProgressIndicators::ruralPopulationKey(village(c.village).code);

    REQUIRE(settings.setRuralPopulation(c.village, 1250).ok());
    CHECK(village(c.village).ruralPeople == 1250);
    CHECK(c.scalar(QStringLiteral("SELECT value FROM county_info WHERE key = '%1'").arg(key)).toString()
        == QStringLiteral("1250"));
    CHECK(auditRows(c, key) == 1);
    // The dashboard's incidence uses it.
    const ProgressFigures f = ProgressIndicators(*c.db).compute(c.village, 2019).value();
    CHECK(f.ruralPeople == 1250);
    CHECK(f.ruralPeopleRecorded);

    // Refused: out of range, a township, a village account; nothing changes.
    CHECK_FALSE(settings.setRuralPopulation(c.village, -5).ok());
    CHECK_FALSE(settings.setRuralPopulation(c.village, ProgressIndicators::MaxRuralPeople + 1).ok());
    CHECK_FALSE(settings.setRuralPopulation(c.township, 100).ok());
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    CHECK_FALSE(ProgressIndicators(*c.db).setRuralPopulation(c.village, 99).ok());
    CHECK(village(c.village).ruralPeople == 1250);
    CHECK(auditRows(c, key) == 1);

    // 0 removes it: the register's people stand in again.
    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    REQUIRE(ProgressIndicators(*c.db).setRuralPopulation(c.village, 0).ok());
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM county_info WHERE key = '%1'").arg(key)).toInt() == 0);
    CHECK(auditRows(c, key) == 2);
}
