// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountySettings.h"

#include "accounts/AccessPolicy.h"
#include "county/CountyKinds.h"
#include "db/CountyDatabase.h"
#include "db/KeyedStore.h"
#include "db/RecordWriter.h"
#include "db/SqliteReader.h"

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
    // A setting is a key and a value, audited under its key (CountyKinds::setting).
    RecordWriter w(m_db.sql(), m_db.currentUser());
    if (Status s = KeyedStore::put(w, CountyKinds::setting(), {{"key", name}}, {{"value", value}}); !s)
        return s;
    return transaction.commit();
}
