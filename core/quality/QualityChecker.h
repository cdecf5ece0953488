// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/ReadScope.h"
#include "common/Result.h"
#include "quality/QualityRule.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <functional>
#include <optional>

class CountyDatabase;
struct sqlite3;

// How a long check reports and stops. progress is called on the checking thread every few hundred
// households and once at the end; cancel is read before each household.
struct QualityRun
{
    std::function<void(qint64 checked, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr;
    // From this many households on, a division stored in a file is checked in two halves on two
    // threads, the second on a read-only connection of its own; 0: never.
    qint64 splitFrom = 4000;
};

// Runs the data-quality rules over one household, a division or the whole county.
class QualityChecker
{
    Q_DECLARE_TR_FUNCTIONS(QualityChecker)

public:
    // Divisions are checked within the acting account's divisions (AccessPolicy::readScope).
    explicit QualityChecker(CountyDatabase &db);
    // On a connection of its own (a worker thread's); reads only, within the scope the county's
    // AccessPolicy::readScope gave on the thread that opened it.
    QualityChecker(sqlite3 *handle, const ReadScope &scope);

    // Runs every rule on one household, saved or not (an editor checks before saving). Needs no
    // database: cross-household facts come in the context (see contextFor).
    QList<Finding> checkHousehold(const Household &household, const QualityContext &context) const;

    // The context of one household as the database knows it: its current pairing, other
    // registrations of its members' ID numbers and cadres holding them.
    Result<QualityContext> contextFor(const Household &household, int year) const;

    // Every non-deleted household of a division (0 or the county: all) that the account may read,
    // in household id order.
    // Cross-household facts are gathered with a few set-based queries, then the households stream
    // past the rules once, each with its members and the income and living conditions of `year`.
    // A cancelled run fails with cancelledMessage().
    Result<QList<Finding>> checkDivision(qint64 divisionId, int year, const QualityRun &run = {}) const;

    // checkDivision on the county file opened again, read-only, on the calling thread: a worker
    // thread cannot use the connection of the thread that opened the county.
    static Result<QList<Finding>> checkFile(
        const QString &path, const ReadScope &scope, qint64 divisionId, int year, const QualityRun &run = {});

    static QString cancelledMessage();

private:
    sqlite3 *m_handle = nullptr;
    CountyDatabase *m_db = nullptr; // asked for the scope at each check; null on a worker's connection
    std::optional<ReadScope> m_scope;
};
