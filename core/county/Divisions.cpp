// SPDX-License-Identifier: GPL-3.0-or-later
#include "county/Divisions.h"

#include "accounts/AccessPolicy.h"
#include "db/CountyDatabase.h"
#include "db/SqliteError.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Adds the (not deleted) households of each village and group up the tree; andScope limits them to
// the villages of a read scope.
Status addCounts(QSqlDatabase &sql, const QString &path, QList<Division> &divisions, const QString &andScope)
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < divisions.size(); ++i)
        index.insert(divisions.at(i).id, i);
    QSqlQuery q(sql);
    if (!q.exec(QStringLiteral("SELECT village_id, group_id, count(*) FROM household WHERE deleted_at IS NULL")
            + andScope + QStringLiteral(" GROUP BY village_id, group_id")))
        return Status::failure(SqliteError::describe(q.lastError(), path));
    while (q.next()) {
        const int n = q.value(2).toInt();
        if (const qint64 group = q.value(1).toLongLong(); group != 0 && index.contains(group))
            divisions[index.value(group)].households += n;
        for (qint64 id = q.value(0).toLongLong(); index.contains(id); id = divisions[index.value(id)].parentId)
            divisions[index.value(id)].households += n;
    }
    return {};
}

} // namespace

Result<QList<Division>> Divisions::load(CountyDatabase &db, Counts counts)
{
    using R = Result<QList<Division>>;
    // Codes nest (a child's code starts with its parent's), so ordering by level then code puts
    // parents first and siblings in statistical order.
    QSqlQuery q(db.sql());
    if (!q.exec(
            QStringLiteral("SELECT id, coalesce(parent_id, 0), level, code, name FROM division ORDER BY level, code")))
        return R::failure(SqliteError::describe(q.lastError(), db.path()));
    QList<Division> divisions;
    while (q.next()) {
        divisions.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString(),
            q.value(4).toString(), 0});
    }
    if (counts == Counts::Without)
        return divisions;
    // Counts per village and group, then added up the tree.
    if (Status s = addCounts(db.sql(), db.path(), divisions, {}); !s)
        return R::failure(s.error());
    return divisions;
}

Result<QList<Division>> Divisions::loadInScope(CountyDatabase &db, Counts counts)
{
    using R = Result<QList<Division>>;
    const Result<ReadScope> scope = AccessPolicy::readScope(db);
    if (!scope)
        return R::failure(scope.error());
    if (scope->isCountyWide())
        return load(db, counts);
    const Result<QList<Division>> all = load(db, Counts::Without);
    if (!all)
        return all;
    // The scope's villages, their groups, and the path above them (parents come first in the list).
    QSet<qint64> shown;
    QHash<qint64, qint64> parentOf;
    for (const Division &d : all.value())
        parentOf.insert(d.id, d.parentId);
    for (qint64 village : scope->villageIds()) {
        for (qint64 id = village; id != 0 && !shown.contains(id); id = parentOf.value(id))
            shown.insert(id);
    }
    QList<Division> divisions;
    for (const Division &d : all.value()) {
        if (shown.contains(d.id) || (d.level == Division::Group && scope->containsVillage(d.parentId)))
            divisions.append(d);
    }
    if (counts == Counts::Without)
        return divisions;
    if (Status s = addCounts(db.sql(), db.path(), divisions, scope->andVillageIn(QStringLiteral("village_id"))); !s)
        return R::failure(s.error());
    return divisions;
}

QString Divisions::levelName(int level)
{
    switch (level) {
    case Division::County:
        return tr("County");
    case Division::Township:
        return tr("Township");
    case Division::Village:
        return tr("Village");
    case Division::Group:
        return tr("Villager group");
    }
    return {};
}

QString Divisions::nextHouseholdCode(CountyDatabase &db, qint64 villageId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT d.code, (SELECT max(h.code) FROM household h WHERE h.village_id = d.id) "
                             "FROM division d WHERE d.id = ?"));
    q.addBindValue(villageId);
    if (!q.exec() || !q.next())
        return {};
    const QString village = q.value(0).toString();
    const QString last = q.value(1).toString();
    const int serial = last.startsWith(village) ? last.mid(village.size()).toInt() + 1 : 1;
    return village + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
}
