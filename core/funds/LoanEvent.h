// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// A repayment, extension (展期) or interest subsidy of a microcredit loan, as entered; never changed.
struct LoanEvent
{
    enum class Kind { Repayment, Extension, Subsidy };

    qint64 id = 0;
    Kind kind = Kind::Repayment;
    QDate date;
    qint64 amountFen = 0; // repayments and subsidies
    QDate newDueDate; // extensions
    QString note; // for an extension, its reason
    QString enteredBy;
    QString enteredAt;
};
