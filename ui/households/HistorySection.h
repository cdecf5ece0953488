// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class CountyDatabase;
class QPushButton;
class QTableWidget;

// 变更记录: every saved change of the household from the audit log. Reverting a change writes a
// new, audited change; history is never rewritten.
class HistorySection : public QGroupBox
{
    Q_OBJECT

public:
    explicit HistorySection(CountyDatabase &db, QWidget *parent = nullptr);
    void load(qint64 householdId, bool editorClean);

signals:
    void reverted();

private:
    void revertSelected();

    CountyDatabase &m_db;
    QTableWidget *m_table = nullptr;
    QPushButton *m_revert = nullptr;
    bool m_clean = true;
};
