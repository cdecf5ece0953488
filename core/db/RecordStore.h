// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "db/RecordFields.h"
#include "db/RecordStamp.h"
#include "db/RecordWriter.h"
#include "db/SqliteReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

// The record machinery: reading, inserting, updating, deleting and syncing the rows of any kind of
// record from its RecordKind declaration, with field-level audit. Repositories of every area are
// built on these; none writes its own column lists. Every record carries RecordMeta as `meta`.
namespace RecordStore {

using RecordFields::Field;
using RecordFields::RecordKind;

// Columns before the fields: the record meta, then the parent id for child rows.
constexpr int MetaColumns = 6;

template <typename T> QString table()
{
    return QLatin1String(RecordFields::recordKind<T>().table);
}

template <typename T> bool isChild()
{
    return RecordFields::recordKind<T>().parentColumn != nullptr;
}

template <typename T> int firstFieldColumn()
{
    return MetaColumns + (isChild<T>() ? 1 : 0);
}

// SELECT meta, [parent], fields FROM table t
template <typename T> QString selectSql()
{
    const RecordKind<T> &kind = RecordFields::recordKind<T>();
    QString sql = kind.stamps == RecordFields::Stamps::Full
        ? QStringLiteral("SELECT t.id, t.uuid, coalesce(t.created_at, t.updated_at), t.updated_at, t.updated_by, "
                         "t.revision")
        : QStringLiteral("SELECT t.id, t.uuid, t.created_at, t.created_at, t.updated_by, 1");
    if (kind.parentColumn)
        sql += QStringLiteral(", t.") + QLatin1String(kind.parentColumn);
    for (const Field<T> &f : kind.fields)
        sql += f.isPhrase()
            ? QString(QStringLiteral(", (SELECT text FROM phrase WHERE id = t.") + QLatin1String(f.column) + u')')
            : QString(QStringLiteral(", t.") + QLatin1String(f.column));
    return sql + QStringLiteral(" FROM ") + table<T>() + QStringLiteral(" t");
}

// What a field's value is bound as: its text's id in the phrase table for a phrase (fupin_phrase,
// CountyDatabase), the value itself otherwise.
template <typename T> QString valueMark(const Field<T> &field)
{
    return field.isPhrase() ? QStringLiteral("fupin_phrase(?)") : QStringLiteral("?");
}

// One field from a result column. Codes repeat and share one string; names, ID numbers and places
// rarely do, and are read plainly.
template <typename T> void readField(T &row, const Field<T> &field, SqliteReader &s, int column)
{
    std::visit(RecordFields::Overloaded{
                   [&](QString T::*p) { row.*p = field.codeList ? s.sharedText(column) : s.text(column); },
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

template <typename T> void readRow(SqliteReader &s, T &row)
{
    row.meta.id = s.integer(0);
    row.meta.uuid = s.uuid(1);
    row.meta.createdAt = s.integer(2);
    row.meta.updatedAt = s.integer(3);
    row.meta.updatedBy = s.sharedText(4);
    row.meta.revision = int(s.integer(5));
    const QList<Field<T>> &fields = RecordFields::fieldsOf<T>();
    const int first = firstFieldColumn<T>();
    for (int i = 0; i < fields.size(); ++i)
        readField(row, fields.at(i), s, first + i);
}

// The stamp columns a new row of the kind is written with after its uuid. A record people edit is
// created when it was last changed until it is changed: its created_at stays NULL until then (level
// 16; the table's trigger <table>_created_kept keeps the old updated_at when it changes).
template <typename T> QStringList stampColumns()
{
    if (RecordFields::recordKind<T>().stamps == RecordFields::Stamps::Entered)
        return {QStringLiteral("created_at"), QStringLiteral("updated_by")};
    return {QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("revision")};
}

// Their values, stamped by the writer.
template <typename T> QVariantList stampValues(const RecordWriter &w)
{
    if (RecordFields::recordKind<T>().stamps == RecordFields::Stamps::Entered)
        return {w.now(), w.user()};
    return {w.now(), w.user(), 1};
}

// The columns a new row of the kind is written with, in order: uuid, the parent for child rows,
// position when asked for, then the declared fields. Bulk writers (the demo) build their statements
// from it, so that no column list is written twice.
template <typename T> QStringList insertColumns(bool withPosition = false)
{
    const RecordKind<T> &kind = RecordFields::recordKind<T>();
    QStringList columns{QStringLiteral("uuid")};
    if (kind.parentColumn)
        columns << QLatin1String(kind.parentColumn);
    if (withPosition)
        columns << QStringLiteral("position");
    for (const Field<T> &f : kind.fields)
        columns << QLatin1String(f.column);
    return columns;
}

// The value marks of insertColumns(), in the same order.
template <typename T> QStringList insertMarks(bool withPosition = false)
{
    const RecordKind<T> &kind = RecordFields::recordKind<T>();
    QStringList marks{QStringLiteral("?")};
    if (kind.parentColumn)
        marks << QStringLiteral("?");
    if (withPosition)
        marks << QStringLiteral("?");
    for (const Field<T> &f : kind.fields)
        marks << valueMark(f);
    return marks;
}

// The household a record's changes are audited against, so that they show in its history: the
// household itself, the household a child row belongs to (parentId), or the household a record of
// its own names (pairings, measures, visits); 0 for records not owned by a household.
template <typename T> qint64 householdOf(const T &row, qint64 parentId = 0)
{
    const RecordKind<T> &kind = RecordFields::recordKind<T>();
    if (kind.owner != RecordFields::Owner::Household)
        return 0;
    if (kind.parentColumn)
        return parentId;
    if (RecordFields::find<T>(QStringLiteral("household_id")))
        return RecordFields::value(row, QStringLiteral("household_id")).toLongLong();
    return row.meta.id;
}

// Reads the child rows of many parents in parent order, handing each parent its own; the query is
// ordered by parent, so this is a merge with the parents' query.
template <typename T> class ChildCursor
{
public:
    ChildCursor(sqlite3 *db, const QString &sql, const QList<qint64> &binds) : m_statement(db, sql)
    {
        for (int i = 0; i < binds.size(); ++i)
            m_statement.bind(i + 1, binds.at(i));
        m_has = m_statement.error().isEmpty() && m_statement.step();
    }

    void take(qint64 parentId, QList<T> &out)
    {
        while (m_has && m_statement.integer(MetaColumns) <= parentId) {
            if (m_statement.integer(MetaColumns) == parentId) {
                T row;
                readRow(m_statement, row);
                out.append(std::move(row));
            }
            m_has = m_statement.step();
        }
    }
    const QString &error() const { return m_statement.error(); }

private:
    SqliteReader m_statement;
    bool m_has = false;
};

// The refusal of an update or deletion of an append-only kind's entry (its label untranslated).
Status neverChanged(const char *kindLabel);

struct Change
{
    QString column;
    QVariant oldValue;
    QVariant newValue;
};

template <typename T> QList<Change> diff(const T &before, const T &after)
{
    QList<Change> changes;
    for (const Field<T> &f : RecordFields::fieldsOf<T>()) {
        QVariant oldValue = RecordFields::toSql(before, f);
        QVariant newValue = RecordFields::toSql(after, f);
        if (oldValue != newValue)
            changes.append({QLatin1String(f.column), std::move(oldValue), std::move(newValue)});
    }
    return changes;
}

// Inserts a new row (with its parent and position for child rows). The audit log gets every field
// that differs from a blank record, which is enough to rebuild the record without filling the log
// with defaults; for an append-only kind, every field that is not NULL.
template <typename T> Status insertRow(RecordWriter &w, T &row, qint64 parentId = 0, int position = 0)
{
    static const T blank{};
    const RecordKind<T> &kind = RecordFields::recordKind<T>();
    // An editor names new rows before they are saved (undo commands and drafts refer to them).
    if (row.meta.uuid.isEmpty())
        row.meta.uuid = RecordStamp::newUuid();
    row.meta.createdAt = w.now();
    row.meta.updatedAt = w.now();
    row.meta.updatedBy = w.user();
    row.meta.revision = 1;

    QStringList columns = QStringList{QStringLiteral("uuid")} + stampColumns<T>();
    QVariantList values = QVariantList{RecordStamp::uuidValue(row.meta.uuid)} + stampValues<T>(w);
    QList<Change> logged;
    if (kind.parentColumn) {
        columns << QLatin1String(kind.parentColumn);
        values << parentId;
    }
    if (position > 0) {
        columns << QStringLiteral("position");
        values << position;
        logged.append({QStringLiteral("position"), QVariant(), position});
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    for (const Field<T> &f : kind.fields) {
        const QVariant value = RecordFields::toSql(row, f);
        columns << QLatin1String(f.column);
        marks << valueMark(f);
        values << value;
        // An append-only entry is never changed, so its log holds every field it has.
        if (kind.appendOnly ? value.isValid() : value != RecordFields::toSql(blank, f))
            logged.append({QLatin1String(f.column), QVariant(), value});
    }
    const QString sql = QStringLiteral("INSERT INTO ") + table<T>() + QStringLiteral(" (") + columns.join(u',')
        + QStringLiteral(") VALUES (") + marks.join(u',') + u')';
    if (Status s = w.exec(sql, values, &row.meta.id); !s)
        return s;
    // A new household's own id is known only now; a row that names no household is audited against
    // the one its writer named.
    if (const qint64 household = householdOf(row, parentId); household != 0)
        w.setHousehold(household);
    for (const Change &c : logged) {
        if (Status s = w.audit(table<T>(), row.meta.uuid, QStringLiteral("insert"), c.column, c.oldValue, c.newValue);
            !s)
            return s;
    }
    return {};
}

// Writes the changed columns of a row, stamps it and bumps its revision; `before` is the stored row.
template <typename T> Status updateRow(RecordWriter &w, const T &before, T &row, const QList<Change> &changes)
{
    if (RecordFields::recordKind<T>().appendOnly)
        return neverChanged(RecordFields::recordKind<T>().label);
    QStringList sets;
    QVariantList values;
    for (const Change &c : changes) {
        const Field<T> *field = RecordFields::find<T>(c.column);
        sets << c.column + QStringLiteral(" = ") + (field ? valueMark(*field) : QStringLiteral("?"));
        values << c.newValue;
    }
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?")
         << QStringLiteral("revision = revision + 1");
    values << w.now() << w.user() << before.meta.id;
    const QString sql = QStringLiteral("UPDATE ") + table<T>() + QStringLiteral(" SET ") + sets.join(u',')
        + QStringLiteral(" WHERE id = ?");
    if (Status s = w.exec(sql, values); !s)
        return s;
    row.meta = before.meta;
    row.meta.updatedAt = w.now();
    row.meta.updatedBy = w.user();
    row.meta.revision = before.meta.revision + 1;
    for (const Change &c : changes) {
        if (Status s = w.audit(table<T>(), row.meta.uuid, QStringLiteral("update"), c.column, c.oldValue, c.newValue);
            !s)
            return s;
    }
    return {};
}

// Deletes a child row for good; the log keeps its values (those differing from a blank record) so
// that it can be rebuilt, and a tombstone keeps its uuid.
template <typename T> Status deleteRow(RecordWriter &w, const T &before, int position = 0)
{
    if (RecordFields::recordKind<T>().appendOnly)
        return neverChanged(RecordFields::recordKind<T>().label);
    static const T blank{};
    if (Status s
        = w.exec(QStringLiteral("DELETE FROM ") + table<T>() + QStringLiteral(" WHERE id = ?"), {before.meta.id});
        !s)
        return s;
    if (Status s = w.tombstone(table<T>(), before.meta.uuid); !s)
        return s;
    if (position > 0) {
        if (Status s
            = w.audit(table<T>(), before.meta.uuid, QStringLiteral("delete"), QStringLiteral("position"), position, {});
            !s)
            return s;
    }
    for (const Field<T> &f : RecordFields::fieldsOf<T>()) {
        const QVariant value = RecordFields::toSql(before, f);
        if (value == RecordFields::toSql(blank, f))
            continue;
        if (Status s = w.audit(
                table<T>(), before.meta.uuid, QStringLiteral("delete"), QLatin1String(f.column), value, QVariant());
            !s)
            return s;
    }
    return {};
}

// One row by id; nullopt with an empty error when it does not exist.
template <typename T> std::optional<T> readOne(sqlite3 *db, qint64 id, QString *error)
{
    SqliteReader s(db, selectSql<T>() + QStringLiteral(" WHERE t.id = ?"));
    s.bind(1, id);
    if (!s.step()) {
        *error = s.error();
        return std::nullopt;
    }
    T row;
    readRow(s, row);
    return row;
}

// The child rows of one parent, in the kind's order.
template <typename T> Status readChildren(sqlite3 *db, qint64 parentId, QList<T> &out)
{
    const RecordKind<T> &kind = RecordFields::recordKind<T>();
    SqliteReader s(db,
        selectSql<T>() + QStringLiteral(" WHERE t.") + QLatin1String(kind.parentColumn) + QStringLiteral(" = ?")
            + QStringLiteral(" ORDER BY ") + QLatin1String(kind.orderBy));
    s.bind(1, parentId);
    while (s.step()) {
        T row;
        readRow(s, row);
        out.append(std::move(row));
    }
    return s.error().isEmpty() ? Status() : Status::failure(s.error());
}

// Brings the stored child rows of one parent in line with the edited list: deletes, then updates,
// then inserts, so that a year removed and added again does not collide with itself. Rows are
// matched by id (0 for new rows). With positions (stored position by id), list order is kept as the
// rows' position column. Sets *changed when anything was written.
template <typename T>
Status syncRows(RecordWriter &w, qint64 parentId, QList<T> &rows, const QList<T> &before,
    const QHash<qint64, int> *positions, bool *changed)
{
    QHash<qint64, const T *> stored;
    for (const T &row : before)
        stored.insert(row.meta.id, &row);
    QSet<qint64> kept;
    for (const T &row : rows) {
        if (row.meta.id == 0)
            continue;
        if (!stored.contains(row.meta.id) || kept.contains(row.meta.id))
            return Status::failure(QCoreApplication::translate("RecordStore",
                "A row of this record was changed elsewhere or belongs to another record. Reopen the record "
                "and make the change again."));
        kept.insert(row.meta.id);
    }
    for (const T &old : before) {
        if (kept.contains(old.meta.id))
            continue;
        if (Status s = deleteRow(w, old, positions ? positions->value(old.meta.id) : 0); !s)
            return s;
        *changed = true;
    }
    for (int i = 0; i < rows.size(); ++i) {
        T &row = rows[i];
        if (row.meta.id == 0)
            continue;
        const T &old = *stored.value(row.meta.id);
        QList<Change> changes = diff(old, row);
        if (positions && positions->value(row.meta.id) != i + 1)
            changes.prepend({QStringLiteral("position"), positions->value(row.meta.id), i + 1});
        if (changes.isEmpty()) {
            row.meta = old.meta;
            continue;
        }
        if (Status s = updateRow(w, old, row, changes); !s)
            return s;
        *changed = true;
    }
    for (int i = 0; i < rows.size(); ++i) {
        T &row = rows[i];
        if (row.meta.id != 0)
            continue;
        if (Status s = insertRow(w, row, parentId, positions ? i + 1 : 0); !s)
            return s;
        *changed = true;
    }
    return {};
}

// Soft-deletes (with a reason) or restores (nullopt) a record of a kind that keeps deleted records,
// inside the caller's transaction: one update and its two audit entries. `label` names the record in
// messages.
Status setDeleted(
    RecordWriter &w, const QString &table, qint64 id, const QString &label, const std::optional<QString> &reason);

// Whether a record of a soft-deleting kind is deleted (false when it does not exist).
bool isDeleted(sqlite3 *db, const QString &table, qint64 id);

} // namespace RecordStore
