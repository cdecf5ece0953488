// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forces/ForcesPanel.h"

class QLabel;
class QLineEdit;
class QPushButton;

// Cadres (帮扶干部) with search and editor, and below the chosen cadre's households now and in the
// past. Quick entry of a round: Down to a household, Enter, type what was found, Ctrl+Enter.
class CadresPanel : public ForcesPanel
{
    Q_OBJECT

public:
    explicit CadresPanel(QWidget *parent = nullptr);
    void reload() override;
    ListExportJob::Choice exportChoice() const override;
    // Selects the cadre (clearing the search when it hides them) and shows their households.
    void showCadre(qint64 cadreId);

private:
    void edit(bool newCadre);
    void toggleActive();
    void showHouseholds();
    void logVisit();

    QLineEdit *m_search = nullptr;
    ForcesListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_active = nullptr;
    QLabel *m_householdsLabel = nullptr;
    ForcesListModel *m_households = nullptr;
    QTableView *m_householdView = nullptr;
    QList<bool> m_activeRows;
    qint64 m_shown = 0;
};
