// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordFields.h"
#include "progress/AnnualGoal.h"

#include <QCoreApplication>

// The progress area's kinds of record, declared once for the record machinery: the annual goal of a
// division with its timetable. Written only through ProgressGoals::save (all or none, each division
// gated by AccessPolicy::checkGoal).
namespace RecordFields {
template <> const RecordKind<AnnualGoal> &recordKind<AnnualGoal>();
} // namespace RecordFields

// What must be right before a goal can be saved at all, one sentence per problem.
class ProgressChecks
{
    Q_DECLARE_TR_FUNCTIONS(ProgressChecks)

public:
    static QStringList goal(const AnnualGoal &g);
};
