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
    // Updates of changing column sets make new texts: a long-lived writer does not keep them all.
    constexpr size_t MaxStatements = 64;
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        if (m_statements.size() >= MaxStatements)
            m_statements.clear();
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        if (!prepared->prepare(sql))
            return Status::failure(SqliteError::describe(prepared->lastError(), m_db.databaseName()));
        it = m_statements.emplace(sql, std::move(prepared)).first;
    }
    QSqlQuery &q = *it->second;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    const bool done = q.exec();
    const QSqlError error = q.lastError();
    if (done && insertedId)
        *insertedId = q.lastInsertId().toLongLong();
    q.finish(); // resets the statement: nothing of this writer stays running between calls
    if (!done)
        return Status::failure(SqliteError::describe(error, m_db.databaseName()));
    return {};
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
