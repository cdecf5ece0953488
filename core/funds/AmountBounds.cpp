// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/AmountBounds.h"

#include "common/Money.h"
#include "db/SqliteReader.h"

namespace {

struct AmountColumn
{
    const char *table;
    const char *column;
    const char *what; // for tr()
};

// Every amount column of the county file, in the order a reader of the ledger meets them.
constexpr AmountColumn Columns[] = {
    {"fund_receipt", "amount_fen", QT_TRANSLATE_NOOP("AmountBounds", "fund receipt")},
    {"fund_allocation", "amount_fen", QT_TRANSLATE_NOOP("AmountBounds", "fund allocation")},
    {"fund_disbursement", "amount_fen", QT_TRANSLATE_NOOP("AmountBounds", "fund payment")},
    {"microloan", "amount_fen", QT_TRANSLATE_NOOP("AmountBounds", "microcredit loan")},
    {"loan_event", "amount_fen", QT_TRANSLATE_NOOP("AmountBounds", "loan repayment or subsidy")},
    {"household_benefit", "amount_fen", QT_TRANSLATE_NOOP("AmountBounds", "policy benefit")},
    {"project", "budget_fen", QT_TRANSLATE_NOOP("AmountBounds", "project budget")},
    {"project_event", "contract_fen", QT_TRANSLATE_NOOP("AmountBounds", "project contract")},
};

} // namespace

Status AmountBounds::check(sqlite3 *db)
{
    for (const AmountColumn &c : Columns) {
        // A text or a real number out of range is as wrong as a too large integer.
        SqliteReader s(db,
            QStringLiteral("SELECT id, CAST(%2 AS TEXT) FROM %1 WHERE typeof(%2) <> 'integer' OR %2 > ?1 OR %2 < -?1 "
                           "ORDER BY id LIMIT 1")
                .arg(QLatin1String(c.table), QLatin1String(c.column)));
        s.bind(1, MaxFen);
        if (s.step())
            return Status::failure(tr("The %1 %2 (table %3, row %2) holds an amount of %4 fen, outside what any "
                                      "amount may be (at most %5 yuan either way): the file was changed outside "
                                      "Fupin. Restore a backup, or have that row corrected.")
                                       .arg(tr(c.what))
                                       .arg(s.integer(0))
                                       .arg(QLatin1String(c.table), s.text(1), Money::fromFen(MaxFen).toString()));
        // A table missing from a damaged file is for the file check to report; go on with the others.
    }
    return {};
}

QString AmountBounds::explain(sqlite3 *db, const QString &error)
{
    const Status s = check(db);
    return s ? error : s.error();
}
