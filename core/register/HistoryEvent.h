// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/AuditLog.h"

#include <QStringList>

// A change as a person reads it. A record's creation is logged field by field; a reader sees it as
// one event (created, by whom, when) listing what the record was created with.
struct HistoryEvent
{
    AuditEntry entry; // for a creation, its first logged field
    QStringList createdWith; // "field: value" of each non-empty field of a creation

    bool isCreation() const { return entry.action == QLatin1String("insert"); }
};
