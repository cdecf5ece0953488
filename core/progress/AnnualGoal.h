// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QtGlobal>

#include <array>

// The annual goal (年度目标) of one division (the county, a township or a village) for one year, as
// the record machinery stores it (table annual_target): up to 2020 the households and people to lift
// out of poverty, from 2021 the monitoring households (and their people) to clear of risk.
//
// The timetable is per month, not cumulative: monthNN is the households planned for that month
// alone. A goal without a timetable has every month 0; once any month is given, the twelve add up to
// `households` (checked by the kind and by the table). People have an annual goal only.
struct AnnualGoal
{
    RecordMeta meta;
    qint64 divisionId = 0;
    int year = 0;
    int households = 0;
    int people = 0;
    int month01 = 0;
    int month02 = 0;
    int month03 = 0;
    int month04 = 0;
    int month05 = 0;
    int month06 = 0;
    int month07 = 0;
    int month08 = 0;
    int month09 = 0;
    int month10 = 0;
    int month11 = 0;
    int month12 = 0;

    // The month's households, month 1 to 12.
    int month(int month) const { return this->*monthMember(month); }
    void setMonth(int month, int count) { this->*monthMember(month) = count; }
    std::array<int, 12> months() const
    {
        std::array<int, 12> out{};
        for (int m = 1; m <= 12; ++m)
            out[size_t(m - 1)] = month(m);
        return out;
    }
    int scheduled() const
    {
        int sum = 0;
        for (int m = 1; m <= 12; ++m)
            sum += month(m);
        return sum;
    }
    bool hasTimetable() const { return scheduled() != 0; }
    bool isEmpty() const { return households == 0 && people == 0 && !hasTimetable(); }

    static int AnnualGoal::*monthMember(int month)
    {
        static constexpr int AnnualGoal::*members[12]
            = {&AnnualGoal::month01, &AnnualGoal::month02, &AnnualGoal::month03, &AnnualGoal::month04,
                &AnnualGoal::month05, &AnnualGoal::month06, &AnnualGoal::month07, &AnnualGoal::month08,
                &AnnualGoal::month09, &AnnualGoal::month10, &AnnualGoal::month11, &AnnualGoal::month12};
        return members[qBound(1, month, 12) - 1];
    }

    friend bool operator==(const AnnualGoal &, const AnnualGoal &) = default;
};
