// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

// A cadre's visit to a household (走访记录).
struct Visit
{
    RecordMeta meta;
    qint64 householdId = 0;
    qint64 cadreId = 0;
    QDate date;
    QString findings;
    QString actions;
    QDate followUpDate; // invalid when no follow-up is planned

    friend bool operator==(const Visit &, const Visit &) = default;
};
