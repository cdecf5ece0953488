// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

// The bound on every amount the county file holds (ledger entries, loans and their events,
// benefits, project budgets and contracts): 10 billion yuan either way. Far above any real amount,
// it keeps the sum of millions of rows exact in 64 bits. Fupin refuses more on entry and the
// file's triggers (schema 011) refuse it from other programs; a row written past them (by a tool
// that dropped the triggers) is named here, so that a sum fails in words instead of SQLite's.
class AmountBounds
{
    Q_DECLARE_TR_FUNCTIONS(AmountBounds)

public:
    static constexpr qint64 MaxFen = 1'000'000'000'000;

    static constexpr bool within(qint64 fen) { return fen >= -MaxFen && fen <= MaxFen; }
    // Adds to a running sum; false, leaving it unchanged, when the result would not fit in 64 bits.
    static bool add(qint64 &sum, qint64 fen) { return !__builtin_add_overflow(sum, fen, &sum); }
    static bool add(Money &sum, qint64 fen)
    {
        const std::optional<Money> r = sum.plus(Money::fromFen(fen));
        if (r)
            sum = *r;
        return r.has_value();
    }
    static bool add(Money &sum, Money amount) { return add(sum, amount.fen()); }

    // The first row whose amount is not a whole number of fen within the bound, named in words
    // (what it is, its table and id, the amount); ok when there is none.
    static Status check(sqlite3 *db);
    // For a read whose sum failed or would overflow: the row to blame, named, when there is one;
    // else `error` as it was.
    static QString explain(sqlite3 *db, const QString &error);
};
