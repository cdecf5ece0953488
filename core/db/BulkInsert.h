// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordFields.h"
#include "db/RecordStore.h"

// The INSERT statements of a bulk writer (the demo county's generator), built from the kinds'
// declarations so that it keeps no column lists or SQL of its own: the declared columns in order
// (RecordStore::insertColumns), the `extra` columns a kind leaves to one writer (a project's status),
// then the stamps: created (and updated, for records people edit) as bound values, and the writer's
// name as updated_by. A record people edit is stored as created when it was last changed (created_at
// NULL where it equals updated_at, level 23), except in a table whose created_at is never NULL
// (`createdAlways`: annual_target, rebuilt by level 18).
namespace BulkInsert {

template <typename T>
QString recordSql(
    const QString &writtenBy, bool withPosition = false, const QStringList &extra = {}, bool createdAlways = false)
{
    QStringList columns = RecordStore::insertColumns<T>(withPosition) + extra;
    QStringList marks = RecordStore::insertMarks<T>(withPosition);
    while (marks.size() < columns.size())
        marks << QStringLiteral("?");
    columns << QStringLiteral("created_at");
    const bool full = RecordFields::recordKind<T>().stamps == RecordFields::Stamps::Full;
    if (full)
        columns << QStringLiteral("updated_at");
    if (full && !createdAlways) {
        // Each mark above takes one value; the two stamps are the next two.
        const int created = int(marks.size()) + 1;
        marks << QStringLiteral("nullif(?%1, ?%2)").arg(created).arg(created + 1)
              << QStringLiteral("?%1").arg(created + 1);
    }
    while (marks.size() < columns.size())
        marks << QStringLiteral("?");
    QString quoted = writtenBy;
    quoted.replace(u'\'', QStringLiteral("''"));
    return QStringLiteral("INSERT INTO ") + RecordStore::table<T>() + QStringLiteral(" (") + columns.join(u',')
        + QStringLiteral(", updated_by) VALUES (") + marks.join(u',') + QStringLiteral(", '") + quoted
        + QStringLiteral("')");
}

// A link table's two keys, and its position when it keeps one.
inline QString linkSql(const RecordFields::LinkKind &kind)
{
    QStringList columns{QLatin1String(kind.ownerColumn), QLatin1String(kind.otherColumn)};
    if (kind.positionColumn)
        columns << QLatin1String(kind.positionColumn);
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    return QStringLiteral("INSERT INTO ") + QLatin1String(kind.table) + QStringLiteral(" (") + columns.join(u',')
        + QStringLiteral(") VALUES (") + marks.join(u',') + u')';
}

} // namespace BulkInsert
