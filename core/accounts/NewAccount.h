// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Role.h"

#include <QList>
#include <QString>

// What it takes to add an account: the county's first administrator, or one added later.
struct NewAccount
{
    QString login;
    QString fullName;
    QString phone;
    Role role = Role::VillageCadre;
    QList<qint64> scope;
    QString password; // empty: no password (only sensible for a one-person office)
};
