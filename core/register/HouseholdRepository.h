// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "register/Household.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class CountyDatabase;
class HouseholdBatch;
class HouseholdSaveLookups;
class StatusProcedure;

// Only the status procedure can make one: the key to saving a household's status fields.
class StatusProcedureKey
{
    friend class StatusProcedure;
    StatusProcedureKey() = default;
};

// The one way the app reads and writes a household with its members, incomes and living
// conditions: the editor, the CLI and every import call save(). Every save normalises the household,
// refuses it with HouseholdChecks' problems, is one transaction checked against concurrent edits by
// the revision, and leaves one audit_log row per changed field.
class HouseholdRepository
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)

public:
    explicit HouseholdRepository(CountyDatabase &db);

    // Members by position, incomes and living conditions by year. Deleted households load too.
    // Refused, naming the village, for a household outside the acting account's divisions.
    Result<Household> load(qint64 householdId) const;

    // Inserts (meta.id == 0) or updates the household and its rows; members, incomes and living
    // conditions are matched by meta.id (new ones inserted, missing ones deleted), member positions
    // follow list order. On success the household's and its rows' meta (ids, uuids, times,
    // revisions) are updated in place and the household id is returned. Nothing is written when
    // nothing changed, and nothing at all when the save is refused.
    // Changes to the status, exit year and monitoring category are refused: they change only
    // through StatusProcedure, which saves with its key.
    Result<qint64> save(Household &household);
    Result<qint64> save(Household &household, StatusProcedureKey);

    // What save() stores for a household as typed: names and codes trimmed, ID numbers normalised,
    // blank never-saved years dropped, income without a household size given the member count.
    static Household normalized(Household household);

    // Soft delete: the household stays in the file and can be restored. A reason is required.
    Status softDelete(qint64 householdId, const QString &reason);
    Status restore(qint64 householdId);
    // Whether the household is soft-deleted (false when it does not exist).
    bool isDeleted(qint64 householdId) const;

    // Calls visit for every non-deleted household within a division of any level (0 or the
    // county: all), fully loaded, in id order, with one query per table rather than per
    // household. Stops early when visit returns false. Only the households of the acting account's
    // divisions are visited.
    Status forEach(qint64 divisionId, const std::function<bool(const Household &)> &visit) const;

private:
    friend class HouseholdBatch; // saves many households through write(), with its own lookups

    static Status checkPlace(const Household &household, HouseholdSaveLookups &lookups);
    Result<qint64> write(Household &household, bool statusStep, HouseholdSaveLookups &lookups);
    static Status checkUnique(const Household &household, HouseholdSaveLookups &lookups);
    // Deletes (with a reason) or restores (nullopt): one update and its two audit entries.
    Status setDeleted(qint64 householdId, const std::optional<QString> &reason);

    CountyDatabase &m_db;
};
