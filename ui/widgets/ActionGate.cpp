// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ActionGate.h"

#include "db/CountyDatabase.h"

#include <QAction>
#include <QWidget>

namespace {
const char *const OwnTip = "fupinOwnToolTip";
// The question a control was offered under: an action and a division, or a write and a household.
const char *const GateAction = "fupinGateAction";
const char *const GateDivision = "fupinGateDivision";
const char *const GateAccess = "fupinGateAccess";
const char *const GateHousehold = "fupinGateHousehold";

template <typename T> void gate(T *control, const Status &may)
{
    if (!control->property(OwnTip).isValid())
        control->setProperty(OwnTip, control->toolTip());
    control->setEnabled(may.ok());
    control->setToolTip(may.ok() ? control->property(OwnTip).toString() : may.error());
}
} // namespace

Status ActionGate::ask(const CountyDatabase *db, AccessPolicy::Action action, qint64 divisionId)
{
    if (!db)
        return Status::failure(tr("Open a county first."));
    if (db->isReadOnly())
        return Status::failure(tr("%1 is open read-only: nothing in it can be changed.").arg(db->path()));
    return AccessPolicy::check(*db, action, divisionId);
}

namespace {
template <typename T>
void offerAction(
    T *control, const CountyDatabase *db, AccessPolicy::Action action, qint64 divisionId, const Status &also)
{
    control->setProperty(GateAction, int(action));
    control->setProperty(GateDivision, divisionId);
    control->setProperty(GateAccess, QVariant());
    const Status may = ActionGate::ask(db, action, divisionId);
    gate(control, may ? also : may);
}
} // namespace

Status ActionGate::askWrite(const CountyDatabase *db, RecordFields::WriteAccess access, qint64 householdId)
{
    if (!db)
        return Status::failure(tr("Open a county first."));
    if (db->isReadOnly())
        return Status::failure(tr("%1 is open read-only: nothing in it can be changed.").arg(db->path()));
    return AccessPolicy::checkWrite(*db, access, householdId);
}

void ActionGate::apply(QWidget *control, const Status &may)
{
    gate(control, may);
}

void ActionGate::apply(QAction *action, const Status &may)
{
    gate(action, may);
}

void ActionGate::offer(
    QWidget *control, const CountyDatabase *db, AccessPolicy::Action action, qint64 divisionId, const Status &also)
{
    offerAction(control, db, action, divisionId, also);
}

void ActionGate::offer(
    QAction *control, const CountyDatabase *db, AccessPolicy::Action action, qint64 divisionId, const Status &also)
{
    offerAction(control, db, action, divisionId, also);
}

void ActionGate::offerWrite(QWidget *control, const CountyDatabase *db, RecordFields::WriteAccess access,
    qint64 householdId, const Status &also)
{
    control->setProperty(GateAccess, int(access));
    control->setProperty(GateHousehold, householdId);
    control->setProperty(GateAction, QVariant());
    const Status may = askWrite(db, access, householdId);
    gate(control, may ? also : may);
}

std::optional<Status> ActionGate::askAgain(const CountyDatabase *db, const QObject *control)
{
    if (const QVariant access = control->property(GateAccess); access.isValid()) {
        return askWrite(db, RecordFields::WriteAccess(access.toInt()), control->property(GateHousehold).toLongLong());
    }
    if (const QVariant action = control->property(GateAction); action.isValid())
        return ask(db, AccessPolicy::Action(action.toInt()), control->property(GateDivision).toLongLong());
    return std::nullopt;
}
