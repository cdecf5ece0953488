// SPDX-License-Identifier: GPL-3.0-or-later
#include "quality/QualityChecker.h"

#include "db/CountyDatabase.h"
#include "register/HouseholdRepository.h"
#include "register/IdNumber.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The same registration keyed by ID number, for every person registered in more than one
// non-deleted household of the county.
const QString DuplicateSql
    = QStringLiteral("WITH dup AS (SELECT m.id_number FROM member m JOIN household h ON h.id = m.household_id "
                     "  WHERE h.deleted_at IS NULL AND m.id_number <> '' GROUP BY m.id_number "
                     "  HAVING count(DISTINCT m.household_id) > 1) "
                     "SELECT m.id_number, m.household_id, h.code, m.name FROM member m "
                     "JOIN household h ON h.id = m.household_id JOIN dup ON dup.id_number = m.id_number "
                     "WHERE h.deleted_at IS NULL AND m.id_number <> '' ORDER BY m.household_id");

// Cadres whose ID number belongs to a registered (non-deleted) person.
const QString CadreSql = QStringLiteral(
    "SELECT c.id_number, c.name FROM cadre c WHERE c.id_number <> '' AND EXISTS (SELECT 1 FROM member m "
    "JOIN household h ON h.id = m.household_id WHERE m.id_number = c.id_number AND m.id_number <> '' "
    "AND h.deleted_at IS NULL) ORDER BY c.id");

} // namespace

QualityChecker::QualityChecker(CountyDatabase &db) : m_db(db)
{ }

QList<Finding> QualityChecker::checkHousehold(const Household &household, const QualityContext &context) const
{
    QList<Finding> findings;
    const Member *head = household.head();
    for (const QualityRule &rule : qualityRules()) {
        for (const QString &message : rule.check(household, context))
            findings.append(
                {rule.code, rule.severity, household.meta.id, household.code, head ? head->name : QString(), message});
    }
    return findings;
}

Result<QualityContext> QualityChecker::contextFor(const Household &household, int year) const
{
    using R = Result<QualityContext>;
    QualityContext context;
    context.year = year;
    context.hasResponsibleCadre = false;
    QSqlQuery q(m_db.sql());
    if (household.meta.id != 0) {
        q.prepare(QStringLiteral("SELECT 1 FROM pairing WHERE household_id = ? AND end_date IS NULL LIMIT 1"));
        q.addBindValue(household.meta.id);
        if (!q.exec())
            return R::failure(q.lastError().text());
        context.hasResponsibleCadre = q.next();
    }

    QSqlQuery cadres(m_db.sql());
    q.prepare(QStringLiteral("SELECT m.household_id, h.code, m.name FROM member m JOIN household h ON h.id = "
                             "m.household_id WHERE m.id_number = ? AND m.id_number <> '' AND h.deleted_at IS NULL "
                             "AND h.id <> ? ORDER BY m.household_id"));
    cadres.prepare(QStringLiteral("SELECT name FROM cadre WHERE id_number = ? ORDER BY id"));
    for (const Member &m : household.members) {
        const QString id = IdNumber::normalize(m.idNumber);
        if (id.isEmpty())
            continue;
        q.bindValue(0, id);
        q.bindValue(1, household.meta.id);
        if (!q.exec())
            return R::failure(q.lastError().text());
        while (q.next())
            context.otherRegistrations[id].append(
                {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        cadres.bindValue(0, id);
        if (!cadres.exec())
            return R::failure(cadres.lastError().text());
        while (cadres.next())
            context.cadresWithId[id].append(cadres.value(0).toString());
    }
    return context;
}

Result<QList<Finding>> QualityChecker::checkDivision(qint64 divisionId, int year) const
{
    using R = Result<QList<Finding>>;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);

    QSet<qint64> paired;
    if (!q.exec(QStringLiteral("SELECT DISTINCT household_id FROM pairing WHERE end_date IS NULL")))
        return R::failure(q.lastError().text());
    while (q.next())
        paired.insert(q.value(0).toLongLong());

    QHash<QString, QList<Registration>> registrations;
    if (!q.exec(DuplicateSql))
        return R::failure(q.lastError().text());
    while (q.next())
        registrations[q.value(0).toString()].append(
            {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});

    QHash<QString, QStringList> cadres;
    if (!q.exec(CadreSql))
        return R::failure(q.lastError().text());
    while (q.next())
        cadres[q.value(0).toString()].append(q.value(1).toString());
    q.finish();

    QList<Finding> findings;
    QualityContext context;
    context.year = year;
    const Status s = HouseholdRepository(m_db).forEach(divisionId, [&](const Household &h) {
        context.hasResponsibleCadre = paired.contains(h.meta.id);
        context.otherRegistrations.clear();
        context.cadresWithId.clear();
        // Only the few households concerned get entries; every other one sees empty hashes.
        if (!registrations.isEmpty() || !cadres.isEmpty()) {
            for (const Member &m : h.members) {
                if (m.idNumber.isEmpty())
                    continue;
                if (const auto it = registrations.constFind(m.idNumber); it != registrations.cend())
                    context.otherRegistrations.insert(m.idNumber, *it);
                if (const auto it = cadres.constFind(m.idNumber); it != cadres.cend())
                    context.cadresWithId.insert(m.idNumber, *it);
            }
        }
        findings.append(checkHousehold(h, context));
        return true;
    });
    if (!s)
        return R::failure(s.error());
    return findings;
}
