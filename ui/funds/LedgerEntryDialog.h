// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "funds/LedgerEntry.h"
#include "widgets/RefusalLabel.h"

#include <QDialog>

class CountyDatabase;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// Enters one receipt, allocation or disbursement through FundLedger. A refusal is shown in the
// dialog, which stays open with what was typed, so the user can correct it.
class LedgerEntryDialog : public QDialog
{
    Q_OBJECT

public:
    LedgerEntryDialog(CountyDatabase &db, LedgerKind kind, QWidget *parent = nullptr);

    // The id of the entry once accepted.
    qint64 enteredId() const { return m_enteredId; }

    void accept() override;

private:
    CountyDatabase &m_db;
    LedgerKind m_kind;
    QComboBox *m_source = nullptr;
    QComboBox *m_project = nullptr;
    QComboBox *m_allocation = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_voucher = nullptr;
    QLineEdit *m_payee = nullptr;
    QLineEdit *m_household = nullptr;
    QLineEdit *m_note = nullptr;
    RefusalLabel *m_error = nullptr;
    qint64 m_enteredId = 0;
};
