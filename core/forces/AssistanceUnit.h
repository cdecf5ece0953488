// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

// An assistance unit (帮扶单位); each belongs to one of the five forms of social assistance.
struct AssistanceUnit
{
    RecordMeta meta;
    QString name;
    QString formCode; // assistance_form
    QString levelCode; // unit_level
    QString pairedRegion; // 东西部协作: the paired province or city
    QString ownership; // 企业帮扶: "state" (国有) or "private" (民营); empty otherwise
    QString contactPerson;
    QString contactPhone;
    bool active = true; // a unit in use is marked inactive, never deleted

    friend bool operator==(const AssistanceUnit &, const AssistanceUnit &) = default;
};
