// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QWidget>

class CountyDatabase;
class GoalsTableModel;
class GoalsTableView;
class QLabel;
class QPushButton;
class QSpinBox;
class RefusalLabel;

// The annual goals and timetable of a year, edited like a spreadsheet (年度目标与时间表): the county,
// its townships and villages down, the months across with the year's households and people, and
// under each division with children their sum and its difference from the division's goal. Cells
// the account may not change are grey and say why; typing, Delete, Ctrl+V (a block from a
// spreadsheet), Ctrl+C, Ctrl+Z and Ctrl+Shift+Z work on the cells. Save writes every changed goal
// through ProgressGoals::save, all or none. The progress page shows it as one of its tabs.
class GoalsGrid : public QWidget
{
    Q_OBJECT

public:
    explicit GoalsGrid(QWidget *parent = nullptr);

    // The county opened (null: closed) or the account changed: the goals are read again.
    void setCounty(CountyDatabase *db);
    // Shows the year's goals; refused (the year stays) while there are unsaved changes.
    void setYear(int year);
    int year() const;
    bool hasUnsavedChanges() const;
    // Saves the changed goals; on refusal they stay in the grid and the reason shows under it.
    Status save();
    // Reads the year's goals again, dropping unsaved changes.
    void reload();
    // Pastes the clipboard's text at the current cell (GoalsTableModel::paste).
    Status pasteClipboard();

    GoalsTableView *view() const { return m_view; }
    GoalsTableModel *model() const { return m_model; }
    QSpinBox *yearBox() const { return m_year; }
    QPushButton *saveButton() const { return m_save; }
    RefusalLabel *refusal() const { return m_error; }

signals:
    void goalsSaved(int year);
    void statusMessage(const QString &message);

private:
    void updateState();
    void refuse(const Status &s);

    CountyDatabase *m_db = nullptr;
    GoalsTableModel *m_model = nullptr;
    GoalsTableView *m_view = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_kind = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    RefusalLabel *m_error = nullptr;
};
