// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/GoalEditCommand.h"

#include "progress/GoalsTableModel.h"

GoalEditCommand::GoalEditCommand(GoalsTableModel &model, QList<Change> changes, const QString &text)
    : QUndoCommand(text), m_model(model), m_changes(std::move(changes))
{ }

void GoalEditCommand::undo()
{
    for (const Change &c : std::as_const(m_changes))
        m_model.replaceGoal(c.goal, c.before);
}

void GoalEditCommand::redo()
{
    for (const Change &c : std::as_const(m_changes))
        m_model.replaceGoal(c.goal, c.after);
}
