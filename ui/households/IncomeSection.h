// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "county/PovertyStandards.h"

#include <QGroupBox>

class EditorBinder;
class QLabel;

// 收入情况 for the editor's year, typed in yuan, with the per-capita net income computed as it is
// typed and set against that year's poverty line and monitoring threshold.
class IncomeSection : public QGroupBox
{
    Q_OBJECT

public:
    IncomeSection(EditorBinder &binder, const PovertyStandards &standards, QWidget *parent = nullptr);

private:
    void updateSummary();

    EditorBinder &m_binder;
    PovertyStandards m_standards;
    QLabel *m_summary = nullptr;
};
