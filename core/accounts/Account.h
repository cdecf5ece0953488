// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Role.h"

#include <QList>
#include <QString>

// A person who works in the county file (app_user): who acts is recorded with every change.
struct Account
{
    qint64 id = 0; // 0: nobody has signed in
    QString login;
    QString fullName;
    QString phone;
    Role role = Role::Auditor;
    QList<qint64> scope; // townships and villages of a township or village account
    bool active = true;
    bool hasPassword = false;
    QString lockedUntil; // ISO time while locked after too many wrong passwords
    QString lastLoginAt;
    QString createdBy;
    QString changedBy;

    bool isSignedIn() const { return id != 0; }
    // "张三（zhangsan）", as the status bar and the history name a person.
    QString displayName() const { return fullName.isEmpty() ? login : fullName + u'（' + login + u'）'; }
};
