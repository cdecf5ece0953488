// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class CodeLists;
class CountyDatabase;
class QTableWidget;

// 项目: the projects of the library that benefit the household (its beneficiary links), read-only
// here: they are chosen on the projects page. Enter on a row opens the project there.
class ProjectsSection : public QGroupBox
{
    Q_OBJECT

public:
    ProjectsSection(CountyDatabase &db, const CodeLists &codes, QWidget *parent = nullptr);
    void load(qint64 householdId);

signals:
    void openProjectRequested(qint64 projectId);

private:
    CountyDatabase &m_db;
    const CodeLists &m_codes;
    QTableWidget *m_table = nullptr;
};
