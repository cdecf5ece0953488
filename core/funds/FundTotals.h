// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Received, allocated and disbursed for one group of the ledger (a source, a type of fund, a form
// or unit of assistance, a project, a division, a household), in fen as of a date.
struct FundTotals
{
    QString key; // the source, project, unit, division or household id, or the type or form code
    QString label; // its name as the user reads it
    qint64 receivedFen = 0;
    qint64 allocatedFen = 0;
    qint64 disbursedFen = 0;

    qint64 unallocatedFen() const { return receivedFen - allocatedFen; }
    qint64 undisbursedFen() const { return allocatedFen - disbursedFen; }
};

// The balances of every source and project, and the county's, as of one date.
struct FundBalances
{
    QList<FundTotals> sources;
    QList<FundTotals> projects;
    FundTotals county;
};
