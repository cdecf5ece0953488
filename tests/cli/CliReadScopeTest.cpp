// SPDX-License-Identifier: GPL-3.0-or-later
// The demo county's `village` account on the command line: its own village's households only.
#include "CliRun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

struct Household
{
    QString code;
    QString village;
    QString headName;
    QString headIdNumber;
};

// A household of the village account's village (own) and one of another village (other), read
// straight from the file.
struct Sample
{
    Household own;
    Household other;
};

Sample sample(const QString &db)
{
    Sample s;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("readscope"));
        sql.setDatabaseName(db);
        REQUIRE(sql.open());
        const auto pick = [&](const QString &condition) {
            QSqlQuery q(sql);
            REQUIRE(q.exec(QStringLiteral("SELECT h.code, v.name, m.name, m.id_number FROM household h JOIN division v "
                                          "ON v.id = h.village_id JOIN member m ON m.household_id = h.id AND "
                                          "m.relation_code = '01' WHERE h.deleted_at IS NULL AND m.id_number <> '' "
                                          "AND h.village_id ")
                + condition
                + QStringLiteral(" (SELECT s.division_id FROM app_user_scope s JOIN app_user u ON u.id = s.user_id "
                                 "WHERE u.login = 'village') ORDER BY h.code LIMIT 1")));
            REQUIRE(q.next());
            return Household{
                q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        };
        s.own = pick(QStringLiteral("IN"));
        s.other = pick(QStringLiteral("NOT IN"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("readscope"));
    return s;
}

Run asVillage(const QString &db, const QStringList &command)
{
    return cli(command + QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("village")},
        {QStringLiteral("FUPIN_PASSWORD=fupin-demo")});
}

} // namespace

TEST_CASE("household show as a village account refuses another village's household, naming it, and prints no ID",
    "[cli][readscope]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    makeDemoCounty(db, 60, 7);
    const Sample s = sample(db);
    REQUIRE(s.own.village != s.other.village);

    for (const QStringList &format : {QStringList(), QStringList{QStringLiteral("--json")}}) {
        const Run refused
            = asVillage(db, QStringList{QStringLiteral("household"), QStringLiteral("show"), s.other.code} + format);
        INFO(refused.err.toStdString());
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(s.other.village));
        CHECK_FALSE(refused.out.contains(s.other.headIdNumber));
        CHECK_FALSE(refused.err.contains(s.other.headIdNumber));
        CHECK_FALSE(refused.out.contains(s.other.headName));

        const Run shown
            = asVillage(db, QStringList{QStringLiteral("household"), QStringLiteral("show"), s.own.code} + format);
        INFO(shown.err.toStdString());
        CHECK(shown.status == 0);
        CHECK(shown.out.contains(s.own.headIdNumber));
    }
    // Its history too.
    const Run history = asVillage(db, {QStringLiteral("history"), s.other.code});
    CHECK(history.status == 1);
    CHECK(history.err.contains(s.other.village));
}

TEST_CASE("household search as a village account finds its own village's households only", "[cli][readscope]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    makeDemoCounty(db, 60, 7);
    const Sample s = sample(db);

    // The last six characters of each head's ID number, and the beginning of each village's codes.
    const auto found = [&](const QString &text) {
        INFO(text.toStdString());
        const Run run = asVillage(db,
            {QStringLiteral("household"), QStringLiteral("search"), text, QStringLiteral("--json"),
                QStringLiteral("--limit"), QStringLiteral("500")});
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
        const QJsonArray households = json(run).object().value(QStringLiteral("households")).toArray();
        for (const QJsonValue &h : households) {
            CHECK(h.toObject().value(QStringLiteral("code")).toString() != s.other.code);
            CHECK(h.toObject().value(QStringLiteral("village")).toString() == s.own.village);
        }
        return households.size();
    };
    CHECK(found(s.own.code.left(12)) > 0);
    CHECK(found(s.other.code.left(12)) == 0);
    CHECK(found(s.own.headIdNumber.right(6)) > 0);
    found(s.other.headIdNumber.right(6));
    const Run own = asVillage(db,
        {QStringLiteral("household"), QStringLiteral("search"), s.own.headIdNumber.right(6), QStringLiteral("--json")});
    REQUIRE(own.status == 0);
    CHECK(QJsonDocument(json(own)).toJson().contains(s.own.code.toUtf8()));
    const Run other = asVillage(db,
        {QStringLiteral("household"), QStringLiteral("search"), s.other.headIdNumber.right(6),
            QStringLiteral("--json")});
    REQUIRE(other.status == 0);
    CHECK_FALSE(QJsonDocument(json(other)).toJson().contains(s.other.code.toUtf8()));
}
