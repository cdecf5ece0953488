// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountySettings.h"

#include "accounts/AccessPolicy.h"
#include "db/AuditLog.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"

#include <QSqlQuery>

QString CountySettings::value(const char *key, const QString &fallback) const
{
    SqliteReader s(m_db.handle(), QStringLiteral("SELECT value FROM county_info WHERE key = ?"));
    s.bind(1, QString::fromLatin1(key));
    return s.step() ? s.text(0) : fallback;
}

int CountySettings::number(const char *key, int fallback, int min, int max) const
{
    bool ok = false;
    const int n = value(key).trimmed().toInt(&ok);
    return ok && n >= min && n <= max ? n : fallback;
}

Status CountySettings::setValue(const char *key, const QString &value)
{
    const QString name = QString::fromLatin1(key);
    const QString old = this->value(key);
    if (old == value)
        return {};
    if (Status s = AccessPolicy::check(m_db, AccessPolicy::Action::ChangeSettings); !s)
        return s;
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    // A setting is a key and a value, audited under its key: no record with fields of its own.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO county_info (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(name);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(tr("The setting %1 could not be saved in %2.").arg(name, m_db.path()));
    AuditWriter audit(m_db.sql(), m_db.currentUser());
    if (Status s = audit.write(QStringLiteral("county_info"), name, QStringLiteral("update"), name,
            old.isEmpty() ? QVariant() : QVariant(old), value);
        !s)
        return s;
    return transaction.commit();
}
