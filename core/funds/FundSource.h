// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QString>

// Where money comes from (资金来源): a central, provincial or county fund, integrated agriculture
// funds, East–West cooperation, a designated unit or donations, for one year.
struct FundSource
{
    RecordMeta meta;
    QString name;
    QString typeCode; // fund_source_type
    int year = 0;
    qint64 unitId = 0; // the assistance unit it comes from; 0 for none

    friend bool operator==(const FundSource &, const FundSource &) = default;
};
