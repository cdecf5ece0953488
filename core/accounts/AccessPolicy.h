// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Account.h"
#include "common/Result.h"
#include "db/RecordFields.h"

#include <QCoreApplication>

class CountyDatabase;

// What each role may do, and where. Every write in core asks here first, as the acting account of
// the county database, so the GUI, the CLI and an import are held to the same rule; the UI only
// asks allows() to hide what would be refused anyway.
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

    // Whether the division lies in the account's scope (always, for a county-wide role).
    static bool inScope(const CountyDatabase &db, const Account &account, qint64 divisionId);

private:
    static QString actionText(Action action);
};
