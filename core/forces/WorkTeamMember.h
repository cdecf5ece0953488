// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QString>

// A cadre serving in a village work team, with their role in it.
struct WorkTeamMember
{
    RecordMeta meta;
    qint64 teamId = 0;
    qint64 cadreId = 0;
    QString role = QStringLiteral("member"); // "leader" (队长), "first_secretary" (第一书记), "member" (队员)

    friend bool operator==(const WorkTeamMember &, const WorkTeamMember &) = default;
};
