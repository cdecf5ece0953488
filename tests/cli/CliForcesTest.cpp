// SPDX-License-Identifier: GPL-3.0-or-later
// The assistance forces commands of the real fupin-cli executable, on a small demo county: the
// demo pairs every household; pairing by code with the cap and its reason; bad input refused.
#include "../TestSql.h"
#include "CliRun.h"
#include "db/CountyDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

struct County
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("c.fupin"));

    County()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--county-code"),
                        QStringLiteral("522633"), QStringLiteral("--county-name"), QStringLiteral("从江县")})
                    .status
            == 0);
        REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                        QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("5")})
                    .status
            == 0);
    }

    // As the demo's county staff, who may pair anywhere.
    static Run run(const QStringList &arguments)
    {
        return cli(arguments + QStringList{QStringLiteral("--user"), QStringLiteral("county")},
            {QStringLiteral("FUPIN_PASSWORD=fupin-demo")});
    }

    QVariant scalar(const QString &sql) const
    {
        auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE(opened);
        QSqlQuery q(TestSql::of(*opened.value()));
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }
    void exec(const QString &sql) const
    {
        auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE(opened);
        QSqlQuery q(TestSql::of(*opened.value()));
        REQUIRE(q.exec(sql));
    }
};

} // namespace

TEST_CASE("cli: the demo county pairs every household, units, cadres and visits list", "[cli][forces]")
{
    County c;
    const Run unassigned = c.run({QStringLiteral("pairings"), QStringLiteral("--db"), c.db,
        QStringLiteral("--unassigned"), QStringLiteral("--json")});
    INFO(unassigned.err.toStdString());
    REQUIRE(unassigned.status == 0);
    CHECK(json(unassigned).array().isEmpty());

    const Run units = c.run({QStringLiteral("units"), QStringLiteral("--db"), c.db, QStringLiteral("--json")});
    REQUIRE(units.status == 0);
    const QJsonArray unitRows = json(units).array();
    REQUIRE(unitRows.size() > 5);
    bool eastWest = false;
    for (const QJsonValue &u : unitRows)
        eastWest = eastWest
            || (u[QStringLiteral("form")] == QStringLiteral("2")
                && !u[QStringLiteral("pairedRegion")].toString().isEmpty());
    CHECK(eastWest);

    const Run cadres = c.run({QStringLiteral("cadres"), QStringLiteral("--db"), c.db, QStringLiteral("--json")});
    REQUIRE(cadres.status == 0);
    CHECK(json(cadres).array().size() == c.scalar(QStringLiteral("SELECT count(*) FROM cadre")).toInt());

    const Run visits = c.run({QStringLiteral("visits"), QStringLiteral("--db"), c.db, QStringLiteral("--since"),
        QStringLiteral("2020-01-01"), QStringLiteral("--json")});
    REQUIRE(visits.status == 0);
    const QJsonArray visitRows = json(visits).array();
    CHECK(visitRows.size()
        == c.scalar(QStringLiteral("SELECT count(*) FROM visit WHERE visit_date >= '2020-01-01'")).toInt());
    REQUIRE(!visitRows.isEmpty());
    CHECK(visitRows.first()[QStringLiteral("date")].toString() >= visitRows.last()[QStringLiteral("date")].toString());
    CHECK(c.run({QStringLiteral("visits"), QStringLiteral("--db"), c.db, QStringLiteral("--since"),
                    QStringLiteral("yesterday")})
              .status
        == 1);
}

TEST_CASE("cli: pair households by code, with the cap and its reason, bad input writes nothing", "[cli][forces]")
{
    County c;
    c.exec(QStringLiteral("UPDATE pairing SET end_date = '2024-01-01' WHERE end_date IS NULL AND household_id IN "
                          "(SELECT id FROM household WHERE deleted_at IS NULL ORDER BY id LIMIT 2)"));
    const Run before = c.run({QStringLiteral("pairings"), QStringLiteral("--db"), c.db, QStringLiteral("--unassigned"),
        QStringLiteral("--json")});
    const QJsonArray unpaired = json(before).array();
    REQUIRE(unpaired.size() == 2);
    const QString a = unpaired.at(0)[QStringLiteral("code")].toString();
    const QString b = unpaired.at(1)[QStringLiteral("code")].toString();
    // A cadre at their cap, found by phone.
    c.exec(QStringLiteral("UPDATE cadre_rank SET max_households = 1"));
    const QString phone = c.scalar(QStringLiteral("SELECT c.phone FROM cadre c WHERE c.active = 1 AND c.phone <> '' "
                                                  "AND (SELECT count(*) FROM cadre o WHERE o.phone = c.phone) = 1 "
                                                  "ORDER BY c.id LIMIT 1"))
                              .toString();
    const int pairings = c.scalar(QStringLiteral("SELECT count(*) FROM pairing")).toInt();
    const int audit = c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

    Run r = c.run({QStringLiteral("pair"), QStringLiteral("--db"), c.db, QStringLiteral("--cadre"), phone,
        QStringLiteral("--household"), a, QStringLiteral("--household"), b});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("cap")));
    r = c.run({QStringLiteral("pair"), QStringLiteral("--db"), c.db, QStringLiteral("--cadre"), QStringLiteral("99999"),
        QStringLiteral("--household"), a});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("99999")));
    r = c.run({QStringLiteral("pair"), QStringLiteral("--db"), c.db, QStringLiteral("--cadre"), phone,
        QStringLiteral("--household"), QStringLiteral("0000")});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("0000")));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM pairing")).toInt() == pairings);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == audit);

    r = c.run({QStringLiteral("pair"), QStringLiteral("--db"), c.db, QStringLiteral("--cadre"), phone,
        QStringLiteral("--household"), a, QStringLiteral("--household"), b, QStringLiteral("--date"),
        QStringLiteral("2024-02-01"), QStringLiteral("--reason"), QStringLiteral("临时代管")});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    CHECK(json(c.run({QStringLiteral("pairings"), QStringLiteral("--db"), c.db, QStringLiteral("--unassigned"),
                   QStringLiteral("--json")}))
              .array()
              .isEmpty());
    const QJsonArray over = json(c.run({QStringLiteral("pairings"), QStringLiteral("--db"), c.db,
                                     QStringLiteral("--over-cap"), QStringLiteral("--json")}))
                                .array();
    bool named = false;
    for (const QJsonValue &v : over)
        named = named || v[QStringLiteral("phone")].toString() == phone;
    CHECK(named);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM pairing WHERE over_cap_reason = '临时代管' AND start_date = "
                                  "'2024-02-01'"))
              .toInt()
        == 2);
}
