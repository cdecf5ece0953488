// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/KeyedStore.h"

#include "db/RecordFields.h"
#include "db/RecordWriter.h"
#include "db/SqlExec.h"

#include <QCoreApplication>

namespace {

using KeyedStore::Values;
using RecordFields::KeyedColumn;
using RecordFields::KeyedKind;

QString names(const Values &values, const QString &suffix, const QString &separator)
{
    QStringList parts;
    for (const auto &[column, value] : values)
        parts << QLatin1String(column) + suffix;
    return parts.join(separator);
}

QVariantList bindsOf(const Values &values)
{
    QVariantList binds;
    for (const auto &[column, value] : values)
        binds << value;
    return binds;
}

QString whereSql(const Values &where)
{
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + names(where, QStringLiteral(" = ?"), QStringLiteral(" AND "));
}

QString keyText(const Values &key)
{
    QStringList parts;
    for (const auto &[column, value] : key)
        parts << value.toString();
    return parts.join(u'/');
}

// NULL and empty text are the same to a reader of the history.
QVariant logged(const QVariant &v)
{
    if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
        return {};
    return v;
}

bool same(const QVariant &a, const QVariant &b)
{
    const QVariant x = logged(a), y = logged(b);
    if (!x.isValid() || !y.isValid())
        return x.isValid() == y.isValid();
    return x.toString() == y.toString();
}

Status audit(RecordWriter &w, const KeyedKind &kind, const QString &key, const QString &action, const char *column,
    const QVariant &oldValue, const QVariant &newValue)
{
    const KeyedColumn *declared = kind.column(column);
    if (!kind.audited || !declared || !declared->audited() || same(oldValue, newValue))
        return {};
    const QString field = kind.valueNamedByKey ? key : QString::fromLatin1(column);
    return w.audit(QLatin1String(kind.table), key, action, field, logged(oldValue), logged(newValue));
}

// The key part of a row (its declared key columns), for the audit.
Values keyOf(const KeyedKind &kind, const Values &row)
{
    Values key;
    for (const char *k : kind.keyColumns) {
        for (const auto &[column, value] : row) {
            if (qstrcmp(column, k) == 0)
                key.append({column, value});
        }
    }
    return key;
}

Status insertSql(RecordWriter &w, const KeyedKind &kind, const QString &verb, const Values &row, qint64 *id)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), row.size());
    return w.exec(verb + QLatin1String(kind.table) + QStringLiteral(" (") + names(row, {}, QStringLiteral(", "))
            + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + u')',
        bindsOf(row), id);
}

} // namespace

namespace KeyedStore {

Status insert(RecordWriter &w, const KeyedKind &kind, const Values &row, qint64 *insertedId)
{
    if (Status s = insertSql(w, kind, QStringLiteral("INSERT INTO "), row, insertedId); !s)
        return s;
    const QString key = keyText(keyOf(kind, row));
    for (const auto &[column, value] : row) {
        if (Status s = audit(w, kind, key, QStringLiteral("insert"), column, QVariant(), value); !s)
            return s;
    }
    return {};
}

Status update(RecordWriter &w, const KeyedKind &kind, const Values &where, const Values &values, bool *changed)
{
    if (changed)
        *changed = false;
    const QString table = QLatin1String(kind.table);
    const auto before = w.select(QStringLiteral("SELECT ") + names(values, {}, QStringLiteral(", "))
            + QStringLiteral(" FROM ") + table + whereSql(where),
        bindsOf(where));
    if (!before)
        return Status::failure(before.error());
    if (before->isEmpty())
        return Status::failure(QCoreApplication::translate("KeyedStore", "There is no %1 %2 in the county.")
                                   .arg(RecordFields::tr(kind.label), keyText(where)));
    if (Status s = w.exec(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
                + names(values, QStringLiteral(" = ?"), QStringLiteral(", ")) + whereSql(where),
            bindsOf(values) + bindsOf(where));
        !s)
        return s;
    const QString key = keyText(where);
    const QVariantList &old = before->first();
    for (int i = 0; i < values.size(); ++i) {
        const KeyedColumn *declared = kind.column(values.at(i).first);
        if (changed && declared && declared->audited() && !same(old.value(i), values.at(i).second))
            *changed = true;
        if (Status s
            = audit(w, kind, key, QStringLiteral("update"), values.at(i).first, old.value(i), values.at(i).second);
            !s)
            return s;
    }
    return {};
}

Status put(RecordWriter &w, const KeyedKind &kind, const Values &key, const Values &values)
{
    const auto exists
        = w.select(QStringLiteral("SELECT 1 FROM ") + QLatin1String(kind.table) + whereSql(key), bindsOf(key));
    if (!exists)
        return Status::failure(exists.error());
    if (!exists->isEmpty())
        return update(w, kind, key, values);
    return insert(w, kind, key + values);
}

Status keepFirst(RecordWriter &w, const KeyedKind &kind, const Values &row)
{
    return insertSql(w, kind, QStringLiteral("INSERT OR IGNORE INTO "), row, nullptr);
}

Status remove(RecordWriter &w, const KeyedKind &kind, const Values &where)
{
    const QString table = QLatin1String(kind.table);
    if (kind.audited) {
        Values columns;
        for (const char *k : kind.keyColumns)
            columns.append(std::pair<const char *, QVariant>(k, QVariant()));
        for (const KeyedColumn &c : kind.columns)
            columns.append(std::pair<const char *, QVariant>(c.column, QVariant()));
        const auto rows = w.select(QStringLiteral("SELECT ") + names(columns, {}, QStringLiteral(", "))
                + QStringLiteral(" FROM ") + table + whereSql(where),
            bindsOf(where));
        if (!rows)
            return Status::failure(rows.error());
        for (const QVariantList &row : rows.value()) {
            Values key;
            for (int i = 0; i < kind.keyColumns.size(); ++i)
                key.append({kind.keyColumns.at(i), row.value(i)});
            for (int i = 0; i < kind.columns.size(); ++i) {
                if (Status s = audit(w, kind, keyText(key), QStringLiteral("delete"), kind.columns.at(i).column,
                        row.value(kind.keyColumns.size() + i), QVariant());
                    !s)
                    return s;
            }
        }
    }
    return w.exec(QStringLiteral("DELETE FROM ") + table + whereSql(where), bindsOf(where));
}

Status replaceSet(RecordWriter &w, const KeyedKind &kind, const Values &owner, const QList<Values> &rows)
{
    if (Status s = w.exec(QStringLiteral("DELETE FROM ") + QLatin1String(kind.table) + whereSql(owner), bindsOf(owner));
        !s)
        return s;
    for (const Values &row : rows) {
        if (Status s = insertSql(w, kind, QStringLiteral("INSERT OR IGNORE INTO "), owner + row, nullptr); !s)
            return s;
    }
    return {};
}

Status seed(QSqlDatabase &db, const KeyedKind &kind, const Values &row)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), row.size());
    return execSql(db,
        QStringLiteral("INSERT OR REPLACE INTO ") + QLatin1String(kind.table) + QStringLiteral(" (")
            + names(row, {}, QStringLiteral(", ")) + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", "))
            + u')',
        bindsOf(row));
}

} // namespace KeyedStore
