// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/WorkspacePage.h"

class CadresPanel;
class ForcesPanel;
class QTabWidget;
class RemindersPanel;

// 帮扶力量: the assistance forces area of the workspace. Tabs for the reminders (the lists of what
// to do next), cadres, units and village work teams; the division selected in the shared tree
// filters the households and villages shown.
class ForcesPage : public WorkspacePage
{
    Q_OBJECT

public:
    enum Tab { Reminders, Cadres, Units, WorkTeams, ByUnit };

    explicit ForcesPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setCounty(CountyDatabase *db, const CodeLists *codes) override;
    void setDivision(qint64 divisionId) override;
    ListExportJob exportJob() const override;

    void showTab(Tab tab);
    // Switches to the cadres tab with the cadre selected and their households shown.
    void showCadre(qint64 cadreId);

private:
    QTabWidget *m_tabs = nullptr;
    RemindersPanel *m_reminders = nullptr;
    CadresPanel *m_cadres = nullptr;
    QList<ForcesPanel *> m_panels;
    qint64 m_division = 0; // for an export of the pairings
};
