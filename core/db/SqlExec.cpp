// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/SqlExec.h"

#include "db/SqliteError.h"

#include <QSqlError>

bool execSql(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    if (!query.prepare(sql))
        return false;
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    return query.exec();
}

Status execSql(QSqlDatabase &db, const QString &sql, const QVariantList &binds, qint64 *insertedId)
{
    QSqlQuery q(db);
    if (!execSql(q, sql, binds))
        return Status::failure(SqliteError::describe(q.lastError(), db.databaseName()));
    if (insertedId)
        *insertedId = q.lastInsertId().toLongLong();
    return {};
}
