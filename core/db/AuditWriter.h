// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Writes audit_log rows inside the caller's transaction, all stamped with one time and user: the
// one way any change is recorded.
class AuditWriter
{
public:
    AuditWriter(QSqlDatabase &db, QString user);
    qint64 now() const { return m_now; }
    // The household the following entries belong to (its id is known only once it is inserted).
    void setHousehold(qint64 householdId) { m_householdId = householdId; }
    // Values as SQL holds them (an invalid QVariant for NULL); the log keeps them as text.
    Status write(const QString &table, const QString &recordUuid, const QString &action, const QString &field,
        const QVariant &oldValue, const QVariant &newValue);

private:
    qint64 m_now;
    QString m_user;
    QString m_file; // named in a message when a write fails
    qint64 m_householdId = 0;
    QSqlQuery m_insert;
};
