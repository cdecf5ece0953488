// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

// A village work team (驻村工作队), sent by a unit for a term.
struct WorkTeam
{
    RecordMeta meta;
    qint64 villageId = 0;
    qint64 unitId = 0; // 0 when no unit is recorded
    QDate startDate;
    QDate endDate; // invalid while the team serves

    friend bool operator==(const WorkTeam &, const WorkTeam &) = default;
};
