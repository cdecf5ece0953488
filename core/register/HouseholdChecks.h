// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/Household.h"

#include <QCoreApplication>
#include <QStringList>

// What must be right before a household can be saved at all: a place in the division tree, a
// code, one head, a name and a valid ID number for every member, months within a year, no
// negative amounts or areas, the required codes. (Whether the data are plausible is the
// data-quality rules' business; they warn but do not block.)
class HouseholdChecks
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdChecks)

public:
    // One sentence per problem, in the booklet's order; empty when the household can be saved.
    static QStringList problems(const Household &household);
};
