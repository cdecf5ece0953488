// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/RecordWriter.h"

#include "db/RecordStamp.h"
#include "db/SqlExec.h"
#include "db/SqliteError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

RecordWriter::RecordWriter(QSqlDatabase &db, const QString &user) : m_db(db), m_user(user), m_audit(db, user)
{ }

Status RecordWriter::exec(const QString &sql, const QVariantList &binds, qint64 *insertedId)
{
    return execSql(m_db, sql, binds, insertedId);
}

Result<QList<QVariantList>> RecordWriter::select(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    if (!execSql(q, sql, binds))
        return Result<QList<QVariantList>>::failure(SqliteError::describe(q.lastError(), m_db.databaseName()));
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        rows << row;
    }
    return rows;
}

Status RecordWriter::audit(const QString &table, const QString &uuid, const QString &action, const QString &field,
    const QVariant &oldValue, const QVariant &newValue)
{
    return m_audit.write(table, uuid, action, field, oldValue, newValue);
}

Status RecordWriter::tombstone(const QString &table, const QString &uuid)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO tombstone (uuid, table_name, deleted_at, deleted_by) "
                               "VALUES (?, ?, ?, ?)"),
        {RecordStamp::uuidValue(uuid), table, now(), m_user});
}
