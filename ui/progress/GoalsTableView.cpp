// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/GoalsTableView.h"

#include "widgets/TableKeys.h"

#include <QKeyEvent>

GoalsTableView::GoalsTableView(QWidget *parent) : QTableView(parent)
{
    TableKeys::apply(this);
    setEditTriggers(
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
}

void GoalsTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache: {
        // Enter committed the cell: on to the one below, as in a spreadsheet.
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        const QModelIndex below = moveCursor(QAbstractItemView::MoveDown, Qt::NoModifier);
        if (below.isValid())
            setCurrentIndex(below);
        return;
    }
    case QAbstractItemDelegate::EditNextItem:
    case QAbstractItemDelegate::EditPreviousItem:
        // Tab committed the cell: the focus leaves the table instead of editing the next cell.
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        if (hint == QAbstractItemDelegate::EditNextItem)
            focusNextChild();
        else
            focusPreviousChild();
        return;
    default:
        QTableView::closeEditor(editor, hint);
    }
}

void GoalsTableView::keyPressEvent(QKeyEvent *event)
{
    // Enter on a cell not being edited moves down, as in a spreadsheet (F2 or typing edits).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState) {
        const QModelIndex below = moveCursor(QAbstractItemView::MoveDown, Qt::NoModifier);
        if (below.isValid())
            setCurrentIndex(below);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
