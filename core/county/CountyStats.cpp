// SPDX-License-Identifier: GPL-3.0-or-later
#include "county/CountyStats.h"

#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "db/SqliteError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// People per household, computed once and joined to every grouping.
const QString SizedHouseholds
    = QStringLiteral("WITH sized AS (SELECT h.*, (SELECT count(*) FROM member m WHERE m.household_id = h.id) AS size "
                     "FROM household h WHERE h.deleted_at IS NULL) ");

Result<QList<Tally>> tally(
    CountyDatabase &db, QSqlDatabase &sql, const CodeLists &codes, const QString &column, const QString &list)
{
    QSqlQuery q(sql);
    if (!q.exec(SizedHouseholds
            + QStringLiteral("SELECT %1, count(*), sum(size) FROM sized GROUP BY %1 ORDER BY %1").arg(column)))
        return Result<QList<Tally>>::failure(SqliteError::describe(q.lastError(), db.path()));
    QList<Tally> tallies;
    while (q.next()) {
        const QString code = q.value(0).toString();
        tallies.append({code, codes.name(list, code), q.value(1).toInt(), q.value(2).toInt()});
    }
    return tallies;
}

} // namespace

Result<CountyStats> CountyStats::compute(CountyDatabase &db)
{
    const CodeLists codes(db);
    CountyStats stats;
    auto status = tally(db, db.sql(), codes, QStringLiteral("status_code"), CodeList::Status);
    auto attribute = tally(db, db.sql(), codes, QStringLiteral("attribute_code"), CodeList::Attribute);
    auto cause = tally(db, db.sql(), codes, QStringLiteral("main_cause_code"), CodeList::Cause);
    for (const auto *r : {&status, &attribute, &cause}) {
        if (!*r)
            return Result<CountyStats>::failure(r->error());
    }
    stats.byStatus = status.value();
    stats.byAttribute = attribute.value();
    stats.byMainCause = cause.value();
    for (const Tally &t : stats.byStatus) {
        stats.households += t.households;
        stats.people += t.people;
    }

    QSqlQuery q(db.sql());
    if (!q.exec(SizedHouseholds
            + QStringLiteral("SELECT d.code, d.name, count(s.id), coalesce(sum(s.size), 0) FROM division d "
                             "LEFT JOIN sized s ON s.township_id = d.id WHERE d.level = 2 "
                             "GROUP BY d.id ORDER BY d.code")))
        return Result<CountyStats>::failure(SqliteError::describe(q.lastError(), db.path()));
    while (q.next())
        stats.byTownship.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()});
    return stats;
}
