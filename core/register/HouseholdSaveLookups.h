// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "county/CodeLists.h"
#include "db/RecordWriter.h"
#include "register/Household.h"

#include <QString>

#include <optional>

class CountyDatabase;

// What saving a household looks up beyond the household itself: the divisions it names, who else
// holds its code or its people's ID numbers, whether the acting account may change its village,
// and the code lists; and the writer it writes with. These ask the file at each save, as the
// editor saves one household; HouseholdBatch answers from indexes loaded once for a bulk import.
// The rules that use the answers are HouseholdRepository's alone, for both.
class HouseholdSaveLookups
{
public:
    // A division as the place check reads it.
    struct Place
    {
        qint64 parentId = 0;
        int level = 0;
        QString name;
        QString code;
    };
    // Another household holding a code.
    struct CodeHolder
    {
        bool deleted = false;
        QString headName;
    };
    // The person and household holding an ID number elsewhere.
    struct IdHolder
    {
        QString name;
        QString householdCode;
        bool deleted = false;
    };

    explicit HouseholdSaveLookups(CountyDatabase &db);
    virtual ~HouseholdSaveLookups();
    HouseholdSaveLookups(const HouseholdSaveLookups &) = delete;
    HouseholdSaveLookups &operator=(const HouseholdSaveLookups &) = delete;

    virtual std::optional<Place> division(qint64 id);
    // The household other than `exceptHousehold` with this code, if any.
    virtual Result<std::optional<CodeHolder>> codeHolder(const QString &code, qint64 exceptHousehold);
    // The person of a household other than `exceptHousehold` with this ID number, if any: a
    // household not deleted first.
    virtual Result<std::optional<IdHolder>> idHolder(const QString &idNumber, qint64 exceptHousehold);
    // AccessPolicy::check of editing households in the village.
    virtual Status checkEdit(qint64 villageId);
    virtual const CodeLists &codes();
    // The writer of the next save: a new one for each save here.
    virtual RecordWriter &writer();
    // Called inside the save's transaction once the household is written: the editor's save
    // indexes its members' names for search at once.
    virtual Status saved(const Household &household);

protected:
    CountyDatabase &m_db;

private:
    std::optional<CodeLists> m_codes;
    std::optional<RecordWriter> m_writer;
};
