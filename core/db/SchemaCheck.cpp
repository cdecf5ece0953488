// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/SchemaCheck.h"

#include "db/SqliteReader.h"

#include <QRegularExpression>

#include <map>

namespace {

struct Object
{
    QString type; // table, index, trigger, view
    QString table; // the table it belongs to
    QString sql; // as created, spaces folded
};

struct Schema
{
    std::map<QString, Object> objects; // by name
    std::map<QString, QStringList> columns; // by table
    QString error;
};

QString folded(const QString &sql)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return sql.simplified().replace(spaces, QStringLiteral(" "));
}

Schema read(sqlite3 *db)
{
    Schema s;
    // SQLite's own objects (sqlite_sequence, sqlite_stat1, automatic indexes) come and go by themselves.
    SqliteReader r(db,
        QStringLiteral("SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_schema WHERE name NOT LIKE "
                       "'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    while (r.step())
        s.objects[r.text(1)] = Object{r.text(0), r.text(2), folded(r.text(3))};
    if (!r.error().isEmpty()) {
        s.error = r.error();
        return s;
    }
    for (const auto &[name, object] : s.objects) {
        if (object.type != QLatin1String("table"))
            continue;
        SqliteReader c(db, QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
        c.bind(1, name);
        QStringList &list = s.columns[name];
        while (c.step())
            list << c.text(0);
        if (!c.error().isEmpty()) {
            s.error = c.error();
            return s;
        }
    }
    return s;
}

} // namespace

Result<QStringList> SchemaCheck::differences(sqlite3 *file, sqlite3 *expected)
{
    using R = Result<QStringList>;
    const Schema have = read(file);
    if (!have.error.isEmpty())
        return R::failure(have.error);
    const Schema want = read(expected);
    if (!want.error.isEmpty())
        return R::failure(want.error);

    auto kindName = [](const QString &type, const QString &name) {
        if (type == QLatin1String("table"))
            return tr("Table %1").arg(name);
        if (type == QLatin1String("index"))
            return tr("Index %1").arg(name);
        if (type == QLatin1String("trigger"))
            return tr("Trigger %1").arg(name);
        return tr("View %1").arg(name);
    };
    QStringList problems;
    for (const auto &[name, object] : want.objects) {
        const auto found = have.objects.find(name);
        if (found == have.objects.end()) {
            // A missing table's indexes and triggers went with it: the table is the one to name.
            if (object.type == QLatin1String("table") || have.objects.count(object.table))
                problems << tr("%1 is missing.").arg(kindName(object.type, name));
            continue;
        }
        if (found->second.type != object.type) {
            problems << tr("%1 is a %2 in the file.").arg(kindName(object.type, name), found->second.type);
            continue;
        }
        if (object.type == QLatin1String("table")) {
            const QStringList &wanted = want.columns.at(name);
            const QStringList &had = have.columns.at(name);
            for (const QString &column : wanted) {
                if (!had.contains(column))
                    problems << tr("Column %1 of table %2 is missing.").arg(column, name);
            }
            for (const QString &column : had) {
                if (!wanted.contains(column))
                    problems
                        << tr("Table %1 has a column %2 that the county schema does not define.").arg(name, column);
            }
        } else if (found->second.sql != object.sql) {
            problems << tr("%1 differs from the one the county schema defines.").arg(kindName(object.type, name));
        }
    }
    for (const auto &[name, object] : have.objects) {
        if (!want.objects.count(name))
            problems << tr("%1 is not part of the county schema.").arg(kindName(object.type, name));
    }
    return problems;
}
