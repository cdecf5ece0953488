// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class CountyDatabase;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

// Logs a visit (走访) to a household: today's date, the cadre, what was found and done, and an
// optional follow-up date. Quick to fill from the keyboard: the findings have the focus, Tab goes
// on, Ctrl+Enter saves. Saved through AssistanceForces::saveVisit.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    // cadres: the cadres to choose from (id, name), `cadreId` chosen first.
    VisitDialog(CountyDatabase &db, qint64 householdId, const QList<QPair<qint64, QString>> &cadres, qint64 cadreId,
        QWidget *parent = nullptr);

    void accept() override;

private:
    CountyDatabase &m_db;
    qint64 m_household;
    QDateEdit *m_date = nullptr;
    QComboBox *m_cadre = nullptr;
    QPlainTextEdit *m_findings = nullptr;
    QPlainTextEdit *m_actions = nullptr;
    QCheckBox *m_followUp = nullptr;
    QDateEdit *m_followUpDate = nullptr;
    QLabel *m_error = nullptr;
};
