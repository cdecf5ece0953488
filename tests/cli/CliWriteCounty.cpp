// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliWriteCounty.h"

#include "../TestSql.h"
#include "db/CountyDatabase.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

// The village the demo's village account may change.
const QString VillageOfAccount = QStringLiteral(
    "(SELECT s.division_id FROM app_user_scope s JOIN app_user u ON u.id = s.user_id WHERE u.login = 'village')");

} // namespace

CliWriteCounty::CliWriteCounty()
{
    makeDemoCounty(db, 40, 11);
}

Run CliWriteCounty::as(const QString &login, const QStringList &command) const
{
    return cli(command + QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), login},
        {QStringLiteral("FUPIN_PASSWORD=fupin-demo")});
}

QJsonObject CliWriteCounty::written(const Run &run) const
{
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    return json(run).object();
}

QVariant CliWriteCounty::scalar(const QString &sql) const
{
    auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ReadOnly);
    REQUIRE(opened);
    QSqlQuery q(TestSql::of(*opened.value()));
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

QByteArray CliWriteCounty::bytes() const
{
    QFile f(db);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString CliWriteCounty::file(const QString &name, const QByteArray &content) const
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(content) == content.size());
    return path;
}

QString CliWriteCounty::ownHousehold() const
{
    return scalar(QStringLiteral("SELECT code FROM household WHERE deleted_at IS NULL AND village_id IN %1 ORDER BY "
                                 "code LIMIT 1")
                      .arg(VillageOfAccount))
        .toString();
}

QString CliWriteCounty::otherHousehold() const
{
    return scalar(QStringLiteral("SELECT code FROM household WHERE deleted_at IS NULL AND village_id NOT IN %1 "
                                 "ORDER BY code LIMIT 1")
                      .arg(VillageOfAccount))
        .toString();
}
