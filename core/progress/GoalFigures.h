// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

// The figures of a goal, or of a sum of goals: the year's households and people and the households
// planned per month (not cumulative; all 0 when there is no timetable).
struct GoalFigures
{
    int households = 0;
    int people = 0;
    std::array<int, 12> months{};

    int scheduled() const
    {
        int sum = 0;
        for (int m : months)
            sum += m;
        return sum;
    }
    bool hasTimetable() const { return scheduled() != 0; }
    // Households planned by the end of each month (the timetable line of a chart).
    std::array<int, 12> cumulative() const
    {
        std::array<int, 12> out{};
        int sum = 0;
        for (size_t i = 0; i < months.size(); ++i)
            out[i] = sum += months[i];
        return out;
    }

    GoalFigures &operator+=(const GoalFigures &other)
    {
        households += other.households;
        people += other.people;
        for (size_t i = 0; i < months.size(); ++i)
            months[i] += other.months[i];
        return *this;
    }
    // this − other, field by field.
    GoalFigures minus(const GoalFigures &other) const
    {
        GoalFigures d;
        d.households = households - other.households;
        d.people = people - other.people;
        for (size_t i = 0; i < months.size(); ++i)
            d.months[i] = months[i] - other.months[i];
        return d;
    }
    bool isZero() const { return households == 0 && people == 0 && !hasTimetable(); }

    friend bool operator==(const GoalFigures &, const GoalFigures &) = default;
};
