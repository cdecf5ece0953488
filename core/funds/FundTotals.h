// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"

#include <QList>
#include <QString>

// Received, allocated and disbursed for one group of the ledger (a source, a type of fund, a form
// or unit of assistance, a project, a division, a household), as of a date.
struct FundTotals
{
    QString key; // the source, project, unit, division or household id, or the type or form code
    QString label; // its name as the user reads it
    Money received;
    Money allocated;
    Money disbursed;

    // Differences of sums the ledger bounds (AmountBounds), so they cannot overflow.
    Money unallocated() const { return Money::fromFen(received.fen() - allocated.fen()); }
    Money undisbursed() const { return Money::fromFen(allocated.fen() - disbursed.fen()); }
};

// The balances of every source and project, and the county's, as of one date.
struct FundBalances
{
    QList<FundTotals> sources;
    QList<FundTotals> projects;
    FundTotals county;
};
