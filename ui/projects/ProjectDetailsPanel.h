// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class CountyDatabase;
class QLabel;
class QListWidget;
class QTableWidget;

// The selected project's page below the list: its funds from the ledger (allocated and disbursed,
// entry by entry, in yuan), its beneficiary households and its lifecycle history.
class ProjectDetailsPanel : public QTabWidget
{
    Q_OBJECT

public:
    explicit ProjectDetailsPanel(QWidget *parent = nullptr);

    // Shows the project (0: none) of the county (nullptr: none).
    void showProject(CountyDatabase *db, qint64 projectId, qint64 budgetFen = 0);

private:
    void showFunds(CountyDatabase &db, qint64 projectId, qint64 budgetFen);
    void showBeneficiaries(CountyDatabase &db, qint64 projectId);
    void showHistory(CountyDatabase &db, qint64 projectId);

    QLabel *m_fundsTotal = nullptr;
    QTableWidget *m_funds = nullptr;
    QTableWidget *m_beneficiaries = nullptr;
    QListWidget *m_history = nullptr;
};
