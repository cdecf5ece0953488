// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/HouseholdRepository.h"

#include "db/AuditLog.h"
#include "db/CountyDatabase.h"
#include "db/RecordFields.h"
#include "db/SqlExec.h"
#include "db/SqliteReader.h"
#include "register/IdNumber.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <cstring>
#include <variant>
#include <vector>

namespace {

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};

using RecordFields::Field;
using RecordFields::toSql;

template <typename T> void fromColumn(T &row, const Field<T> &field, SqliteReader &s, int column)
{
    std::visit(Overloaded{
                   [&](QString T::*p) { row.*p = s.sharedText(column); },
                   [&](int T::*p) { row.*p = int(s.integer(column)); },
                   [&](qint64 T::*p) { row.*p = s.integer(column); },
                   [&](bool T::*p) { row.*p = s.integer(column) != 0; },
                   [&](double T::*p) { row.*p = s.real(column); },
                   [&](QDate T::*p) { row.*p = s.date(column); },
                   [&](std::optional<int> T::*p) {
                       row.*p = s.isNull(column) ? std::nullopt : std::optional<int>(int(s.integer(column)));
                   },
                   [&](QStringList T::*p) { row.*p = s.sharedList(column); },
               },
        field.member);
}

// The columns of each table, declared once in RecordFields.
const QList<Field<Household>> &householdFields()
{
    return RecordFields::fieldsOf<Household>();
}
const QList<Field<Member>> &memberFields()
{
    return RecordFields::fieldsOf<Member>();
}
const QList<Field<IncomeRecord>> &incomeFields()
{
    return RecordFields::fieldsOf<IncomeRecord>();
}
const QList<Field<LivingConditions>> &livingFields()
{
    return RecordFields::fieldsOf<LivingConditions>();
}

const QString HouseholdTable = QStringLiteral("household");
const QString MemberTable = QStringLiteral("member");
const QString IncomeTable = QStringLiteral("income");
const QString LivingTable = QStringLiteral("living_condition");

// Columns before the fields: the record meta, then household_id for the rows of a household.
constexpr int MetaColumns = 6;
constexpr int HouseholdIdColumn = MetaColumns;
constexpr int ChildFieldsStart = MetaColumns + 1;

template <typename T> QString selectSql(const QString &table, const QList<Field<T>> &fields, bool child)
{
    QString sql = QStringLiteral("SELECT t.id, t.uuid, t.created_at, t.updated_at, t.updated_by, t.revision");
    if (child)
        sql += QStringLiteral(", t.household_id");
    for (const Field<T> &f : fields)
        sql += QStringLiteral(", t.") + QLatin1String(f.column);
    return sql + QStringLiteral(" FROM ") + table + QStringLiteral(" t");
}

template <typename T> void readRow(SqliteReader &s, const QList<Field<T>> &fields, int firstField, T &row)
{
    row.meta.id = s.integer(0);
    row.meta.uuid = s.text(1);
    row.meta.createdAt = s.sharedText(2);
    row.meta.updatedAt = s.sharedText(3);
    row.meta.updatedBy = s.sharedText(4);
    row.meta.revision = int(s.integer(5));
    for (int i = 0; i < fields.size(); ++i)
        fromColumn(row, fields.at(i), s, firstField + i);
}

// Reads the rows of one table for households in id order, handing each household its own; the
// query is ordered by household, so this is a merge with the household query.
template <typename T> class ChildCursor
{
public:
    ChildCursor(sqlite3 *db, const QString &sql, const QList<Field<T>> &fields, const QList<qint64> &binds)
        : m_statement(db, sql), m_fields(fields)
    {
        for (int i = 0; i < binds.size(); ++i)
            m_statement.bind(i + 1, binds.at(i));
        m_has = m_statement.error().isEmpty() && m_statement.step();
    }

    void take(qint64 householdId, QList<T> &out)
    {
        while (m_has && m_statement.integer(HouseholdIdColumn) <= householdId) {
            if (m_statement.integer(HouseholdIdColumn) == householdId) {
                T row;
                readRow(m_statement, m_fields, ChildFieldsStart, row);
                out.append(std::move(row));
            }
            m_has = m_statement.step();
        }
    }
    const QString &error() const { return m_statement.error(); }

private:
    SqliteReader m_statement;
    const QList<Field<T>> &m_fields;
    bool m_has = false;
};

struct Change
{
    QString column;
    QVariant oldValue;
    QVariant newValue;
};

