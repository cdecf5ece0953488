// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class CountyDatabase;

// County (1) → township (2) → administrative village (3) → villager group (4).
struct Division
{
    enum Level { County = 1, Township = 2, Village = 3, Group = 4 };

    qint64 id = 0;
    qint64 parentId = 0;
    int level = County;
    QString code; // statistical code: 6, 9, 12 or 15 digits
    QString name;
    int households = 0; // registered (not deleted) households within it
};

class Divisions
{
    Q_DECLARE_TR_FUNCTIONS(Divisions)

public:
    enum class Counts { With, Without };
    // Every division, parents before children, siblings by code; household counts on request
    // (counting reads the whole register). Names and counts show no person: county-wide for every
    // account (the CLI's `divisions`, pickers, names in the history).
    static Result<QList<Division>> load(CountyDatabase &db, Counts counts = Counts::With);
    // What the acting account sees of the county (the division tree): a county-wide role every
    // division; a township or village account its own divisions and those under them, and the path
    // above them, not other villages. Counts are of the households it may read only, so a parent
    // shows no count of another division's households.
    static Result<QList<Division>> loadInScope(CountyDatabase &db, Counts counts = Counts::With);
    static QString levelName(int level);
    // The next free household code of a village: its 12-digit code and a 4-digit serial.
    static QString nextHouseholdCode(CountyDatabase &db, qint64 villageId);
};
