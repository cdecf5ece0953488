// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class CountyDatabase;
class QComboBox;
class QLineEdit;
class QSpinBox;
class RefusalLabel;

// Enters one policy benefit (政策享受) for one household, or the same benefit for a list of
// households in one go (BenefitBook::saveForHouseholds: all or none). A refusal is shown in the
// dialog, which stays open with what was typed.
class BenefitDialog : public QDialog
{
    Q_OBJECT

public:
    // `label` names the households for the user ("household 5226…", "37 households").
    BenefitDialog(CountyDatabase &db, const QList<qint64> &householdIds, int year, const QString &label,
        QWidget *parent = nullptr);

    // How many benefits were saved once accepted.
    int savedCount() const { return m_saved; }
    void accept() override;

private:
    CountyDatabase &m_db;
    QList<qint64> m_households;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_note = nullptr;
    RefusalLabel *m_error = nullptr;
    int m_saved = 0;
};
