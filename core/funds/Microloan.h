// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

// A poverty-alleviation microcredit loan (扶贫小额信贷), DOMAIN.md §5: up to 50,000 yuan, up to
// three years, no collateral, for production only, to a member aged 18–65 on the loan date.
struct Microloan
{
    static constexpr qint64 MaxAmountFen = 50'000'00;
    static constexpr int MaxTermMonths = 36;
    static constexpr int MinAge = 18;
    static constexpr int MaxAge = 65;

    RecordMeta meta;
    qint64 householdId = 0;
    qint64 memberId = 0; // the borrower; 0 once the member has left the household
    QString borrowerName; // filled from the member when the loan is saved
    QString borrowerIdNumber;
    QString bank;
    qint64 amountFen = 0;
    QDate loanDate;
    int termMonths = 0;
    QDate dueDate; // loanDate + termMonths, set when the loan is saved
    QString purposeCode; // MicroloanBook::purposes(): production only
    QString purpose; // what the money is for, in words
    int interestRatePermille = 0; // the benchmark rate, fully subsidised

    friend bool operator==(const Microloan &, const Microloan &) = default;
};
