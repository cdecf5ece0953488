// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

// A receipt of the fund ledger (资金到账), as the record machinery writes it: FundLedger::append
// builds it from a LedgerEntry.
// Never updated: a mistake is corrected by a reversal, which negates the amount and points at it.
struct FundReceiptRow
{
    RecordMeta meta;
    qint64 sourceId = 0;
    QDate receivedOn;
    qint64 amountFen = 0; // negative only on a reversal
    QString voucherNo; // 凭证号
    qint64 reversesId = 0;
    QString note;
};
