// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/ExitAssessment.h"

#include "TestCounty.h"
#include "forces/ForcesKinds.h"
#include "register/HouseholdRepository.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

using Condition = ExitAssessment::Condition;

bool met(const ExitAssessment::Result &r, Condition c)
{
    return std::any_of(r.findings.cbegin(), r.findings.cend(),
        [&](const ExitAssessment::Finding &f) { return f.condition == c && f.met; });
}

QString text(const ExitAssessment::Result &r, Condition c)
{
    for (const ExitAssessment::Finding &f : r.findings) {
        if (f.condition == c)
            return f.text;
    }
    return {};
}

} // namespace

TEST_CASE("a household above the line with two assurances, three guarantees and water may exit", "[exit]")
{
    TestCounty c;
    const Household h = c.household(QStringLiteral("A1"), 1); // 4,833.33 yuan per person in 2019
    const ExitAssessment::Result r = ExitAssessment(*c.db).forExit(h, QDate(2019, 12, 1));
    INFO(r.unmet().join(QStringLiteral(" | ")).toStdString());
    CHECK(r.met());
    CHECK(r.findings.size() == 7);
    CHECK(text(r, Condition::Income).contains(QStringLiteral("4,833.33")));
    CHECK(text(r, Condition::Income).contains(QStringLiteral("3,200.00"))); // the 2019 line
}

TEST_CASE("each unmet exit condition is named", "[exit]")
{
    TestCounty c;
    Household h = c.household(QStringLiteral("A1"), 1);
    h.incomes[0].wageMigrant = 0; // (3,000 − 500) / 3 = 833.33 yuan
    h.livingConditions[0].housingSecure = false;
    h.livingConditions[0].waterSafe = false;
    const ExitAssessment::Result r = ExitAssessment(*c.db).forExit(h, QDate(2019, 12, 1));
    CHECK_FALSE(r.met());
    CHECK(r.unmet().size() == 3);
    CHECK_FALSE(met(r, Condition::Income));
    CHECK(text(r, Condition::Income).contains(QStringLiteral("833.33")));
    CHECK_FALSE(met(r, Condition::Housing));
    CHECK_FALSE(met(r, Condition::Water));
    CHECK(met(r, Condition::Food));
    CHECK(met(r, Condition::Medical));

    // No income or living conditions recorded up to the year: unmet, not assumed.
    const ExitAssessment::Result early = ExitAssessment(*c.db).forExit(h, QDate(2018, 6, 1));
    CHECK_FALSE(met(early, Condition::Income));
    CHECK(text(early, Condition::Income).contains(QStringLiteral("2018")));
    CHECK_FALSE(met(early, Condition::Food));
}

TEST_CASE("from 2021 income is measured against the monitoring threshold", "[exit]")
{
    TestCounty c;
    Household h = c.household(QStringLiteral("A1"), 1);
    h.incomes[0].year = 2021; // 4,833.33 yuan: above the 2020 line, below the 2021 threshold of 6,000
    const ExitAssessment::Result r = ExitAssessment(*c.db).forExit(h, QDate(2021, 12, 1));
    CHECK_FALSE(met(r, Condition::Income));
    CHECK(text(r, Condition::Income).contains(QStringLiteral("6,000.00")));
}

TEST_CASE("risk elimination needs half a year, a measure in place and labour", "[exit]")
{
    TestCounty c;
    Household h = c.household(QStringLiteral("A1"), 1);
    REQUIRE(HouseholdRepository(*c.db).save(h).ok());
    const ExitAssessment assessment(*c.db);
    const QDate start(2019, 3, 1);

    ExitAssessment::Result r = assessment.forRiskElimination(h, QDate(2019, 8, 31), start);
    CHECK_FALSE(met(r, Condition::HalfYear));
    CHECK(text(r, Condition::HalfYear).contains(QStringLiteral("2019-09-01")));
    CHECK_FALSE(met(r, Condition::Measure));
    CHECK(met(r, Condition::Labour));

    Measure measure;
    measure.householdId = h.meta.id;
    measure.categoryCode = QStringLiteral("01");
    measure.startDate = QDate(2019, 4, 1);
    REQUIRE(MeasureRepository(*c.db).save(measure).ok());
    r = assessment.forRiskElimination(h, QDate(2019, 9, 1), start);
    INFO(r.unmet().join(QStringLiteral(" | ")).toStdString());
    CHECK(r.met());
    // A measure that starts later is not in place yet.
    CHECK_FALSE(met(assessment.forRiskElimination(h, QDate(2019, 3, 31), QDate(2018, 6, 1)), Condition::Measure));

    for (Member &m : h.members)
        m.labourCode = QStringLiteral("5");
    r = assessment.forRiskElimination(h, QDate(2019, 9, 1), start);
    CHECK_FALSE(met(r, Condition::Labour));
    CHECK(r.unmet().size() == 1);
}
