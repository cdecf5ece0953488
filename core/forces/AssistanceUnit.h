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

    friend bool operator==(const AssistanceUnit &, const AssistanceUnit &) = default;
};