template <typename T> QList<Change> diff(const QList<Field<T>> &fields, const T &before, const T &after)
{
    QList<Change> changes;
    for (const Field<T> &f : fields) {
        QVariant oldValue = toSql(before, f);
        QVariant newValue = toSql(after, f);
        if (oldValue != newValue)
            changes.append({QLatin1String(f.column), std::move(oldValue), std::move(newValue)});
    }
    return changes;
}

// Writes rows and their audit entries inside the caller's transaction, all stamped with one time
// and user.
class Writer
{
public:
    Writer(QSqlDatabase &db, const QString &user) : m_db(db), m_user(user), m_audit(db, user) { }

    const QString &now() const { return m_audit.now(); }
    const QString &user() const { return m_user; }

    Status exec(const QString &sql, const QVariantList &binds, qint64 *insertedId = nullptr)
    {
        return execSql(m_db, sql, binds, insertedId);
    }

    void setHousehold(qint64 householdId) { m_audit.setHousehold(householdId); }

    Status audit(const QString &table, const QString &uuid, const QString &action, const QString &field,
        const QVariant &oldValue, const QVariant &newValue)
    {
        return m_audit.write(table, uuid, action, field, oldValue, newValue);
    }

private:
    QSqlDatabase &m_db;
    QString m_user;
    AuditWriter m_audit;
};

