// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/DuplicateFinder.h"

#include "accounts/AccessPolicy.h"
#include "db/CountyDatabase.h"
#include "db/KeyedStore.h"
#include "db/RecordStamp.h"
#include "db/RecordWriter.h"
#include "db/SqliteError.h"
#include "register/IdNumber.h"
#include "register/RegisterKeyedKinds.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

PersonRef personAt(const QSqlQuery &q)
{
    PersonRef p;
    p.householdId = q.value(0).toLongLong();
    p.householdCode = q.value(1).toString();
    p.memberUuid = RecordStamp::uuidText(q.value(2));
    p.name = q.value(3).toString();
    p.idNumber = q.value(4).toString();
    p.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    return p;
}

const QString PersonColumns
    = QStringLiteral("SELECT h.id, h.code, m.uuid, m.name, m.id_number, m.birth_date, h.deleted_at IS NOT NULL "
                     "FROM member m "
                     "JOIN household h ON h.id = m.household_id ");

} // namespace

DuplicateFinder::DuplicateFinder(CountyDatabase &db) : m_db(db)
{ }

std::optional<PersonRef> DuplicateFinder::registeredId(const QString &idNumber, qint64 excludeHouseholdId) const
{
    // Stored IDs are normalised by HouseholdRepository::save; an ID as typed must be too.
    const QString id = IdNumber::normalize(idNumber);
    if (id.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.sql());
    // `id_number <> ''` lets SQLite use the partial index on member(id_number).
    q.prepare(PersonColumns
        + QStringLiteral("WHERE m.id_number = ? AND m.id_number <> '' AND h.id <> ? "
                         "ORDER BY h.deleted_at IS NOT NULL, h.id, m.position LIMIT 1"));
    q.addBindValue(id);
    q.addBindValue(excludeHouseholdId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    PersonRef person = personAt(q);
    person.householdDeleted = q.value(6).toBool();
    return person;
}

QList<PersonRef> DuplicateFinder::likelyDuplicates(
    const Member &member, qint64 townshipId, qint64 excludeHouseholdId) const
{
    QList<PersonRef> found;
    const QString name = member.name.trimmed();
    if (name.isEmpty() || !member.birthDate.isValid())
        return found;
    QSqlQuery q(m_db.sql());
    q.prepare(PersonColumns
        + QStringLiteral("WHERE m.name = ? AND m.birth_date = ? AND h.township_id = ? AND h.id <> ? "
                         "AND h.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM distinct_person d "
                         "WHERE (d.member_uuid_a = ? AND d.member_uuid_b = m.uuid) "
                         "OR (d.member_uuid_a = m.uuid AND d.member_uuid_b = ?)) "
                         "ORDER BY h.code, m.position"));
    // An unsaved member has no uuid yet; '' matches no decision.
    const QString uuid = member.meta.uuid.isNull() ? QStringLiteral("") : member.meta.uuid;
    for (const QVariant &v : {QVariant(name), QVariant(member.birthDate.toString(Qt::ISODate)), QVariant(townshipId),
             QVariant(excludeHouseholdId), RecordStamp::uuidValue(uuid), RecordStamp::uuidValue(uuid)})
        q.addBindValue(v);
    if (!q.exec())
        return found;
    while (q.next()) {
        PersonRef p = personAt(q);
        if (p.memberUuid != member.meta.uuid)
            found.append(p);
    }
    return found;
}

Status DuplicateFinder::confirmDifferent(const QString &memberUuidA, const QString &memberUuidB)
{
    if (memberUuidA.isEmpty() || memberUuidB.isEmpty())
        return Status::failure(tr("Save the household first: a person can be confirmed different from another only "
                                  "once both are saved."));
    if (memberUuidA == memberUuidB)
        return Status::failure(tr("A person cannot be different from themselves."));

    // Both people's villages must be the acting account's to decide about them.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT h.village_id FROM member m JOIN household h ON h.id = m.household_id "
                             "WHERE m.uuid IN (?, ?)"));
    q.addBindValue(RecordStamp::uuidValue(memberUuidA));
    q.addBindValue(RecordStamp::uuidValue(memberUuidB));
    if (!q.exec())
        return Status::failure(SqliteError::describe(q.lastError(), m_db.path()));
    int people = 0;
    while (q.next()) {
        ++people;
        if (Status s = AccessPolicy::check(m_db, AccessPolicy::Action::EditHousehold, q.value(0).toLongLong()); !s)
            return s;
    }
    if (people != 2)
        return Status::failure(tr("One of the two people is not registered (any more), so the decision was not "
                                  "recorded."));

    // The smaller uuid first, as the table's CHECK requires: one row per pair, whichever way round.
    const bool ordered = memberUuidA < memberUuidB;
    // A pair decided before keeps who decided it first. The decision is its own record of who and
    // when, keyed by the two members' uuids (RegisterKinds::distinctPerson).
    RecordWriter w(m_db.sql(), m_db.currentUser());
    return KeyedStore::keepFirst(w, RegisterKinds::distinctPerson(),
        {{"member_uuid_a", RecordStamp::uuidValue(ordered ? memberUuidA : memberUuidB)},
            {"member_uuid_b", RecordStamp::uuidValue(ordered ? memberUuidB : memberUuidA)},
            {"decided_by", m_db.currentUser()}, {"decided_at", CountyDatabase::nowIso()}});
}
