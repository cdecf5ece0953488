// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "progress/DivisionGoal.h"

#include <QAbstractTableModel>
#include <QList>

class QUndoStack;

// The goals of one year as the goals grid edits them: the county, each township followed by its
// villages, and under every division that has children a row of their sum with its difference from
// the division's goal (read-only). Columns: the division, the households planned in each month,
// the year's households and its people. Edits stay here, each an undo command, until the grid saves
// the changed goals through ProgressGoals::save.
//
// The year's households follow the months while they agree: typing a month of a goal whose months
// add up to its households (or a goal with neither) moves the households with it; once they
// differ, the households stay as typed and the difference is shown on the cell.
class GoalsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DivisionColumn = 0,
        FirstMonthColumn = 1,
        LastMonthColumn = 12,
        HouseholdsColumn,
        PeopleColumn,
        ColumnCount
    };
    enum class RowKind { Goal, ChildrenSum };

    explicit GoalsTableModel(QObject *parent = nullptr);

    // The goals as ProgressGoals::forYear read them, and for each division the account may not
    // change why not (AccessPolicy's words); every edit and the undo history are dropped.
    void setGoals(int year, const QList<DivisionGoal> &goals, const QHash<qint64, QString> &refusals);
    int year() const { return m_year; }
    QUndoStack *undoStack() const { return m_undo; }

    bool isDirty() const;
    // The goals whose figures differ from what was read, for ProgressGoals::save.
    QList<AnnualGoal> changedGoals() const;

    RowKind kindAt(int row) const;
    qint64 divisionAt(int row) const; // the division, or for a sum row the division whose children it sums
    int rowOf(qint64 divisionId) const;
    int sumRowOf(qint64 divisionId) const; // -1 when the division has no children
    // Why the account may not change the row (empty when it may); a sum row is never changed.
    QString refusalAt(int row) const;
    // The goal as edited, or the children's sum; for a sum row, the sum minus the division's goal.
    GoalFigures figuresAt(int row) const;
    GoalFigures differenceAt(int row) const;
    bool isEditable(int row, int column) const;

    // A cell typed: a whole number of households or people (empty is 0; "1,200" is 1200). Refused in
    // words for anything else and for a cell the account may not change.
    Status setCellText(int row, int column, const QString &text);
    // A block copied from a spreadsheet (rows by newline, cells by tab) pasted with its top left at the
    // cell: all cells or none, one undo step. Sum rows in the way are skipped (a block of villages
    // pastes onto the villages); pasted on the division column, a first column of names is skipped.
    Status paste(int row, int column, const QString &text);
    // The cells as a spreadsheet takes them (tab-separated rows), each row of the rectangle around them.
    QString copy(const QModelIndexList &cells) const;
    // Sets the editable cells among them to empty (0), one undo step.
    Status clear(const QModelIndexList &cells);

    // Used by GoalEditCommand: puts a goal's edited figures back as they were or will be.
    void replaceGoal(int goal, const AnnualGoal &figures);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void dirtyChanged(bool dirty);
    // A typed cell was refused (not a number, or a cell the account may not change), in words.
    void refused(const QString &why);

private:
    struct Goal
    {
        DivisionGoal read;
        AnnualGoal edited;
        QString refusal;
        QList<int> children; // indexes into m_goals
    };
    struct Row
    {
        RowKind kind;
        int goal; // the goal, or the goal whose children the row sums
    };

    static int valueOf(const AnnualGoal &g, int column);
    static void setValue(AnnualGoal &g, int column, int value);
    static Result<int> parseCount(const QString &text);
    QString cellName(int row, int column) const;
    GoalFigures sumOfChildren(int goal) const;
    QString sumTooltip(int row, int column) const;
    // Applies the values (goal row, column, value) as one undo step.
    struct CellValue
    {
        int row;
        int column;
        int value;
    };
    void apply(const QList<CellValue> &values, const QString &text);
    void refresh();

    int m_year = 0;
    QList<Goal> m_goals;
    QList<Row> m_rows;
    QUndoStack *m_undo = nullptr;
    bool m_wasDirty = false;
};
