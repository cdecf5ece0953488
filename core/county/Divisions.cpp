// SPDX-License-Identifier: GPL-3.0-or-later
#include "county/Divisions.h"

#include "db/CountyDatabase.h"
#include "db/SqliteError.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

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
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), divisions.size());
        divisions.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString(),
            q.value(4).toString(), 0});
    }

    if (counts == Counts::Without)
        return divisions;
    // Counts per village and group, then added up the tree.
    if (!q.exec(QStringLiteral("SELECT village_id, group_id, count(*) FROM household WHERE deleted_at IS NULL "
                               "GROUP BY village_id, group_id")))
        return R::failure(SqliteError::describe(q.lastError(), db.path()));
    while (q.next()) {
        const int n = q.value(2).toInt();
        if (const qint64 group = q.value(1).toLongLong(); group != 0 && index.contains(group))
            divisions[index.value(group)].households += n;
        for (qint64 id = q.value(0).toLongLong(); index.contains(id); id = divisions[index.value(id)].parentId)
            divisions[index.value(id)].households += n;
    }
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
