// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forces/ForcesPanel.h"

class QComboBox;
class QLabel;

// By unit and by form (按单位、按帮扶形式): cadres, households paired now, villages covered, visits
// this quarter, measures brought; Enter on a row lists its households below, Enter on one of those
// opens it.
class ContributionsPanel : public ForcesPanel
{
    Q_OBJECT

public:
    explicit ContributionsPanel(QWidget *parent = nullptr);
    void reload() override;

private:
    void drillDown(const QModelIndex &index);

    QComboBox *m_grouping = nullptr;
    QComboBox *m_form = nullptr;
    ForcesListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QStringList m_formOfRow; // by-form rows: the form code of each
    QLabel *m_householdsLabel = nullptr;
    ForcesListModel *m_households = nullptr;
    QTableView *m_householdView = nullptr;
};
