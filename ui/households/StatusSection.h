// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class CodeLists;
class CountyDatabase;
class QPushButton;
class QTableWidget;

// 状态变更: the household's procedure steps so far and the steps the procedure allows now.
// A step is written at once (it is an audited change of its own), so it is offered only when the
// editor has no unsaved changes.
class StatusSection : public QGroupBox
{
    Q_OBJECT

public:
    StatusSection(CountyDatabase &db, const CodeLists &codes, QWidget *parent = nullptr);
    void load(qint64 householdId, bool editorClean);

signals:
    // A step was applied: the editor reloads the household.
    void statusChanged();

private:
    void takeStep(int step);

    CountyDatabase &m_db;
    const CodeLists &m_codes;
    qint64 m_householdId = 0;
    QTableWidget *m_history = nullptr;
    QWidget *m_steps = nullptr;
};
