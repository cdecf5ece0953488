// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/Role.h"

QList<Role> Roles::all()
{
    return {Role::Administrator, Role::CountyStaff, Role::TownshipStaff, Role::VillageCadre, Role::Auditor};
}

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("admin");
    case Role::CountyStaff:
        return QStringLiteral("county");
    case Role::TownshipStaff:
        return QStringLiteral("township");
    case Role::VillageCadre:
        return QStringLiteral("village");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString &code)
{
    for (Role role : all()) {
        if (Roles::code(role) == code.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("County administrator");
    case Role::CountyStaff:
        return tr("County staff");
    case Role::TownshipStaff:
        return tr("Township staff");
    case Role::VillageCadre:
        return tr("Village cadre");
    case Role::Auditor:
        return tr("Auditor");
    }
    return {};
}
