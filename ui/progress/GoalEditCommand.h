// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/AnnualGoal.h"

#include <QList>
#include <QUndoCommand>

class GoalsTableModel;

// One edit of the goals grid until it is saved (a typed cell, a pasted block, cleared cells): the
// goals it changed, before and after, so that undo and redo swap them back in whole.
class GoalEditCommand : public QUndoCommand
{
public:
    struct Change
    {
        int goal = 0; // the model's index of the goal
        AnnualGoal before;
        AnnualGoal after;
    };

    GoalEditCommand(GoalsTableModel &model, QList<Change> changes, const QString &text);
    void undo() override;
    void redo() override;

private:
    GoalsTableModel &m_model;
    QList<Change> m_changes;
};
