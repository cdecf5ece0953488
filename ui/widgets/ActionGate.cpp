// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ActionGate.h"

#include "db/CountyDatabase.h"

#include <QAction>
#include <QWidget>

namespace {
const char *const OwnTip = "fupinOwnToolTip";

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

void ActionGate::apply(QWidget *control, const Status &may)
{
    gate(control, may);
}

void ActionGate::apply(QAction *action, const Status &may)
{
    gate(action, may);
}
