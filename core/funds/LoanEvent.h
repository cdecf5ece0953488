// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"

#include <QDate>
#include <QString>

// A repayment, extension (展期) or interest subsidy of a microcredit loan, as entered; never changed.
// A mistyped event is corrected by its reversal: a new event of the same kind that negates its
// amount (an extension's reversal withdraws its new due date) and points at it.
struct LoanEvent
{
    enum class Kind { Repayment, Extension, Subsidy };

    qint64 id = 0;
    qint64 loanId = 0;
    Kind kind = Kind::Repayment;
    QDate date;
    Money amount; // repayments and subsidies; negative on a reversal
    QDate newDueDate; // extensions
    QString note; // for an extension, its reason; for a reversal, why
    qint64 reversesId = 0; // a reversal: the event it reverses
    qint64 reversedById = 0; // read back: the reversal of this event, if any
    QString enteredBy;
    QString enteredAt;

    bool isReversal() const { return reversesId != 0; }
};
