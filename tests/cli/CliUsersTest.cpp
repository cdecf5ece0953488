// SPDX-License-Identifier: GPL-3.0-or-later
// fupin-cli acting as an account: --user, the password from FUPIN_PASSWORD, users commands.
#include "CliRun.h"

#include "../TestSql.h"
#include "db/CountyDatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
const QString Demo = QStringLiteral("FUPIN_PASSWORD=fupin-demo");

struct County
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("c.fupin"));

    County()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--county-code"),
                        QStringLiteral("522633"), QStringLiteral("--county-name"), QStringLiteral("从江县"),
                        QStringLiteral("--admin-login"), QStringLiteral("admin")},
                    {Demo})
                    .status
            == 0);
        REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                        QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--user"),
                        QStringLiteral("admin")},
                    {Demo})
                    .status
            == 0);
    }

    Run as(const QString &login, const QStringList &command, const QStringList &env = {Demo}) const
    {
        return cli(command + QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), login}, env);
    }

    QVariant scalar(const QString &sql) const
    {
        auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ReadOnly);
        REQUIRE(opened);
        QSqlQuery q(TestSql::of(*opened.value()));
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }

    // A household code in the village account's village, and one outside it.
    QString householdCode(bool inVillageScope) const
    {
        return scalar(
            QStringLiteral("SELECT h.code FROM household h WHERE (h.village_id IN (SELECT s.division_id FROM "
                           "app_user_scope s JOIN app_user u ON u.id = s.user_id WHERE u.login = 'village')) = ")
            + (inVillageScope ? QStringLiteral("1") : QStringLiteral("0")) + QStringLiteral(" ORDER BY h.code LIMIT 1"))
            .toString();
    }
};
} // namespace

TEST_CASE("fupin-cli acts only as an account that signed in with its password")
{
    County county;
    const QStringList stats{QStringLiteral("stats")};
    Run run = cli(stats + QStringList{QStringLiteral("--db"), county.db});
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("--user LOGIN")));

    run = county.as(QStringLiteral("auditor"), stats, {QStringLiteral("FUPIN_PASSWORD=wrong-one")});
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("login or the password is wrong")));
    // Without the variable and without a terminal, it says where the password comes from.
    run = county.as(QStringLiteral("auditor"), stats, {});
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("FUPIN_PASSWORD")));
    // A password is never an argument.
    run = county.as(QStringLiteral("auditor"), stats + QStringList{QStringLiteral("--password"), QStringLiteral("x")});
    CHECK(run.status == 1);

    CHECK(county.as(QStringLiteral("auditor"), stats).status == 0);
}

TEST_CASE("fupin-cli users: the administrator manages accounts, others may not")
{
    County county;
    const int auditRows = county.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    Run run = county.as(QStringLiteral("county"),
        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("li"),
            QStringLiteral("--role"), QStringLiteral("auditor")},
        {Demo, QStringLiteral("FUPIN_NEW_PASSWORD=li-secret")});
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("may not manage accounts")));
    CHECK(county.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == auditRows);

    const QString township = county
                                 .scalar(QStringLiteral("SELECT code FROM division WHERE level = 2 ORDER BY code "
                                                        "DESC LIMIT 1"))
                                 .toString();
    run = county.as(QStringLiteral("admin"),
        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("li"),
            QStringLiteral("--name"), QStringLiteral("李乡干"), QStringLiteral("--role"), QStringLiteral("township"),
            QStringLiteral("--scope"), township},
        {Demo, QStringLiteral("FUPIN_NEW_PASSWORD=li-secret")});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    run = county.as(QStringLiteral("li"), {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("FUPIN_PASSWORD=li-secret")});
    REQUIRE(run.status == 0);
    bool found = false;
    for (const QJsonValue &v : json(run).array()) {
        if (v[QStringLiteral("login")].toString() == QLatin1String("li")) {
            found = true;
            CHECK(v[QStringLiteral("role")].toString() == QStringLiteral("township"));
            CHECK(v[QStringLiteral("scope")].toArray().size() == 1);
        }
    }
    CHECK(found);

    run = county.as(QStringLiteral("admin"),
        {QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("--login"), QStringLiteral("li")});
    REQUIRE(run.status == 0);
    run = county.as(QStringLiteral("li"), {QStringLiteral("stats")}, {QStringLiteral("FUPIN_PASSWORD=li-secret")});
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("deactivated")));
}

TEST_CASE("fupin-cli: a village cadre changes only its own village, and the change names the cadre")
{
    County county;
    const QString mine = county.householdCode(true);
    const QString other = county.householdCode(false);
    REQUIRE_FALSE(mine.isEmpty());
    REQUIRE_FALSE(other.isEmpty());
    const auto del = [&](const QString &code) {
        return county.as(QStringLiteral("village"),
            {QStringLiteral("household"), QStringLiteral("delete"), code, QStringLiteral("--reason"),
                QStringLiteral("重复录入")});
    };
    Run run = del(other);
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("only in")));
    CHECK(county.scalar(QStringLiteral("SELECT deleted_at IS NULL FROM household WHERE code = '%1'").arg(other))
              .toBool());

    run = del(mine);
    INFO(run.err.toStdString());
    CHECK(run.status == 0);
    CHECK(county.scalar(QStringLiteral("SELECT changed_by FROM audit_log ORDER BY id DESC LIMIT 1")).toString()
        == QStringLiteral("village"));
    // The auditor reads everything and changes nothing.
    run = county.as(QStringLiteral("auditor"), {QStringLiteral("household"), QStringLiteral("restore"), mine});
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("Auditor")));
    CHECK(
        county.as(QStringLiteral("auditor"), {QStringLiteral("household"), QStringLiteral("show"), other}).status == 0);
}
