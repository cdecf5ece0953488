// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// What an account may do (issue 7): the administrator everything; county staff all data and the
// approvals; township and village accounts their own divisions; the auditor reads only.
enum class Role { Administrator, CountyStaff, TownshipStaff, VillageCadre, Auditor };

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static QList<Role> all();
    // As stored in app_user.role and typed on the command line: admin, county, township, village,
    // auditor.
    static QString code(Role role);
    static std::optional<Role> fromCode(const QString &code);
    // The role as a user reads it (县级管理员 ...).
    static QString label(Role role);
    // Township and village accounts work only inside the divisions of their scope.
    static bool isScoped(Role role) { return role == Role::TownshipStaff || role == Role::VillageCadre; }
};
