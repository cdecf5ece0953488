// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

#include <optional>

// A step of the status procedure (identify, propose, notice, exit, relapse, monitoring) as the
// record machinery writes it: appended, never changed; StatusProcedure is its only writer.
struct StatusEventRow
{
    RecordMeta meta;
    qint64 householdId = 0;
    QString kind;
    QDate eventDate;
    QString reason;
    QDate noticeStart; // the public notice's first day
    std::optional<int> noticeDays;
    QString monitoringCategory;
    QString recordedBy;
    QString attributeCode; // the household's new attribute: set for the attribute step only
};
