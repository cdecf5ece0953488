// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class CountyDatabase;
struct NewAccount;

// Sets up a new county file (CountyDatabase::initialize comes here through CountyAreas): the
// county division, the shipped code lists and poverty lines, and the first administrator.
class CountySetup
{
    Q_DECLARE_TR_FUNCTIONS(CountySetup)

public:
    static Status initialize(
        CountyDatabase &db, const QString &countyCode, const QString &countyName, const NewAccount &administrator);
};
