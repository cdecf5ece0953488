// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "db/RecordFields.h"

class CountyDatabase;

// Who may read and write what, as the record machinery asks it: the accounts area installs its
// policy here once, before main (AccessPolicy), so that core/db applies it without knowing roles or
// scopes. Until a policy is installed every write and every household read is refused.
namespace AccessGate {

struct Policy
{
    // A write under a kind's declared rule to a household's data (0: none).
    Status (*checkWrite)(const CountyDatabase &db, RecordFields::WriteAccess access, qint64 householdId) = nullptr;
    // Reading one household's records.
    Status (*checkReadHousehold)(const CountyDatabase &db, qint64 householdId) = nullptr;
    // " AND <villageColumn> IN (…)" limiting a list to the acting account's villages, empty for a
    // county-wide account.
    Result<QString> (*andVillageInScope)(const CountyDatabase &db, const QString &villageColumn) = nullptr;
};

bool install(const Policy &policy);

Status checkWrite(const CountyDatabase &db, RecordFields::WriteAccess access, qint64 householdId);
template <typename T> Status checkWrite(const CountyDatabase &db, qint64 householdId)
{
    return checkWrite(db, RecordFields::recordKind<T>().access, householdId);
}
Status checkReadHousehold(const CountyDatabase &db, qint64 householdId);
Result<QString> andVillageInScope(const CountyDatabase &db, const QString &villageColumn);

} // namespace AccessGate
