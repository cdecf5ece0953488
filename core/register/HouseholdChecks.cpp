// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/HouseholdChecks.h"

#include "register/IdNumber.h"
#include "register/PhoneNumber.h"

#include <QHash>

QStringList HouseholdChecks::problems(const Household &h)
{
    QStringList problems;
    if (h.townshipId == 0 || h.villageId == 0)
        problems << tr("Choose the township and village.");
    if (h.code.trimmed().isEmpty())
        problems << tr("The household code is empty.");
    if (!h.phone.isEmpty()) {
        if (const PhoneNumber::Check phone = PhoneNumber::check(h.phone); !phone.valid())
            problems << tr("Phone: %1").arg(phone.reason);
    }
    if (h.attributeCode.isEmpty())
        problems << tr("Choose the household attribute.");

    if (h.members.isEmpty()) {
        problems << tr("Add the members of the household, the head first.");
    } else {
        const auto heads
            = std::count_if(h.members.cbegin(), h.members.cend(), [](const Member &m) { return m.isHead(); });
        if (heads == 0)
            problems << tr("No member is the head of household (户主).");
        else if (heads > 1)
            problems << tr("%1 members are marked as head; only one can be.").arg(heads);
    }
    QHash<QString, QString> ids; // normalized ID → member name
    for (int i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        const QString who = m.name.trimmed().isEmpty() ? tr("Member %1").arg(i + 1) : m.name.trimmed();
        if (m.name.trimmed().isEmpty())
            problems << tr("%1 has no name.").arg(who);
        if (m.relationCode.isEmpty())
            problems << tr("%1: choose the relation to the head.").arg(who);
        if (m.idNumber.isEmpty()) {
            problems << tr("%1 has no ID number.").arg(who);
            continue;
        }
        const IdNumber::Check check = IdNumber::check(m.idNumber);
        if (!check.valid) {
            problems << tr("%1's ID number %2: %3").arg(who, m.idNumber, check.reason);
            continue;
        }
        if (const QString other = ids.value(check.normalized); !other.isEmpty())
            problems << tr("%1 and %2 have the same ID number %3.").arg(other, who, check.normalized);
        ids.insert(check.normalized, who);
        if (m.monthsWorked < 0 || m.monthsWorked > 12)
            problems << tr("%1: months worked must be 0 to 12.").arg(who);
    }
    if (h.mainCauseCode.isEmpty())
        problems << tr("Choose the main poverty cause.");
    return problems;
}
