// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/ForcesChecks.h"

#include "register/IdNumber.h"
#include "register/PhoneNumber.h"

namespace {

// Whether an optional end date comes before the start.
bool endsBeforeStart(const QDate &start, const QDate &end)
{
    return end.isValid() && start.isValid() && end < start;
}

} // namespace

QStringList ForcesChecks::unit(const AssistanceUnit &u)
{
    QStringList problems;
    if (u.name.trimmed().isEmpty())
        problems << tr("The unit has no name.");
    if (u.formCode.isEmpty())
        problems << tr("Choose the form of assistance the unit belongs to.");
    if (u.levelCode.isEmpty())
        problems << tr("Choose the unit's level.");
    if (!u.ownership.isEmpty() && u.ownership != QLatin1String("state") && u.ownership != QLatin1String("private"))
        problems << tr("An enterprise is either state-owned or private.");
    if (!u.contactPhone.isEmpty()) {
        if (const PhoneNumber::Check check = PhoneNumber::check(u.contactPhone); !check.valid())
            problems << tr("The unit's contact phone %1: %2").arg(u.contactPhone, check.reason);
    }
    return problems;
}

QStringList ForcesChecks::cadre(const Cadre &c)
{
    QStringList problems;
    if (c.name.trimmed().isEmpty())
        problems << tr("The cadre has no name.");
    if (c.sexCode.isEmpty())
        problems << tr("Choose the cadre's sex.");
    if (!c.idNumber.isEmpty()) {
        if (const IdNumber::Check check = IdNumber::check(c.idNumber); !check.valid)
            problems << tr("The cadre's ID number %1: %2").arg(c.idNumber, check.reason);
    }
    if (!c.phone.isEmpty()) {
        if (const PhoneNumber::Check check = PhoneNumber::check(c.phone); !check.valid())
            problems << tr("The cadre's phone number %1: %2").arg(c.phone, check.reason);
    }
    if (c.rank.isEmpty())
        problems << tr("Choose the cadre's rank.");
    return problems;
}

QStringList ForcesChecks::pairing(const Pairing &p)
{
    QStringList problems;
    if (p.householdId == 0)
        problems << tr("Choose the household of the pairing.");
    if (p.cadreId == 0)
        problems << tr("Choose the responsible cadre.");
    if (!p.startDate.isValid())
        problems << tr("Give the date the pairing starts.");
    if (endsBeforeStart(p.startDate, p.endDate))
        problems << tr("The pairing ends before it starts.");
    return problems;
}

QStringList ForcesChecks::workTeam(const WorkTeam &t)
{
    QStringList problems;
    if (t.villageId == 0)
        problems << tr("Choose the village of the work team.");
    if (!t.startDate.isValid())
        problems << tr("Give the date the work team starts.");
    if (endsBeforeStart(t.startDate, t.endDate))
        problems << tr("The work team's term ends before it starts.");
    return problems;
}

QStringList ForcesChecks::measure(const Measure &m)
{
    QStringList problems;
    if (m.householdId == 0)
        problems << tr("Choose the household of the measure.");
    if (m.categoryCode.isEmpty())
        problems << tr("Choose the category of the measure.");
    if (!m.startDate.isValid())
        problems << tr("Give the date the measure starts.");
    if (m.amountFen < 0)
        problems << tr("The amount of a measure cannot be negative.");
    return problems;
}

QStringList ForcesChecks::visit(const Visit &v)
{
    QStringList problems;
    if (v.householdId == 0)
        problems << tr("Choose the household visited.");
    if (v.cadreId == 0)
        problems << tr("Choose the cadre who visited.");
    if (!v.date.isValid())
        problems << tr("Give the date of the visit.");
    if (v.findings.trimmed().isEmpty() && v.actions.trimmed().isEmpty())
        problems << tr("Write down what was found or done on the visit.");
    if (v.followUpDate.isValid() && v.date.isValid() && v.followUpDate < v.date)
        problems << tr("The follow-up date comes before the visit.");
    return problems;
}

QStringList ForcesChecks::workTeamMember(const WorkTeamMember &m)
{
    QStringList problems;
    if (m.teamId == 0)
        problems << tr("Choose the work team.");
    if (m.cadreId == 0)
        problems << tr("Choose the cadre who serves in the team.");
    static const QStringList roles{
        QStringLiteral("leader"), QStringLiteral("first_secretary"), QStringLiteral("member")};
    if (!roles.contains(m.role))
        problems << tr("Choose the member's role: team leader, first secretary or team member.");
    return problems;
}
