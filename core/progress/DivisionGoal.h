// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/AnnualGoal.h"
#include "progress/GoalFigures.h"

#include <QString>

// What ProgressGoals reads for one division and year: its own goal and the sum of its children's
// (a county's townships, a township's villages), so that a breakdown is checked against the goal it
// breaks down. A village has no children: `children` stays zero and `childCount` 0.
struct DivisionGoal
{
    enum class Kind {
        Exit, // up to 2020: households (people) to lift out of poverty (脱贫)
        RiskCleared, // from 2021: monitoring households (people) to clear of risk (风险消除)
    };

    qint64 divisionId = 0;
    qint64 parentId = 0;
    int level = 0; // 1 county, 2 township, 3 village
    QString code;
    QString name;
    int year = 0;
    Kind kind = Kind::Exit;

    AnnualGoal record; // as stored (meta.id 0 when the division has no goal for the year yet)
    GoalFigures goal; // the division's own goal
    GoalFigures children; // the sum of its children's goals
    int childCount = 0; // townships of the county, villages of a township
    int childrenWithGoal = 0;

    bool isSet() const { return record.meta.id != 0; }
    // The children's sum minus the division's goal: negative when the breakdown falls short, positive
    // when it plans more than the goal. Meaningless for a village (no children).
    GoalFigures difference() const { return children.minus(goal); }
};
