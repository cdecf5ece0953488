// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// The three kinds of entry of the fund ledger (资金台账): money received from a source, allocated
// from a source to a project, and paid out of an allocation to a household or a contractor.
enum class LedgerKind { Receipt, Allocation, Disbursement };

// One row of the ledger as entered, or as read back. A reversal carries the negated amount of the
// entry it reverses and points at it; nothing else ever changes a row.
struct LedgerEntry
{
    LedgerKind kind = LedgerKind::Receipt;
    qint64 id = 0;
    qint64 sourceId = 0; // receipts and allocations; a disbursement's comes from its allocation
    qint64 projectId = 0; // allocations; a disbursement's comes from its allocation
    qint64 allocationId = 0; // disbursements
    qint64 householdId = 0; // disbursements to a household; 0 for a contractor or a batch
    QDate date; // received, allocated or paid on
    qint64 amountFen = 0; // positive; negative only on a reversal
    QString voucherNo; // 凭证号
    QString payee; // disbursements
    QString note; // a reversal's reason
    qint64 reversesId = 0;
    qint64 reversedById = 0; // read back: the entry that reverses this one, if any
    QString enteredBy;
    QString enteredAt;
};