// Inserts a new row. The audit log gets every field that differs from a blank record, which is
// enough to rebuild the record without filling the log with defaults.
template <typename T>
Status insertRow(
    Writer &w, const QString &table, const QList<Field<T>> &fields, T &row, qint64 householdId, int position)
{
    static const T blank{};
    // An editor names new members before they are saved (undo commands and drafts refer to them).
    if (row.meta.uuid.isEmpty())
        row.meta.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.meta.createdAt = w.now();
    row.meta.updatedAt = w.now();
    row.meta.updatedBy = w.user();
    row.meta.revision = 1;

    QStringList columns{QStringLiteral("uuid"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
        QStringLiteral("updated_by"), QStringLiteral("revision")};
    QVariantList values{row.meta.uuid, w.now(), w.now(), w.user(), 1};
    QList<Change> logged;
    if (householdId != 0) {
        columns << QStringLiteral("household_id");
        values << householdId;
    }
    if (position > 0) {
        columns << QStringLiteral("position");
        values << position;
        logged.append({QStringLiteral("position"), QVariant(), position});
    }
    for (const Field<T> &f : fields) {
        const QVariant value = toSql(row, f);
        columns << QLatin1String(f.column);
        values << value;
        if (value != toSql(blank, f))
            logged.append({QLatin1String(f.column), QVariant(), value});
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(u',')
        + QStringLiteral(") VALUES (") + marks.join(u',') + u')';
    if (Status s = w.exec(sql, values, &row.meta.id); !s)
        return s;
    if (table == HouseholdTable)
        w.setHousehold(row.meta.id);
    for (const Change &c : logged) {
        if (Status s = w.audit(table, row.meta.uuid, QStringLiteral("insert"), c.column, c.oldValue, c.newValue); !s)
            return s;
    }
    return {};
}

// Writes the changed columns of a row, stamps it and bumps its revision; `before` is the stored row.
template <typename T>
Status updateRow(Writer &w, const QString &table, const T &before, T &row, const QList<Change> &changes)
{
    QStringList sets;
    QVariantList values;
    for (const Change &c : changes) {
        sets << c.column + QStringLiteral(" = ?");
        values << c.newValue;
    }
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?")
         << QStringLiteral("revision = revision + 1");
    values << w.now() << w.user() << before.meta.id;
    const QString sql = QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + sets.join(u',')
        + QStringLiteral(" WHERE id = ?");
    if (Status s = w.exec(sql, values); !s)
        return s;
    row.meta = before.meta;
    row.meta.updatedAt = w.now();
    row.meta.updatedBy = w.user();
    row.meta.revision = before.meta.revision + 1;
    for (const Change &c : changes) {
        if (Status s = w.audit(table, row.meta.uuid, QStringLiteral("update"), c.column, c.oldValue, c.newValue); !s)
            return s;
    }
    return {};
}

// Deletes a row; the log keeps its values (those differing from a blank record) so it can be rebuilt.
template <typename T>
Status deleteRow(Writer &w, const QString &table, const QList<Field<T>> &fields, const T &before, int position)
{
    static const T blank{};
    if (Status s = w.exec(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"), {before.meta.id});
        !s)
        return s;
    if (position > 0) {
        if (Status s = w.audit(
                table, before.meta.uuid, QStringLiteral("delete"), QStringLiteral("position"), position, QVariant());
            !s)
            return s;
    }
    for (const Field<T> &f : fields) {
        const QVariant value = toSql(before, f);
        if (value == toSql(blank, f))
            continue;
        if (Status s
            = w.audit(table, before.meta.uuid, QStringLiteral("delete"), QLatin1String(f.column), value, QVariant());
            !s)
            return s;
    }
    return {};
}

// The stored household, with whether it is deleted and each member's stored position.
struct Stored
{
    Household household;
    bool deleted = false;
    QHash<qint64, int> memberPositions;
};

template <typename T>
Status readChildren(sqlite3 *db, const QString &table, const QList<Field<T>> &fields, const QString &order,
    qint64 householdId, QList<T> &out)
{
    SqliteReader s(db, selectSql(table, fields, true) + QStringLiteral(" WHERE t.household_id = ? ORDER BY ") + order);
    s.bind(1, householdId);
    while (s.step()) {
        T row;
        readRow(s, fields, ChildFieldsStart, row);
        out.append(std::move(row));
    }
    return s.error().isEmpty() ? Status() : Status::failure(s.error());
}

// Reads one household; nullopt with an empty error when it does not exist.
std::optional<Stored> readStored(CountyDatabase &db, qint64 householdId, QString *error)
{
    sqlite3 *handle = db.handle();
    SqliteReader s(handle, selectSql(HouseholdTable, householdFields(), false) + QStringLiteral(" WHERE t.id = ?"));
    s.bind(1, householdId);
    if (!s.step()) {
        *error = s.error();
        return std::nullopt;
    }
    Stored stored;
    readRow(s, householdFields(), MetaColumns, stored.household);

    SqliteReader deleted(handle, QStringLiteral("SELECT deleted_at IS NOT NULL FROM household WHERE id = ?"));
    deleted.bind(1, householdId);
    stored.deleted = deleted.step() && deleted.integer(0) != 0;

    Household &h = stored.household;
    Status st
        = readChildren(handle, MemberTable, memberFields(), QStringLiteral("t.position, t.id"), householdId, h.members);
    if (st)
        st = readChildren(handle, IncomeTable, incomeFields(), QStringLiteral("t.year"), householdId, h.incomes);
    if (st)
        st = readChildren(
            handle, LivingTable, livingFields(), QStringLiteral("t.year"), householdId, h.livingConditions);
    if (!st) {
        *error = st.error();
        return std::nullopt;
    }
    SqliteReader positions(handle, QStringLiteral("SELECT id, position FROM member WHERE household_id = ?"));
    positions.bind(1, householdId);
    while (positions.step())
        stored.memberPositions.insert(positions.integer(0), int(positions.integer(1)));
    return stored;
}

// Brings the stored rows of one table in line with the edited list: deletes, then updates, then
// inserts, so that a year removed and added again does not collide with itself.
template <typename T>
Status syncRows(Writer &w, const QString &table, const QList<Field<T>> &fields, qint64 householdId, QList<T> &rows,
    const QList<T> &before, const QHash<qint64, int> *positions, bool *changed)
{
    QHash<qint64, const T *> stored;
    for (const T &row : before)
        stored.insert(row.meta.id, &row);
    QSet<qint64> kept;
    for (const T &row : rows) {
        if (row.meta.id == 0)
            continue;
        if (!stored.contains(row.meta.id) || kept.contains(row.meta.id))
            return Status::failure(HouseholdRepository::tr(
                "A row of this household was changed elsewhere or belongs to another household. Reopen the "
                "household and make the change again."));
        kept.insert(row.meta.id);
    }
    for (const T &old : before) {
        if (kept.contains(old.meta.id))
            continue;
        if (Status s = deleteRow(w, table, fields, old, positions ? positions->value(old.meta.id) : 0); !s)
            return s;
        *changed = true;
    }
    for (int i = 0; i < rows.size(); ++i) {
        T &row = rows[i];
        if (row.meta.id == 0)
            continue;
        const T &old = *stored.value(row.meta.id);
        QList<Change> changes = diff(fields, old, row);
        if (positions && positions->value(row.meta.id) != i + 1)
            changes.prepend({QStringLiteral("position"), positions->value(row.meta.id), i + 1});
        if (changes.isEmpty()) {
            row.meta = old.meta;
            continue;
        }
        if (Status s = updateRow(w, table, old, row, changes); !s)
            return s;
        *changed = true;
    }
    for (int i = 0; i < rows.size(); ++i) {
        T &row = rows[i];
        if (row.meta.id != 0)
            continue;
        if (Status s = insertRow(w, table, fields, row, householdId, positions ? i + 1 : 0); !s)
            return s;
        *changed = true;
    }
    return {};
}

QString memberLabel(const Member &m, int index)
{
    return m.name.trimmed().isEmpty() ? HouseholdRepository::tr("member no. %1").arg(index + 1) : m.name.trimmed();
}

} // namespace

HouseholdRepository::HouseholdRepository(CountyDatabase &db) : m_db(db)
{ }

Result<Household> HouseholdRepository::load(qint64 householdId) const
{
    QString error;
    std::optional<Stored> stored = readStored(m_db, householdId, &error);
    if (!stored) {
        return Result<Household>::failure(
            error.isEmpty() ? tr("Household %1 does not exist.").arg(householdId) : error);
    }
    return std::move(stored->household);
}

bool HouseholdRepository::isDeleted(qint64 householdId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT deleted_at IS NOT NULL FROM household WHERE id = ?"));
    q.addBindValue(householdId);
    return q.exec() && q.next() && q.value(0).toBool();
}

Status HouseholdRepository::checkUnique(const Household &household) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT h.deleted_at IS NOT NULL, (SELECT name FROM member WHERE household_id = h.id "
                             "AND relation_code = '01' LIMIT 1) FROM household h WHERE h.code = ? AND h.id <> ?"));
    q.addBindValue(household.code);
    q.addBindValue(household.meta.id);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (q.next()) {
        const QString head = q.value(1).toString();
        if (q.value(0).toBool())
            return Status::failure(tr("The household code %1 is already used by a deleted household (head: %2). "
                                      "Restore that household, or choose another code.")
                                       .arg(household.code, head));
        return Status::failure(
            tr("The household code %1 is already used by another household (head: %2).").arg(household.code, head));
    }

    QHash<QString, int> seen;
    for (int i = 0; i < household.members.size(); ++i) {
        const QString &id = household.members.at(i).idNumber;
        if (id.isEmpty())
            continue;
        if (seen.contains(id)) {
            const int first = seen.value(id);
            return Status::failure(
                tr("The ID number %1 is entered twice in this household: for %2 and for %3.")
                    .arg(id, memberLabel(household.members.at(first), first), memberLabel(household.members.at(i), i)));
        }
        seen.insert(id, i);
    }

    // `id_number <> ''` lets SQLite use the partial index on member(id_number).
    q.prepare(QStringLiteral("SELECT m.name, h.code FROM member m JOIN household h ON h.id = m.household_id "
                             "WHERE m.id_number = ? AND m.id_number <> '' AND h.deleted_at IS NULL AND h.id <> ? "
                             "LIMIT 1"));
    for (int i = 0; i < household.members.size(); ++i) {
        const Member &m = household.members.at(i);
        if (m.idNumber.isEmpty())
            continue;
        q.bindValue(0, m.idNumber);
        q.bindValue(1, household.meta.id);
        if (!q.exec())
            return Status::failure(q.lastError().text());
        if (q.next())
            return Status::failure(
                tr("The ID number %1 of %2 is already registered for %3 in household %4. A "
                   "person can be registered in only one household.")
                    .arg(m.idNumber, memberLabel(m, i), q.value(0).toString(), q.value(1).toString()));
    }
    return {};
}

