// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/RecordStore.h"

namespace RecordStore {

Status neverChanged(const char *kindLabel)
{
    return Status::failure(QCoreApplication::translate(
        "RecordStore", "A %1 is never changed or deleted once recorded: record a new entry that reverses it instead.")
                               .arg(RecordFields::tr(kindLabel).toLower()));
}

Status setDeleted(
    RecordWriter &w, const QString &table, qint64 id, const QString &label, const std::optional<QString> &reason)
{
    const bool deleting = reason.has_value();
    // The table name comes from a kind's declaration, never from outside.
    const Result<QList<QVariantList>> rows = w.select(
        QStringLiteral("SELECT uuid, deleted_at, deleted_reason FROM ") + table + QStringLiteral(" WHERE id = ?"),
        {id});
    if (!rows)
        return Status::failure(rows.error());
    if (rows->isEmpty())
        return Status::failure(QCoreApplication::translate("RecordStore", "%1 does not exist.").arg(label));
    const QString uuid = RecordStamp::uuidText(rows->first().at(0));
    const QVariant deletedAt = rows->first().at(1);
    const QVariant deletedReason = rows->first().at(2);
    if (deleting && !deletedAt.isNull())
        return Status::failure(QCoreApplication::translate("RecordStore", "%1 is already deleted.").arg(label));
    if (!deleting && deletedAt.isNull())
        return Status::failure(QCoreApplication::translate("RecordStore", "%1 is not deleted.").arg(label));

    const QVariant newAt = deleting ? QVariant(w.now()) : QVariant();
    const QVariant newReason = deleting ? QVariant(*reason) : QVariant();
    Status s = w.exec(QStringLiteral("UPDATE ") + table
            + QStringLiteral(" SET deleted_at = ?, deleted_reason = ?, updated_at = ?, updated_by = ?, "
                             "revision = revision + 1 WHERE id = ?"),
        {newAt, newReason, w.now(), w.user(), id});
    const QString action = deleting ? QStringLiteral("delete") : QStringLiteral("restore");
    if (s)
        s = w.audit(table, uuid, action, QStringLiteral("deleted_at"), deletedAt, newAt);
    if (s)
        s = w.audit(table, uuid, action, QStringLiteral("deleted_reason"), deletedReason, newReason);
    return s;
}

bool isDeleted(sqlite3 *db, const QString &table, qint64 id)
{
    SqliteReader s(db, QStringLiteral("SELECT deleted_at IS NOT NULL FROM ") + table + QStringLiteral(" WHERE id = ?"));
    s.bind(1, id);
    return s.step() && s.integer(0) != 0;
}

} // namespace RecordStore
