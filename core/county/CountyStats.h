// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

class CountyDatabase;

// Households and people counted by one dimension (status, attribute, main cause, township).
struct Tally
{
    QString key; // the code, or the township's statistical code
    QString name; // what the key means, in the user's language
    int households = 0;
    int people = 0;
};

struct CountyStats
{
    int households = 0;
    int people = 0;
    QList<Tally> byStatus;
    QList<Tally> byAttribute;
    QList<Tally> byMainCause;
    QList<Tally> byTownship;

    static Result<CountyStats> compute(CountyDatabase &db);
};
