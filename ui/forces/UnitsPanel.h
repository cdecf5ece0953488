// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forces/ForcesPanel.h"

class QComboBox;
class QPushButton;

// Assistance units (帮扶单位) by form and level: add, change, mark inactive, delete one not in use.
class UnitsPanel : public ForcesPanel
{
    Q_OBJECT

public:
    explicit UnitsPanel(QWidget *parent = nullptr);
    void reload() override;
    ListExportJob::Choice exportChoice() const override;

private:
    void edit(bool newUnit);
    void toggleActive();
    void remove();
    void fillFilters();

    QComboBox *m_form = nullptr;
    QComboBox *m_level = nullptr;
    ForcesListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_active = nullptr;
    QList<bool> m_activeRows;
};
