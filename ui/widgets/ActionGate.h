// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccessPolicy.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <optional>

class CountyDatabase;
class QAction;
class QWidget;

// Offers an action only where core allows it: asks AccessPolicy (and whether the file is open for
// writing) for the signed-in account, and disables the control with core's reason as its tooltip,
// so that nobody types a form that is refused only at the end.
class ActionGate
{
    Q_DECLARE_TR_FUNCTIONS(ActionGate)

public:
    // Whether the account signed in to db may take the action in the division (0: anywhere), with
    // the reason when not.
    static Status ask(const CountyDatabase *db, AccessPolicy::Action action, qint64 divisionId = 0);
    // The same for a write of a kind of record for one household (AccessPolicy::checkWrite).
    static Status askWrite(const CountyDatabase *db, RecordFields::WriteAccess access, qint64 householdId);
    // Enables the control when may is ok; else disables it and shows the reason as its tooltip (the
    // tooltip it had comes back once allowed).
    static void apply(QWidget *control, const Status &may);
    static void apply(QAction *action, const Status &may);

    // ask() and apply() in one, and the question kept on the control so that it can be asked again
    // (asked()): a test compares every control's state with core's answer for each account. also is
    // a further condition of the control (a row chosen first) that can only disable it.
    static void offer(QWidget *control, const CountyDatabase *db, AccessPolicy::Action action, qint64 divisionId = 0,
        const Status &also = Status());
    static void offer(QAction *control, const CountyDatabase *db, AccessPolicy::Action action, qint64 divisionId = 0,
        const Status &also = Status());
    // The same for a write of a kind of record for one household (AccessPolicy::checkWrite).
    static void offerWrite(QWidget *control, const CountyDatabase *db, RecordFields::WriteAccess access,
        qint64 householdId, const Status &also = Status());
    // Core's answer now to the question a control was last offered under; nullopt when it was never
    // offered through the gate.
    static std::optional<Status> askAgain(const CountyDatabase *db, const QObject *control);
};
