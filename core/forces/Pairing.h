// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

// A household paired with its responsible cadre (结对帮扶). A change of cadre ends the pairing and
// starts a new one, so the history is kept.
struct Pairing
{
    RecordMeta meta;
    qint64 householdId = 0;
    qint64 cadreId = 0;
    QDate startDate;
    QDate endDate; // invalid while the pairing lasts
    QString overCapReason; // why the cadre took more households than their rank's cap allows

    friend bool operator==(const Pairing &, const Pairing &) = default;
};