Result<qint64> HouseholdRepository::save(Household &household)
{
    using R = Result<qint64>;
    Household next = household;
    for (Member &m : next.members) {
        if (!m.idNumber.isEmpty())
            m.idNumber = IdNumber::normalize(m.idNumber);
    }

    // Refusals a user can act on come before any SQL error could.
    if (next.code.trimmed().isEmpty())
        return R::failure(tr("The household code is empty."));
    if (next.townshipId == 0 || next.villageId == 0)
        return R::failure(tr("Choose the township and village of household %1.").arg(next.code));
    QStringList heads;
    for (int i = 0; i < next.members.size(); ++i) {
        if (next.members.at(i).isHead())
            heads << memberLabel(next.members.at(i), i);
    }
    if (heads.isEmpty())
        return R::failure(tr("Household %1 has no head. Mark one member as the head of household.").arg(next.code));
    if (heads.size() > 1)
        return R::failure(tr("Household %1 has more than one head (%2). Only one member can be the head.")
                              .arg(next.code, heads.join(QStringLiteral(", "))));
    QSet<int> years;
    for (const IncomeRecord &r : std::as_const(next.incomes)) {
        if (r.householdSize <= 0)
            return R::failure(tr("The income of %1 has no household size.").arg(r.year));
        if (years.contains(r.year))
            return R::failure(tr("There are two income records for %1.").arg(r.year));
        years.insert(r.year);
    }
    years.clear();
    for (const LivingConditions &l : std::as_const(next.livingConditions)) {
        if (years.contains(l.year))
            return R::failure(tr("There are two records of living conditions for %1.").arg(l.year));
        years.insert(l.year);
    }

    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return R::failure(tr("The county file is busy; another program or window is saving. Try again."));

    std::optional<Stored> stored;
    if (next.meta.id != 0) {
        QString error;
        stored = readStored(m_db, next.meta.id, &error);
        if (!stored)
            return R::failure(error.isEmpty() ? tr("Household %1 no longer exists.").arg(next.code) : error);
        if (stored->deleted)
            return R::failure(tr("Household %1 has been deleted. Restore it before changing it.").arg(next.code));
        if (stored->household.meta.revision != next.meta.revision)
            return R::failure(
                tr("Household %1 was changed by %2 at %3 after you opened it. Reopen it to see "
                   "those changes, then make yours again.")
                    .arg(stored->household.code, stored->household.meta.updatedBy, stored->household.meta.updatedAt));
    }
    if (Status s = checkUnique(next); !s)
        return R::failure(s.error());

    Writer writer(m_db.sql(), m_db.currentUser());
    writer.setHousehold(next.meta.id);
    bool changed = false;
    QList<Change> householdChanges;
    if (!stored) {
        if (Status s = insertRow(writer, HouseholdTable, householdFields(), next, 0, 0); !s)
            return R::failure(s.error());
        changed = true;
    } else {
        householdChanges = diff(householdFields(), stored->household, next);
    }
    const qint64 id = next.meta.id;
    const Household empty;
    const Household &before = stored ? stored->household : empty;
    // Members carry positions (the booklet order); a new household has none stored yet.
    const QHash<qint64, int> noPositions;
    const QHash<qint64, int> *positions = stored ? &stored->memberPositions : &noPositions;
    Status s = syncRows(writer, MemberTable, memberFields(), id, next.members, before.members, positions, &changed);
    if (s)
        s = syncRows(writer, IncomeTable, incomeFields(), id, next.incomes, before.incomes, nullptr, &changed);
    if (s)
        s = syncRows(
            writer, LivingTable, livingFields(), id, next.livingConditions, before.livingConditions, nullptr, &changed);
    if (!s)
        return R::failure(s.error());

    if (stored) {
        if (householdChanges.isEmpty() && !changed) {
            next.meta = stored->household.meta;
            household = std::move(next);
            return id; // nothing to write, nothing to audit
        }
        // The household's revision moves with any of its rows: it is what a concurrent editor checks.
        if (Status u = updateRow(writer, HouseholdTable, stored->household, next, householdChanges); !u)
            return R::failure(u.error());
    }
    if (Status c = transaction.commit(); !c)
        return R::failure(c.error());
    household = std::move(next);
    return id;
}

