// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QString>

// A division of the county (the county, a township, a village, a villager group) as the record
// machinery writes it; Division is the form the lists read.
struct DivisionRow
{
    RecordMeta meta;
    qint64 parentId = 0; // 0 for the county itself
    int level = 0; // 1 county, 2 township, 3 village, 4 villager group
    QString code;
    QString name;
    bool poorVillage = false; // 贫困村
};
