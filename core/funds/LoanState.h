// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// Where a loan stands on a date: repaid, outstanding, its due date after any extension.
struct LoanState
{
    qint64 loanId = 0;
    qint64 householdId = 0;
    QString householdCode;
    QString villageName;
    QString borrowerName;
    QString bank;
    qint64 amountFen = 0;
    QDate loanDate;
    QDate dueDate; // the latest extension's, else the loan's
    qint64 repaidFen = 0;
    qint64 subsidyFen = 0;

    qint64 outstandingFen() const { return amountFen - repaidFen; }
    // Not fully repaid and past its due date on asOf (逾期).
    bool isOverdue(const QDate &asOf) const { return outstandingFen() > 0 && dueDate < asOf; }
    // Not fully repaid and due from asOf to asOf + days.
    bool isDueWithin(int days, const QDate &asOf) const
    {
        return outstandingFen() > 0 && dueDate >= asOf && dueDate <= asOf.addDays(days);
    }
};
