// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Account.h"
#include "accounts/ReadScope.h"
#include "common/Result.h"
#include "db/RecordFields.h"

#include <QCoreApplication>

#include <optional>

class CountyDatabase;

// What each role may do, and where. Every write in core asks here first, as the acting account of
// the county database, so the GUI, the CLI and an import are held to the same rule; the UI only
// asks allows() to hide what would be refused anyway. Every read of personal data asks here too:
// a list filters by readScope(), a single record is refused by checkReadHousehold() or checkRead().
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    enum class Action {
        EditHousehold, // households, members, incomes, living conditions, risks (scoped)
        EditAssistance, // pairings, measures, visits (scoped)
        ProposeStatus, // propose an exit (scoped)
        AnnounceStatus, // start the public notice of an exit (scoped)
        ApproveStatus, // identify, exit, relapse, start monitoring, eliminate a risk
        EditCountyData, // assistance units, cadres, work teams, projects and funds
        ChangeSettings, // county settings, divisions, code lists, the demo
        ManageAccounts,
        BackUpCounty, // a copy of the whole county (every village's people) into a folder
        RestoreCounty, // replace the county file with a backup
        SetGoals, // annual goals and timetables: the county level the county's and townships', a township its
                  // villages' (checkGoal)
        SetStandards, // the poverty line and the monitoring threshold of a year (county level)
        PrintCards, // print households' cards, each logged with a print number (scoped)
    };

    // Whether the role may ever take the action (anywhere): for menus and buttons.
    static bool allows(Role role, Action action);
    static bool allows(const Account &account, Action action) { return account.active && allows(account.role, action); }

    // Whether the acting account may take the action; for scoped actions, in the division (a
    // village, or any division below or above it: a division is in scope when it or one of its
    // parents is). Refused with a message that names the account, the rule and the place.
    static Status check(const CountyDatabase &db, Action action, qint64 divisionId = 0);
    // The same for a write under a rule of the record machinery, for the household it belongs to
    // (0: none). A kind of record names its rule in its declaration: checkWrite<Visit>(db, id).
    static Status checkWrite(const CountyDatabase &db, RecordFields::WriteAccess access, qint64 householdId);
    template <typename T> static Status checkWrite(const CountyDatabase &db, qint64 householdId)
    {
        return checkWrite(db, RecordFields::recordKind<T>().access, householdId);
    }
    static Action actionFor(RecordFields::WriteAccess access);
    // Whether the acting account may read the households of the division (a notice, a list): a
    // county-wide role (the auditor too) anywhere, a township or village account only in its own
    // divisions and those below them, never above (a township holds other villages' households).
    static Status checkRead(const CountyDatabase &db, qint64 divisionId);
    // The same for one household, by the village it is in. A household that does not exist is not
    // refused here: the caller says that it does not exist.
    static Status checkReadHousehold(const CountyDatabase &db, qint64 householdId);
    // The villages whose people the acting account may read, as the file has the account now: read
    // once per call of a list, which then filters in SQL. Refused as checkRead() refuses (nobody
    // signed in, the account removed or deactivated).
    static Result<ReadScope> readScope(const CountyDatabase &db);

    // Whether the acting account may set the annual goal of the division (ProgressGoals): the
    // administrator any; county staff the county's and the townships', not a village's (its township
    // breaks the township's goal down); township staff the villages in their scope only. Village and
    // auditor accounts read goals and set none. Refused in words that name the account and the place.
    static Status checkGoal(const CountyDatabase &db, qint64 divisionId);

    // Whether the division lies in the account's scope (always, for a county-wide role).
    static bool inScope(const CountyDatabase &db, const Account &account, qint64 divisionId);

private:
    static QString actionText(Action action);
    // The step a write (action) and a read (nullopt) share: the account as the file has it now,
    // refused when nobody has signed in, it no longer exists or is deactivated, or (a write) its
    // role never takes the action.
    static Result<Account> actingAccount(const CountyDatabase &db, std::optional<Action> action);
    // The account's scope against the division, for a write (action) or a read (nullopt).
    static Status checkPlace(
        const CountyDatabase &db, const Account &account, std::optional<Action> action, qint64 divisionId);
};