Status HouseholdRepository::softDelete(qint64 householdId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Give a reason for deleting the household."));
    return setDeleted(householdId, reason.trimmed());
}

Status HouseholdRepository::restore(qint64 householdId)
{
    return setDeleted(householdId, std::nullopt);
}

Status HouseholdRepository::setDeleted(qint64 householdId, const std::optional<QString> &reason)
{
    const bool deleting = reason.has_value();
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(tr("The county file is busy; another program or window is saving. Try again."));

    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT uuid, code, deleted_at, deleted_reason FROM household WHERE id = ?"));
    q.addBindValue(householdId);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (!q.next())
        return Status::failure(tr("Household %1 does not exist.").arg(householdId));
    const QString uuid = q.value(0).toString();
    const QString code = q.value(1).toString();
    const QVariant deletedAt = q.value(2);
    const QVariant deletedReason = q.value(3);
    if (deleting && !deletedAt.isNull())
        return Status::failure(tr("Household %1 is already deleted.").arg(code));
    if (!deleting) {
        if (deletedAt.isNull())
            return Status::failure(tr("Household %1 is not deleted.").arg(code));
        // While it was deleted, its people may have been registered again elsewhere.
        Result<Household> household = load(householdId);
        if (!household)
            return Status::failure(household.error());
        if (Status s = checkUnique(household.value()); !s)
            return Status::failure(tr("Household %1 cannot be restored: %2").arg(code, s.error()));
    }

    Writer w(m_db.sql(), m_db.currentUser());
    w.setHousehold(householdId);
    const QVariant newAt = deleting ? QVariant(w.now()) : QVariant();
    const QVariant newReason = deleting ? QVariant(*reason) : QVariant();
    Status s = w.exec(QStringLiteral("UPDATE household SET deleted_at = ?, deleted_reason = ?, updated_at = ?, "
                                     "updated_by = ?, revision = revision + 1 WHERE id = ?"),
        {newAt, newReason, w.now(), w.user(), householdId});
    const QString action = deleting ? QStringLiteral("delete") : QStringLiteral("restore");
    if (s)
        s = w.audit(HouseholdTable, uuid, action, QStringLiteral("deleted_at"), deletedAt, newAt);
    if (s)
        s = w.audit(HouseholdTable, uuid, action, QStringLiteral("deleted_reason"), deletedReason, newReason);
    return s ? transaction.commit() : s;
}

