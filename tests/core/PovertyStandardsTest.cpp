// SPDX-License-Identifier: GPL-3.0-or-later
// The poverty line and the monitoring threshold per year: changed by county-level accounts only,
// audited, and read at once by every PovertyStandards already made (an assessment open beside the
// editor measures against the new figure).
#include "TestCounty.h"

#include "../TestSql.h"
#include "county/PovertyStandards.h"

#include <catch2/catch.hpp>

namespace {

void ok(const Status &s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

} // namespace

TEST_CASE("A changed poverty line or threshold is audited and used at once", "[standards]")
{
    TestCounty c;
    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    PovertyStandards before(*c.db); // made before the change, as an open assessment or card keeps one
    REQUIRE(before.forYear(2019));
    const qint64 shipped = before.forYear(2019)->fen;
    CHECK(shipped == 3200'00);

    PovertyStandards editor(*c.db);
    ok(editor.set(PovertyStandards::Kind::Line, 2019, 3'747'00, QStringLiteral("省扶贫办 2019 年通知")));
    CHECK(before.forYear(2019)->fen == 3'747'00);
    CHECK_FALSE(before.forYear(2019)->isThreshold);
    CHECK(c.scalar(QStringLiteral("SELECT old_value || '>' || new_value || '|' || changed_by FROM audit_log WHERE "
                                  "table_name = 'poverty_line' AND field = 'line_fen'"))
              .toString()
        == QStringLiteral("320000>374700|xian"));
    CHECK(c.scalar(QStringLiteral("SELECT new_value FROM audit_log WHERE table_name = 'poverty_line' AND field = "
                                  "'note'"))
              .toString()
        == QStringLiteral("省扶贫办 2019 年通知"));

    // A year the county had no figure for.
    CHECK_FALSE(before.forYear(2027));
    ok(editor.set(PovertyStandards::Kind::Threshold, 2027, 9'100'00));
    REQUIRE(before.forYear(2027));
    CHECK(before.forYear(2027)->isThreshold);
    CHECK(before.forYear(2027)->fen == 9'100'00);
    CHECK(c.scalar(QStringLiteral("SELECT action FROM audit_log WHERE table_name = 'monitoring_threshold'")).toString()
        == QStringLiteral("insert"));

    const Result<QList<PovertyStandards::YearFigures>> all = editor.all();
    REQUIRE(all);
    CHECK(all->first().year == 2011);
    CHECK(all->last().year == 2027);
    CHECK(all->last().thresholdFen == 9'100'00);
    CHECK_FALSE(all->last().lineFen);

    // Setting the same figure again writes nothing.
    const int entries = c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    ok(editor.set(PovertyStandards::Kind::Threshold, 2027, 9'100'00));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == entries);
}

TEST_CASE("Poverty lines and thresholds are changed by the county level only, within sense", "[standards]")
{
    TestCounty c;
    PovertyStandards standards(*c.db);
    const auto unchanged = [&] {
        CHECK(standards.line(2019) == 3200'00);
        CHECK(standards.threshold(2023) == 7000'00);
        CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name IN ('poverty_line', "
                                      "'monitoring_threshold')"))
                  .toInt()
            == 0);
    };
    for (const Role role : {Role::TownshipStaff, Role::VillageCadre, Role::Auditor}) {
        const QList<qint64> scope = role == Role::Auditor ? QList<qint64>{}
            : role == Role::VillageCadre                  ? QList<qint64>{c.village}
                                                          : QList<qint64>{c.township};
        c.actAs(QStringLiteral("user%1").arg(int(role)), role, scope);
        const Status refused = standards.set(PovertyStandards::Kind::Line, 2019, 4000'00);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("user%1").arg(int(role))));
    }
    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    // The line is for the years it is used (up to 2020), the threshold for the years after.
    CHECK_FALSE(standards.set(PovertyStandards::Kind::Line, 2023, 4000'00));
    CHECK_FALSE(standards.set(PovertyStandards::Kind::Threshold, 2019, 4000'00));
    CHECK_FALSE(standards.set(PovertyStandards::Kind::Threshold, 2023, 0));
    CHECK_FALSE(standards.set(PovertyStandards::Kind::Threshold, 2023, -1));
    CHECK_FALSE(standards.set(PovertyStandards::Kind::Threshold, 2023, PovertyStandards::MaxFen + 1));
    CHECK_FALSE(standards.set(PovertyStandards::Kind::Line, 1999, 2000'00));
    unchanged();
}
