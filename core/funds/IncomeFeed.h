// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One income field of a household's year next to what its recorded benefits add up to, so that
// the editor can show where they differ. Nothing overwrites the income: the user decides.
struct IncomeFeed
{
    QString column; // the income column, e.g. "tr_subsistence"
    QString label; // as the income form names it
    qint64 benefitsFen = 0;
    qint64 recordedFen = 0;
    bool hasIncome = false; // false when the household has no income row for the year

    bool differs() const { return benefitsFen != recordedFen; }
};
