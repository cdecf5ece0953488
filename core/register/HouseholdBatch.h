// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "register/HouseholdSaveLookups.h"

#include <QHash>
#include <QList>

class CountyDatabase;

// Saves many households (an import) inside the caller's transaction, each exactly as
// HouseholdRepository::save saves one: the same normalising, checks, access check, audit and
// refusals, through the same code. What differs is only what a save looks up: the divisions, the
// codes and ID numbers already registered and the account's scope are loaded once (load()) and
// kept up to date with every household saved, the statements are prepared once, and the members'
// names are indexed for search once, by finish().
class HouseholdBatch : public HouseholdSaveLookups
{
public:
    explicit HouseholdBatch(CountyDatabase &db);

    // Reads the indexes; call inside the transaction the saves are written in.
    Status load();
    // As HouseholdRepository::save (a status step is never part of a batch).
    Result<qint64> save(Household &household);
    // Indexes the saved members' names for search; call before committing.
    Status finish();

    std::optional<Place> division(qint64 id) override;
    Result<std::optional<CodeHolder>> codeHolder(const QString &code, qint64 exceptHousehold) override;
    Result<std::optional<IdHolder>> idHolder(const QString &idNumber, qint64 exceptHousehold) override;
    Status checkEdit(qint64 villageId) override;
    RecordWriter &writer() override;
    Status saved(const Household &household) override;

private:
    QHash<qint64, Place> m_divisions;
    // Only which household holds a code or an ID number: a hit (rare, an error) is then asked of
    // the file for the words of the refusal, as a single save asks.
    QHash<QString, qint64> m_householdByCode;
    QHash<QString, QList<qint64>> m_householdsByIdNumber;
    QHash<qint64, Status> m_editChecks; // by village: the account cannot change inside the transaction
    std::optional<RecordWriter> m_writer;
};
