// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

// An assistance measure (帮扶措施) in place for a household.
struct Measure
{
    RecordMeta meta;
    qint64 householdId = 0;
    QString categoryCode; // measure_category
    QString description;
    QDate startDate;
    qint64 amountFen = 0;
    qint64 projectId = 0; // 0 when it comes from no project
    qint64 cadreId = 0; // the cadre who brought it; 0 when none is recorded
    qint64 unitId = 0; // the unit that brought it; 0 when none is recorded
    QString result; // 帮扶成效

    friend bool operator==(const Measure &, const Measure &) = default;
};
