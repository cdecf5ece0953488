// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/CardPrintRow.h"
#include "cards/HouseholdCard.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <memory>

class CountyDatabase;
class Transaction;

// The print log (card_print): each card of a print run gets the county's next print number,
// drawn on the card and carried by its QR code, and an entry naming the household, the template,
// the year, the account and the time. A run's entries are written in one transaction that
// commit() ends once the output is in place: a run that fails or is cancelled logs nothing and
// its numbers are given again. Printing is refused in words, before any card is drawn, to an
// account that may not print the household's cards and on a file opened read-only.
class CardPrintLog
{
    Q_DECLARE_TR_FUNCTIONS(CardPrintLog)

public:
    CardPrintLog(CountyDatabase &db, const QString &templateName, const QString &layout);
    ~CardPrintLog(); // not committed: nothing is logged
    CardPrintLog(const CardPrintLog &) = delete;
    CardPrintLog &operator=(const CardPrintLog &) = delete;

    // Starts the run's transaction.
    Status begin();
    // Gives the card its print number and logs it within the run.
    Status stamp(HouseholdCard &card);
    Status commit();
    int logged() const { return m_logged; }

    // A household's prints, oldest first (read scope as the household's).
    static Result<QList<CardPrintRow>> ofHousehold(const CountyDatabase &db, qint64 householdId);

private:
    CountyDatabase &m_db;
    QString m_template;
    QString m_layout;
    std::unique_ptr<Transaction> m_transaction;
    qint64 m_next = 0;
    int m_logged = 0;
};
