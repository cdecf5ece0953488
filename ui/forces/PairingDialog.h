// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class CountyDatabase;
class ForcesListModel;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

// Pairs one or many households with a responsible cadre (结对帮扶): choose an active cadre (their
// households now against their cap are shown), the start date, and a reason when the cap is
// exceeded. Saved through AssistanceForces::pairMany on OK; a refusal is shown and the dialog
// stays open.
class PairingDialog : public QDialog
{
    Q_OBJECT

public:
    PairingDialog(CountyDatabase &db, const QList<qint64> &householdIds, QWidget *parent = nullptr);

    void accept() override;

private:
    void search();

    CountyDatabase &m_db;
    QList<qint64> m_households;
    QLineEdit *m_search = nullptr;
    ForcesListModel *m_model = nullptr;
    QTableView *m_cadres = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
};
