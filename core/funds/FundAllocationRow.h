// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

// An allocation of the fund ledger (资金分配) from a source to a project, as the record machinery
// writes it.
// Never updated: a mistake is corrected by a reversal, which negates the amount and points at it.
struct FundAllocationRow
{
    RecordMeta meta;
    qint64 sourceId = 0;
    qint64 projectId = 0;
    QDate allocatedOn;
    qint64 amountFen = 0; // negative only on a reversal
    QString voucherNo; // 凭证号
    qint64 reversesId = 0;
    QString note;
};
