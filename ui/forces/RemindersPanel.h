// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forces/ForcesPanel.h"

class EmptyListHint;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

// The lists that say what to do next: households without a responsible cadre (select them and pair
// them in bulk), cadres over their cap, cadres with no visit to a household in N days (N is the
// county's setting), poor villages without a current work team of three. Enter opens the household
// or the cadre.
class RemindersPanel : public ForcesPanel
{
    Q_OBJECT

public:
    enum List { Unpaired, OverCap, WithoutVisit, VillagesWithoutTeam };

    explicit RemindersPanel(QWidget *parent = nullptr);
    void reload() override;
    ListExportJob::Choice exportChoice() const override;
    void showList(List list);

private:
    void open(const QModelIndex &index);
    void pairSelected();

    QComboBox *m_list = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_daysLabel = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_pair = nullptr;
    ForcesListModel *m_models[4] = {};
    QTableView *m_view = nullptr;
    EmptyListHint *m_empty = nullptr;
};
