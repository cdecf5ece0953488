// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/ForcesPage.h"
#include "spreadsheets/ListExport.h"

#include "forces/CadresPanel.h"
#include "forces/ContributionsPanel.h"
#include "forces/RemindersPanel.h"
#include "forces/UnitsPanel.h"
#include "forces/WorkTeamsPanel.h"
#include "widgets/AreaIcon.h"

#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

ForcesPage::ForcesPage(QWidget *parent) : WorkspacePage(parent)
{
    setObjectName(QStringLiteral("forcesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("forcesTabs"));
    m_reminders = new RemindersPanel;
    m_cadres = new CadresPanel;
    auto *units = new UnitsPanel;
    auto *teams = new WorkTeamsPanel;
    auto *contributions = new ContributionsPanel;
    m_tabs->addTab(m_reminders, tr("&Reminders"));
    m_tabs->addTab(m_cadres, tr("&Cadres"));
    m_tabs->addTab(units, tr("&Units"));
    m_tabs->addTab(teams, tr("&Work teams"));
    m_tabs->addTab(contributions, tr("&By unit and form"));
    layout->addWidget(m_tabs);
    m_panels = {m_reminders, m_cadres, units, teams, contributions};
    for (ForcesPanel *panel : std::as_const(m_panels)) {
        connect(panel, &ForcesPanel::openHouseholdRequested, this, &WorkspacePage::openHouseholdRequested);
        connect(panel, &ForcesPanel::statusMessage, this, &WorkspacePage::statusMessage);
        connect(panel, &ForcesPanel::openCadreRequested, this, &ForcesPage::showCadre);
        // What one tab changes, the others show: reloaded when next shown.
        connect(panel, &ForcesPanel::changed, this, [this, panel] {
            for (ForcesPanel *other : std::as_const(m_panels)) {
                if (other != panel)
                    other->setProperty("stale", true);
            }
        });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (auto *panel = qobject_cast<ForcesPanel *>(m_tabs->widget(i)); panel && panel->property("stale").toBool()) {
            panel->setProperty("stale", false);
            panel->reload();
        }
    });
}

QString ForcesPage::title() const
{
    return tr("Assistance forces");
}

QIcon ForcesPage::icon() const
{
    return AreaIcon::make(
        tr("F", "the one character on the assistance forces area's icon"), QColor(QStringLiteral("#2f855a")));
}

// Only the tab shown reads the county at once; the others when they are next shown, so that a
// click in the division tree costs one list, not five.
void ForcesPage::setCounty(CountyDatabase *db, const CodeLists *codes)
{
    for (ForcesPanel *panel : std::as_const(m_panels)) {
        const bool shown = panel == m_tabs->currentWidget() || db == nullptr;
        panel->setCounty(db, codes, shown);
        panel->setProperty("stale", !shown);
    }
}

void ForcesPage::setDivision(qint64 divisionId)
{
    m_division = divisionId;
    for (ForcesPanel *panel : std::as_const(m_panels)) {
        const bool shown = panel == m_tabs->currentWidget();
        panel->setDivision(divisionId, shown);
        if (!shown)
            panel->setProperty("stale", true);
    }
}

void ForcesPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void ForcesPage::showCadre(qint64 cadreId)
{
    showTab(Cadres);
    m_cadres->showCadre(cadreId);
}

ListExportJob ForcesPage::exportJob() const
{
    ListExportJob job;
    if (auto *panel = qobject_cast<ForcesPanel *>(m_tabs->currentWidget())) {
        if (ListExportJob::Choice choice = panel->exportChoice(); choice.write)
            job.choices << choice;
    }
    // The current pairings of the division's households, from any tab.
    const qint64 division = m_division;
    job.choices << ListExportJob::Choice{
        tr("Pairings"), [=](ListExport &out, const QString &path) { return out.pairings(division, path); }};
    return job;
}
