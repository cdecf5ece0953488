// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

// The goals grid's table, keyed like a spreadsheet: the arrows move, typing replaces the cell (F2
// edits it as it is), Enter commits and moves down, Escape drops the typing, and Tab leaves the
// table whether a cell is being edited or not (the cell being edited is committed first).
class GoalsTableView : public QTableView
{
    Q_OBJECT

public:
    explicit GoalsTableView(QWidget *parent = nullptr);

    // Whether a cell is being typed in.
    bool isEditing() const { return state() == EditingState; }

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent *event) override;
};
