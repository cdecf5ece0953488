// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCounty.h"

#include "../TestSql.h"
#include "county/CountySettings.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"

#include <catch2/catch.hpp>

TEST_CASE("County settings are kept in the file, bounded when read and audited when written")
{
    TestCounty c;
    CountySettings settings(*c.db);
    CHECK(settings.number(CountySettings::VisitOverdueDays, 90, 1, 3650) == 90);
    CHECK_FALSE(settings.isDemo());

    REQUIRE(settings.setValue(CountySettings::VisitOverdueDays, QStringLiteral("60")));
    CHECK(settings.number(CountySettings::VisitOverdueDays, 90, 1, 3650) == 60);
    REQUIRE(settings.setValue(CountySettings::VisitOverdueDays, QStringLiteral("0")));
    CHECK(settings.number(CountySettings::VisitOverdueDays, 90, 1, 3650) == 90);

    SqliteReader s(TestSql::handle(*c.db),
        QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'county_info' AND field = ?"));
    s.bind(1, QStringLiteral("visit_overdue_days"));
    REQUIRE(s.step());
    CHECK(s.integer(0) == 2);
}
