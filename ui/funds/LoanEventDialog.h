// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "funds/LoanEvent.h"

#include <QDialog>

class CountyDatabase;
class QDateEdit;
class QLineEdit;
class RefusalLabel;

// Enters a repayment, an extension (展期) or an interest subsidy of one loan through
// MicroloanBook; a refusal (more than is owed, an earlier due date, no reason) is shown in the
// dialog, which stays open.
class LoanEventDialog : public QDialog
{
    Q_OBJECT

public:
    LoanEventDialog(CountyDatabase &db, qint64 loanId, LoanEvent::Kind kind, QWidget *parent = nullptr);

    void accept() override;

private:
    CountyDatabase &m_db;
    qint64 m_loanId;
    LoanEvent::Kind m_kind;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_amount = nullptr;
    QDateEdit *m_newDue = nullptr;
    QLineEdit *m_note = nullptr;
    RefusalLabel *m_error = nullptr;
};
