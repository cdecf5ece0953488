// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccessPolicy.h"
#include "common/Result.h"

#include <QCoreApplication>

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
    // Enables the control when may is ok; else disables it and shows the reason as its tooltip (the
    // tooltip it had comes back once allowed).
    static void apply(QWidget *control, const Status &may);
    static void apply(QAction *action, const Status &may);
};
