// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "progress/AnnualGoal.h"
#include "progress/DivisionGoal.h"

#include <QCoreApplication>
#include <QList>

class CountyDatabase;

// The annual goals and timetables (年度目标与时间表) of the county, its townships and villages: the
// one read and the one write every face uses (the goals grid, the dashboard's goal line, the CLI).
//
// Goals show no person, so every account reads them county-wide (like household counts). Writing
// is gated per division by AccessPolicy::checkGoal: the county level sets the county's and the
// townships' goals, township staff their villages'; village and auditor accounts read only.
//
// Up to 2020 a goal counts households (people) to lift out of poverty; from 2021, monitoring
// households (people) to clear of risk (DivisionGoal::Kind, PovertyStandards::LastPovertyLineYear).
// The timetable is per month (AnnualGoal), and a chart's timetable line is GoalFigures::cumulative().
class ProgressGoals
{
    Q_DECLARE_TR_FUNCTIONS(ProgressGoals)

public:
    explicit ProgressGoals(CountyDatabase &db) : m_db(db) { }

    static DivisionGoal::Kind kindOf(int year);
    // "households to lift out of poverty" / "monitoring households to clear of risk", translated.
    static QString kindText(int year);

    // The division's goal for the year, with the sum of its children's and the difference; by the
    // division's statistical code (6, 9 or 12 digits) or its id. A division without a goal for the
    // year is returned with zero figures (isSet() false); a villager group or an unknown code is
    // refused in words.
    Result<DivisionGoal> forDivision(const QString &code, int year) const;
    Result<DivisionGoal> forDivision(qint64 divisionId, int year) const;
    // The county, its townships and villages for the year, each township followed by its villages
    // (the order of the goals grid), each with its children's sum.
    Result<QList<DivisionGoal>> forYear(int year) const;
    // The years that have a goal anywhere, ascending.
    Result<QList<int>> years() const;

    // Whether the acting account may set the division's goal (AccessPolicy::checkGoal), for a grid
    // that makes the cells read-only with the reason.
    Status maySet(qint64 divisionId) const;

    // Saves the goals of one year: all or none, in one transaction. Each goal is a division's whole
    // goal as edited from what forYear() read (meta as read: id 0 for a division without one yet).
    // Unchanged goals and new empty ones are skipped; every other is checked by the kind's rules
    // and the access rule, and refused when someone else changed it since it was read. The refusal
    // names every division that failed and why. On success the goals' meta is updated in place.
    Status save(int year, QList<AnnualGoal> &goals);

private:
    Result<QList<DivisionGoal>> load(int year, qint64 onlyDivision) const;

    CountyDatabase &m_db;
};
