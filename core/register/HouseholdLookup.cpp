// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/HouseholdLookup.h"

#include "db/CountyDatabase.h"
#include "db/SqlExec.h"

#include <QSqlQuery>

HouseholdLookup::HouseholdLookup(CountyDatabase &db) : m_db(db)
{ }

Result<qint64> HouseholdLookup::idOfCode(const QString &code) const
{
    using R = Result<qint64>;
    const QString wanted = code.trimmed();
    if (wanted.isEmpty())
        return R::failure(tr("Give a household code."));
    QSqlQuery q(m_db.sql());
    if (!execSql(q, QStringLiteral("SELECT id FROM household WHERE code = ?"), {wanted}))
        return R::failure(tr("The households of %1 could not be read.").arg(m_db.path()));
    if (!q.next())
        return R::failure(tr("No household in %1 has the code %2.").arg(m_db.path(), wanted));
    return q.value(0).toLongLong();
}

std::optional<int> HouseholdLookup::latestIncomeYear() const
{
    QSqlQuery q(m_db.sql());
    if (!execSql(q, QStringLiteral("SELECT max(year) FROM income"), {}) || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toInt();
}
