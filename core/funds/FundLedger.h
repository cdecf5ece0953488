// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "funds/FundTotals.h"
#include "funds/LedgerEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class CountyDatabase;

// The fund ledger: the one way money enters, moves and leaves, and the one place its balances are
// read. Entries are only appended; a mistake is corrected by reverse(). Every operation is refused,
// with the rule named and nothing written, when it would make, on its date or any later date,
//   - a source's allocations exceed what it has received, or
//   - a project's disbursements exceed what was allocated to it (and, for each source, what that
//     source allocated to it).
// The database refuses any UPDATE or DELETE of a ledger row, so history cannot be rewritten.
class FundLedger
{
    Q_DECLARE_TR_FUNCTIONS(FundLedger)

public:
    enum class Grouping { Source, Type, Form, Unit, Project, Division, Household };

    explicit FundLedger(CountyDatabase &db);

    // Appends an entry and returns its id. Uses: receive — sourceId, date, amountFen, voucherNo,
    // note; allocate — sourceId, projectId, date, amountFen, voucherNo, note; disburse —
    // allocationId, date, amountFen, payee, householdId (optional), voucherNo, note.
    Result<qint64> receive(const LedgerEntry &entry);
    Result<qint64> allocate(const LedgerEntry &entry);
    Result<qint64> disburse(const LedgerEntry &entry);
    // Appends the reversal of an entry, dated `date` (not before the entry), with a reason.
    // An entry is reversed at most once and a reversal is never reversed: enter it again instead.
    Result<qint64> reverse(
        LedgerKind kind, qint64 entryId, const QDate &date, const QString &voucherNo, const QString &reason);

    Result<LedgerEntry> entry(LedgerKind kind, qint64 id) const;
    // Entries up to and including asOf (all when invalid), by date then id; 0 means any.
    Result<QList<LedgerEntry>> entries(LedgerKind kind, qint64 sourceId = 0, qint64 projectId = 0,
        qint64 householdId = 0, const QDate &asOf = {}) const;

    // Totals as of the end of `asOf` (today's when invalid), one row per group that has any entry,
    // ordered by key. Received is only known per source, type, form and unit; Project, Division and
    // Household rows carry allocated and disbursed (Household rows: disbursed to it only).
    Result<QList<FundTotals>> totals(Grouping by, const QDate &asOf = {}) const;
    // Every source's and every project's totals and the county's, as of the end of asOf, from one
    // reading of the ledger.
    Result<FundBalances> balances(const QDate &asOf = {}) const;

    // Every broken rule as of any date up to asOf, one sentence each: empty when the ledger
    // reconciles. The ledger's own writes never break them; this reads what is in the file.
    Result<QStringList> reconcile(const QDate &asOf = {}) const;

    static QString kindName(LedgerKind kind);

private:
    struct Sums;
    Result<Sums> readSums(const QDate &asOf, bool households) const;
    Result<QList<FundTotals>> group(Grouping by, const Sums &sums) const;
    Result<qint64> append(LedgerEntry entry);
    Status checkEffect(const LedgerEntry &entry) const;
    Result<QList<LedgerEntry>> read(
        LedgerKind kind, qint64 sourceId, qint64 projectId, qint64 householdId, const QDate &asOf, qint64 id) const;

    CountyDatabase &m_db;
};
