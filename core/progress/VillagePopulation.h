// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A village's people as poverty incidence counts them: its rural registered population (农村户籍人口)
// as recorded in the county settings, and the people of its households in the register, which
// stand in when none is recorded.
struct VillagePopulation
{
    qint64 villageId = 0;
    QString code;
    QString name;
    QString townshipName;
    int ruralPeople = 0; // recorded; 0 when none is
    int registeredPeople = 0;
};
