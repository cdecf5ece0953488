// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

// A payment of the fund ledger (资金拨付) out of an allocation, as the record machinery writes it.
// Never updated: a mistake is corrected by a reversal, which negates the amount and points at it.
struct FundDisbursementRow
{
    RecordMeta meta;
    qint64 allocationId = 0;
    qint64 sourceId = 0; // the allocation's
    qint64 projectId = 0; // the allocation's
    QDate paidOn;
    QString payee;
    qint64 householdId = 0; // 0 for a contractor or a batch
    qint64 amountFen = 0; // negative only on a reversal
    QString voucherNo; // 凭证号
    qint64 reversesId = 0;
    QString note;
};
