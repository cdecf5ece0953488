// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/LinkStore.h"

#include "db/AccessGate.h"
#include "db/RecordStore.h"

namespace LinkStore {

namespace {

QString column(const char *name)
{
    return QLatin1String(name);
}

QString table(const LinkKind &kind)
{
    return QLatin1String(kind.table);
}

Status refusedUnlessAllowed(const CountyDatabase &db, RecordWriter &w, const LinkKind &kind, qint64 householdId)
{
    w.setHousehold(householdId);
    return AccessGate::checkWrite(db, kind.access, householdId);
}

// The set as the audit log keeps it: each value shown as the kind says, joined.
Result<QVariant> shown(RecordWriter &w, const LinkKind &kind, const QVariantList &others)
{
    QStringList texts;
    for (const QVariant &other : others) {
        if (!kind.shownSql) {
            texts << other.toString();
            continue;
        }
        const Result<QList<QVariantList>> rows = w.select(QLatin1String(kind.shownSql), {other});
        if (!rows)
            return Result<QVariant>::failure(rows.error());
        texts << (rows->isEmpty() ? other.toString() : rows->first().value(0).toString());
    }
    if (texts.isEmpty())
        return QVariant();
    return QVariant(texts.join(QString::fromUtf8(kind.separator)));
}

Result<QString> uuidOf(RecordWriter &w, const LinkKind &kind, qint64 ownerId, const QVariant &other)
{
    const Result<QList<QVariantList>> rows = w.select(QStringLiteral("SELECT uuid FROM ") + table(kind)
            + QStringLiteral(" WHERE ") + column(kind.ownerColumn) + QStringLiteral(" = ? AND ")
            + column(kind.otherColumn) + QStringLiteral(" = ?"),
        {ownerId, other});
    if (!rows)
        return Result<QString>::failure(rows.error());
    return rows->isEmpty() ? QString() : RecordStamp::uuidText(rows->first().value(0));
}

Status insertLink(RecordWriter &w, const LinkKind &kind, qint64 ownerId, const QVariant &other, int position)
{
    QStringList columns{column(kind.ownerColumn), column(kind.otherColumn)};
    QVariantList values{ownerId, other};
    const QString uuid = kind.auditedAsSet() ? QString() : RecordStamp::newUuid();
    if (!uuid.isEmpty()) {
        columns << QStringLiteral("uuid");
        values << RecordStamp::uuidValue(uuid);
    }
    if (kind.positionColumn) {
        columns << column(kind.positionColumn);
        values << position;
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    if (Status s = w.exec(QStringLiteral("INSERT INTO ") + table(kind) + QStringLiteral(" (") + columns.join(u',')
                + QStringLiteral(") VALUES (") + marks.join(u',') + u')',
            values);
        !s)
        return s;
    if (uuid.isEmpty())
        return {};
    return w.audit(table(kind), uuid, QStringLiteral("insert"), column(kind.ownerColumn), QVariant(), ownerId);
}

Status deleteLink(RecordWriter &w, const LinkKind &kind, qint64 ownerId, const QVariant &other)
{
    QString uuid;
    if (!kind.auditedAsSet()) {
        const Result<QString> found = uuidOf(w, kind, ownerId, other);
        if (!found)
            return Status::failure(found.error());
        uuid = found.value();
    }
    if (Status s
        = w.exec(QStringLiteral("DELETE FROM ") + table(kind) + QStringLiteral(" WHERE ") + column(kind.ownerColumn)
                + QStringLiteral(" = ? AND ") + column(kind.otherColumn) + QStringLiteral(" = ?"),
            {ownerId, other});
        !s)
        return s;
    if (uuid.isEmpty())
        return {};
    if (Status s = w.audit(table(kind), uuid, QStringLiteral("delete"), column(kind.ownerColumn), ownerId, QVariant());
        !s)
        return s;
    return w.tombstone(table(kind), uuid);
}

} // namespace

Result<QVariantList> linked(RecordWriter &w, const LinkKind &kind, qint64 ownerId)
{
    const Result<QList<QVariantList>> rows = w.select(QStringLiteral("SELECT ") + column(kind.otherColumn)
            + QStringLiteral(" FROM ") + table(kind) + QStringLiteral(" WHERE ") + column(kind.ownerColumn)
            + QStringLiteral(" = ? ORDER BY ") + column(kind.positionColumn ? kind.positionColumn : kind.otherColumn),
        {ownerId});
    if (!rows)
        return Result<QVariantList>::failure(rows.error());
    QVariantList others;
    for (const QVariantList &row : rows.value())
        others << row.value(0);
    return others;
}

bool isLinked(RecordWriter &w, const LinkKind &kind, qint64 ownerId, const QVariant &other)
{
    const Result<QList<QVariantList>> rows
        = w.select(QStringLiteral("SELECT 1 FROM ") + table(kind) + QStringLiteral(" WHERE ") + column(kind.ownerColumn)
                + QStringLiteral(" = ? AND ") + column(kind.otherColumn) + QStringLiteral(" = ?"),
            {ownerId, other});
    return rows && !rows->isEmpty();
}

Status add(const CountyDatabase &db, RecordWriter &w, const LinkKind &kind, qint64 ownerId, const QVariant &other,
    qint64 householdId)
{
    if (Status s = refusedUnlessAllowed(db, w, kind, householdId); !s)
        return s;
    if (isLinked(w, kind, ownerId, other))
        return Status::failure(QCoreApplication::translate("LinkStore", "The %1 is already recorded.")
                                   .arg(RecordFields::tr(kind.label).toLower()));
    const Result<QVariantList> before = linked(w, kind, ownerId);
    if (!before)
        return Status::failure(before.error());
    return insertLink(w, kind, ownerId, other, int(before->size()) + 1);
}

Status remove(const CountyDatabase &db, RecordWriter &w, const LinkKind &kind, qint64 ownerId, const QVariant &other,
    qint64 householdId)
{
    if (Status s = refusedUnlessAllowed(db, w, kind, householdId); !s)
        return s;
    if (!isLinked(w, kind, ownerId, other))
        return Status::failure(QCoreApplication::translate("LinkStore", "The %1 is not recorded.")
                                   .arg(RecordFields::tr(kind.label).toLower()));
    return deleteLink(w, kind, ownerId, other);
}

Status set(const CountyDatabase &db, RecordWriter &w, const LinkKind &kind, qint64 ownerId, const QString &ownerUuid,
    const QVariantList &others, qint64 householdId, bool *changed)
{
    const Result<QVariantList> before = linked(w, kind, ownerId);
    if (!before)
        return Status::failure(before.error());
    // Compared as SQL gives them back: text or integers.
    QStringList oldKeys, newKeys;
    for (const QVariant &v : before.value())
        oldKeys << v.toString();
    for (const QVariant &v : others)
        newKeys << v.toString();
    if (oldKeys == newKeys)
        return {};
    if (Status s = refusedUnlessAllowed(db, w, kind, householdId); !s)
        return s;
    const Result<QVariant> oldShown = shown(w, kind, before.value());
    if (!oldShown)
        return Status::failure(oldShown.error());
    // Positions shift as a whole, so a set with positions is written again; without, only what
    // changed is.
    for (const QVariant &old : before.value()) {
        if (!kind.positionColumn && newKeys.contains(old.toString()))
            continue;
        if (Status s = deleteLink(w, kind, ownerId, old); !s)
            return s;
    }
    for (int i = 0; i < others.size(); ++i) {
        if (!kind.positionColumn && oldKeys.contains(newKeys.at(i)))
            continue;
        if (Status s = insertLink(w, kind, ownerId, others.at(i), i + 1); !s)
            return s;
    }
    if (changed)
        *changed = true;
    if (!kind.auditedAsSet())
        return {};
    const Result<QVariant> newShown = shown(w, kind, others);
    if (!newShown)
        return Status::failure(newShown.error());
    return w.audit(QLatin1String(kind.auditTable), ownerUuid, QStringLiteral("update"), column(kind.auditField),
        oldShown.value(), newShown.value());
}

} // namespace LinkStore
