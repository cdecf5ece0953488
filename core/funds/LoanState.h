// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"

#include <QDate>
#include <QString>

// Where a loan stands on a date: repaid, outstanding, its due date after any extension. Reversed
// events count for nothing from their reversal's date on.
struct LoanState
{
    qint64 loanId = 0;
    qint64 householdId = 0;
    QString householdCode;
    QString villageName;
    QString borrowerName;
    QString bank;
    Money amount;
    QDate loanDate;
    QDate dueDate; // the latest standing extension's, else the loan's
    Money repaid;
    Money subsidy;

    // Never negative: repayments are refused beyond the loan (MicroloanBook, and the file's rules).
    Money outstanding() const { return Money::fromFen(amount.fen() - repaid.fen()); }
    // Not fully repaid and past its due date on asOf (逾期).
    bool isOverdue(const QDate &asOf) const { return outstanding() > Money() && dueDate < asOf; }
    // Not fully repaid and due from asOf to asOf + days.
    bool isDueWithin(int days, const QDate &asOf) const
    {
        return outstanding() > Money() && dueDate >= asOf && dueDate <= asOf.addDays(days);
    }
};