Status HouseholdRepository::forEach(qint64 divisionId, const std::function<bool(const Household &)> &visit) const
{
    QString divisionColumn; // empty for the whole county
    if (divisionId != 0) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT level FROM division WHERE id = ?"));
        q.addBindValue(divisionId);
        if (!q.exec())
            return Status::failure(q.lastError().text());
        if (!q.next())
            return Status::failure(tr("Division %1 does not exist.").arg(divisionId));
        static const QStringList columns{QString(), QString(), QStringLiteral("township_id"),
            QStringLiteral("village_id"), QStringLiteral("group_id")};
        divisionColumn = columns.value(q.value(0).toInt());
    }
    const QList<qint64> binds = divisionColumn.isEmpty() ? QList<qint64>() : QList<qint64>{divisionId};
    const auto where = [&](const QString &alias) -> QString {
        QString sql = QStringLiteral(" WHERE ") + alias + QStringLiteral(".deleted_at IS NULL");
        if (!divisionColumn.isEmpty())
            sql += QStringLiteral(" AND ") + alias + u'.' + divisionColumn + QStringLiteral(" = ?");
        return sql;
    };

    sqlite3 *handle = m_db.handle();
    // Four queries ordered by household and merged: the number of queries does not grow with the
    // number of households. Ordering by h.id (not t.household_id) lets SQLite walk the division's
    // index instead of sorting.
    SqliteReader households(handle,
        selectSql(HouseholdTable, householdFields(), false) + where(QStringLiteral("t"))
            + QStringLiteral(" ORDER BY t.id"));
    for (int i = 0; i < binds.size(); ++i)
        households.bind(i + 1, binds.at(i));
    const auto childSql = [&](const QString &table, const auto &fields, const QString &order) -> QString {
        return selectSql(table, fields, true) + QStringLiteral(" JOIN household h ON h.id = t.household_id")
            + where(QStringLiteral("h")) + QStringLiteral(" ORDER BY h.id, ") + order;
    };
    ChildCursor<Member> members(
        handle, childSql(MemberTable, memberFields(), QStringLiteral("t.position")), memberFields(), binds);
    ChildCursor<IncomeRecord> incomes(
        handle, childSql(IncomeTable, incomeFields(), QStringLiteral("t.year")), incomeFields(), binds);
    ChildCursor<LivingConditions> living(
        handle, childSql(LivingTable, livingFields(), QStringLiteral("t.year")), livingFields(), binds);
    for (const QString &error : {households.error(), members.error(), incomes.error(), living.error()}) {
        if (!error.isEmpty())
            return Status::failure(error);
    }

    while (households.step()) {
        Household h;
        readRow(households, householdFields(), MetaColumns, h);
        members.take(h.meta.id, h.members);
        incomes.take(h.meta.id, h.incomes);
        living.take(h.meta.id, h.livingConditions);
        if (!visit(h))
            return {};
    }
    for (const QString &error : {households.error(), members.error(), incomes.error(), living.error()}) {
        if (!error.isEmpty())
            return Status::failure(error);
    }
    return {};
}
