// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "funds/LedgerEntry.h"
#include "widgets/RefusalLabel.h"

#include <QDialog>

class CountyDatabase;
class QDateEdit;
class QLabel;
class QLineEdit;

// Corrects a ledger entry the only way the ledger allows: a reversing entry with a reason.
class ReversalDialog : public QDialog
{
    Q_OBJECT

public:
    ReversalDialog(CountyDatabase &db, const LedgerEntry &entry, QWidget *parent = nullptr);
    void accept() override;

private:
    CountyDatabase &m_db;
    LedgerEntry m_entry;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_voucher = nullptr;
    QLineEdit *m_reason = nullptr;
    RefusalLabel *m_error = nullptr;
};
