// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

// A loan event (LoanEvent) as the record machinery writes it: appended, never changed.
struct LoanEventRow
{
    RecordMeta meta;
    qint64 loanId = 0;
    QString kind; // repayment, extension, subsidy
    QDate eventDate;
    qint64 amountFen = 0;
    QDate newDueDate;
    qint64 reversesId = 0;
    QString note;
};
