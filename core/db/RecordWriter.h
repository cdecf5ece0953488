// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/AuditWriter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <unordered_map>

// Writes rows, their audit entries and the tombstones of deleted rows inside the caller's
// transaction, all stamped with one time and user: the one way the record machinery changes data.
class RecordWriter
{
public:
    RecordWriter(QSqlDatabase &db, const QString &user);

    // The time every row and audit entry of this change is stamped with (RecordStamp).
    qint64 now() const { return m_audit.now(); }
    const QString &user() const { return m_user; }
    // The household the following audit entries belong to (0: none).
    void setHousehold(qint64 householdId) { m_audit.setHousehold(householdId); }

    // Statements are prepared once per writer and reused: a writer kept across many records (a bulk
    // import) parses each kind of insert once.
    Status exec(const QString &sql, const QVariantList &binds, qint64 *insertedId = nullptr);
    // The rows a statement returns, read inside the same transaction.
    Result<QList<QVariantList>> select(const QString &sql, const QVariantList &binds);
    Status audit(const QString &table, const QString &uuid, const QString &action, const QString &field,
        const QVariant &oldValue, const QVariant &newValue);
    // A deleted row leaves its uuid, so that the exchange between PCs can carry the deletion.
    Status tombstone(const QString &table, const QString &uuid);

private:
    QSqlDatabase &m_db;
    QString m_user;
    AuditWriter m_audit;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};
