// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forces/ForcesPanel.h"

class QCheckBox;

// Village work teams (驻村工作队) of the division: sending unit, term and members with their roles;
// a new team, a member joining or leaving.
class WorkTeamsPanel : public ForcesPanel
{
    Q_OBJECT

public:
    explicit WorkTeamsPanel(QWidget *parent = nullptr);
    void reload() override;
    ListExportJob::Choice exportChoice() const override;

private:
    void newTeam();
    void addMember();
    void removeMember();

    QCheckBox *m_current = nullptr;
    ForcesListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};
