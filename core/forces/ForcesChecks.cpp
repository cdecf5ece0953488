// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/ForcesChecks.h"

#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"
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
    if (m.startDate.isValid() && m.startDate > QDate::currentDate())
        problems << tr("A measure cannot start in the future (%1).").arg(m.startDate.toString(Qt::ISODate));
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
    if (v.date.isValid() && v.date > QDate::currentDate())
        problems << tr("A visit cannot be logged for a day in the future (%1).").arg(v.date.toString(Qt::ISODate));
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

int ForcesChecks::capOf(const CountyDatabase &db, const QString &rank)
{
    SqliteReader s(db.handle(), QStringLiteral("SELECT max_households FROM cadre_rank WHERE rank_zh = ?"));
    s.bind(1, rank);
    return s.step() ? int(s.integer(0)) : 0;
}

int ForcesChecks::currentLoad(const CountyDatabase &db, qint64 cadreId, qint64 except)
{
    SqliteReader s(db.handle(),
        QStringLiteral("SELECT count(*) FROM pairing p JOIN household h ON h.id = p.household_id "
                       "WHERE p.cadre_id = ? AND p.id <> ? AND p.end_date IS NULL AND p.deleted_at IS NULL "
                       "AND h.deleted_at IS NULL"));
    s.bind(1, cadreId);
    s.bind(2, except);
    return s.step() ? int(s.integer(0)) : 0;
}

QString ForcesChecks::unusableCadre(const CountyDatabase &db, qint64 cadreId)
{
    SqliteReader s(db.handle(), QStringLiteral("SELECT name, active, deleted_at IS NOT NULL FROM cadre WHERE id = ?"));
    s.bind(1, cadreId);
    if (!s.step() || s.integer(2))
        return tr("There is no cadre %1 in the county.").arg(cadreId);
    if (!s.integer(1))
        return tr("The cadre %1 is inactive and takes no new households.").arg(s.text(0));
    return {};
}

QString ForcesChecks::missingHousehold(const CountyDatabase &db, qint64 householdId)
{
    SqliteReader s(db.handle(), QStringLiteral("SELECT deleted_at IS NOT NULL, code FROM household WHERE id = ?"));
    s.bind(1, householdId);
    if (!s.step())
        return tr("There is no household %1 in the county.").arg(householdId);
    if (s.integer(0))
        return tr("The household %1 has been deleted.").arg(s.text(1));
    return {};
}

QStringList ForcesChecks::cadreInFile(const CountyDatabase &db, const Cadre &c)
{
    QStringList problems;
    if (const QString id = IdNumber::normalize(c.idNumber); !id.isEmpty()) {
        SqliteReader s(db.handle(),
            QStringLiteral("SELECT name FROM cadre WHERE id_number = ? AND id <> ? AND deleted_at IS NULL LIMIT 1"));
        s.bind(1, id);
        s.bind(2, c.meta.id);
        if (s.step())
            problems << tr("The ID number %1 is already the cadre %2's.").arg(id, s.text(0));
    }
    if (capOf(db, c.rank) == 0)
        problems << tr("The rank %1 is not one of the county's ranks; choose one from the list.").arg(c.rank);
    return problems;
}

QStringList ForcesChecks::pairingInFile(const CountyDatabase &db, const Pairing &p)
{
    // Only a new pairing takes a household: ending one, or noting its reason, takes none.
    if (p.meta.id != 0)
        return {};
    QStringList problems;
    if (const QString why = missingHousehold(db, p.householdId); !why.isEmpty())
        problems << why;
    if (const QString why = unusableCadre(db, p.cadreId); !why.isEmpty()) {
        problems << why;
        return problems;
    }
    if (p.endDate.isValid() || !p.overCapReason.trimmed().isEmpty())
        return problems;
    SqliteReader s(db.handle(), QStringLiteral("SELECT name, rank_zh FROM cadre WHERE id = ?"));
    s.bind(1, p.cadreId);
    if (!s.step())
        return problems;
    const int cap = capOf(db, s.text(1));
    const int load = currentLoad(db, p.cadreId);
    if (cap > 0 && load + 1 > cap)
        problems << tr("The cadre %1 (%2) may hold %3 households and holds %4; pairing %5 more goes over the cap. "
                       "Give a reason to go over it.")
                        .arg(s.text(0), s.text(1))
                        .arg(cap)
                        .arg(load)
                        .arg(1);
    return problems;
}

QStringList ForcesChecks::workTeamInFile(const CountyDatabase &db, const WorkTeam &t)
{
    SqliteReader s(db.handle(), QStringLiteral("SELECT level FROM division WHERE id = ?"));
    s.bind(1, t.villageId);
    if (!s.step() || s.integer(0) != 3)
        return {tr("A work team is sent to an administrative village; choose one.")};
    return {};
}

QStringList ForcesChecks::measureInFile(const CountyDatabase &db, const Measure &m)
{
    QStringList problems;
    if (!CodeLists(db).contains(QStringLiteral("measure_category"), m.categoryCode))
        problems << tr("%1 is not a category of assistance measures.").arg(m.categoryCode);
    if (const QString why = missingHousehold(db, m.householdId); !why.isEmpty())
        problems << why;
    const auto exists = [&](const char *sql, qint64 id) {
        SqliteReader s(db.handle(), QLatin1String(sql));
        s.bind(1, id);
        return s.step();
    };
    if (m.cadreId != 0 && !exists("SELECT 1 FROM cadre WHERE id = ?", m.cadreId))
        problems << tr("There is no cadre %1 in the county.").arg(m.cadreId);
    if (m.unitId != 0 && !exists("SELECT 1 FROM assistance_unit WHERE id = ?", m.unitId))
        problems << tr("There is no assistance unit %1 in the county.").arg(m.unitId);
    // The project must exist (a stale id from a dialog opened before the project was deleted).
    if (m.projectId != 0 && !exists("SELECT 1 FROM project WHERE id = ?", m.projectId))
        problems << tr("There is no project %1 in the county.").arg(m.projectId);
    return problems;
}

QStringList ForcesChecks::visitInFile(const CountyDatabase &db, const Visit &v)
{
    QStringList problems;
    if (const QString why = missingHousehold(db, v.householdId); !why.isEmpty())
        problems << why;
    SqliteReader s(db.handle(), QStringLiteral("SELECT deleted_at IS NOT NULL FROM cadre WHERE id = ?"));
    s.bind(1, v.cadreId);
    if (!s.step() || s.integer(0))
        problems << tr("There is no cadre %1 in the county.").arg(v.cadreId);
    return problems;
}

QStringList ForcesChecks::workTeamMemberInFile(const CountyDatabase &db, const WorkTeamMember &m)
{
    QStringList problems;
    if (const QString why = unusableCadre(db, m.cadreId); !why.isEmpty())
        problems << why;
    SqliteReader s(db.handle(),
        QStringLiteral("SELECT 1 FROM work_team_member WHERE team_id = ? AND cadre_id = ? AND id <> ? "
                       "AND deleted_at IS NULL"));
    s.bind(1, m.teamId);
    s.bind(2, m.cadreId);
    s.bind(3, m.meta.id);
    if (s.step())
        problems << tr("The cadre already serves in this work team.");
    return problems;
}
