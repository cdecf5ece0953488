// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class AssistanceRecords;
class CodeLists;
class QTableWidget;

// 帮扶措施, 帮扶责任人 and 走访记录 of a saved household, read-only here: the assistance-forces
// screens edit them.
class AssistanceSection : public QGroupBox
{
    Q_OBJECT

public:
    AssistanceSection(const CodeLists &codes, QWidget *parent = nullptr);
    void load(AssistanceRecords &records, qint64 householdId);

private:
    const CodeLists &m_codes;
    QTableWidget *m_measures = nullptr;
    QTableWidget *m_cadres = nullptr;
    QTableWidget *m_visits = nullptr;
};
