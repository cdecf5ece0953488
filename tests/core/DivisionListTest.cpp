// SPDX-License-Identifier: GPL-3.0-or-later
#include "county/DivisionList.h"
#include "../TestSql.h"
#include "county/CountySettings.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"
#include "demo/DemoGenerator.h"

#include <catch2/catch.hpp>

namespace {
int count(CountyDatabase &db, const QString &sql)
{
    SqliteReader s(TestSql::handle(db), sql);
    REQUIRE(s.step());
    return int(s.integer(0));
}
} // namespace

TEST_CASE("a list of townships and villages is read in its three shapes")
{
    const auto list
        = DivisionList::parse(QStringLiteral("丙妹镇\t大塘村\n丙妹镇,岜沙村\n\n停洞镇：停洞村、胜利村、停洞村\n"
                                             "加榜乡\n  加榜村\n\t党扭村\n丙妹镇 大塘村\n"));
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).name == QStringLiteral("丙妹镇"));
    CHECK(list->at(0).villages == QStringList{QStringLiteral("大塘村"), QStringLiteral("岜沙村")});
    CHECK(list->at(1).villages == QStringList{QStringLiteral("停洞村"), QStringLiteral("胜利村")});
    CHECK(list->at(2).villages == QStringList{QStringLiteral("加榜村"), QStringLiteral("党扭村")});

    // A line that cannot be read is named by its number.
    const auto three = DivisionList::parse(QStringLiteral("丙妹镇 大塘村\n丙妹镇 岜沙村 多余"));
    REQUIRE_FALSE(three.ok());
    CHECK(three.error().contains(QStringLiteral("Line 2")));
    const auto orphan = DivisionList::parse(QStringLiteral("  大塘村"));
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().contains(QStringLiteral("Line 1")));
    CHECK_FALSE(DivisionList::parse(QStringLiteral("丙妹镇 123")).ok());
}

TEST_CASE("the listed townships and villages join the county with codes in order, audited, once")
{
    auto db = CountyDatabase::openInMemory();
    if (!db->isInitialized())
        REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
    const int before = count(*db, QStringLiteral("SELECT count(*) FROM division"));
    REQUIRE(before == 1);
    // A bad list writes nothing.
    CHECK_FALSE(DivisionList::addToCounty(*db, QStringLiteral("  大塘村")).ok());
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM division")) == before);
    const auto added = DivisionList::addToCounty(*db, QStringLiteral("丙妹镇：大塘村、岜沙村\n停洞镇 停洞村"));
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    CHECK(added.value() == 3);
    const QList<Division> divisions = Divisions::load(*db).value();
    const QString county = divisions.first().code;
    QStringList codes;
    for (const Division &d : divisions)
        codes << d.code + d.name;
    CHECK(codes
        == QStringList{county + divisions.first().name, county + QStringLiteral("001丙妹镇"),
            county + QStringLiteral("002停洞镇"), county + QStringLiteral("001001大塘村"),
            county + QStringLiteral("001002岜沙村"), county + QStringLiteral("002001停洞村")});
    // Each new division is audited with its fields, its name among them; so is the county itself,
    // written by the record machinery when the file was set up (CountySetup).
    CHECK(count(*db, QStringLiteral("SELECT count(DISTINCT record_uuid) FROM audit_log WHERE table_name = 'division'"))
        == 6);
    CHECK(count(*db,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'division' AND field = 'name' AND "
                             "action = 'insert'"))
        == 6);
    // A second list is refused.
    CHECK_FALSE(DivisionList::addToCounty(*db, QStringLiteral("加榜乡 加榜村")).ok());
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM division")) == before + 5);
}

TEST_CASE("a demo county is marked as one in its file")
{
    auto db = CountyDatabase::openInMemory();
    DemoOptions options;
    options.households = 20;
    REQUIRE(DemoGenerator::generate(*db, options).ok());
    CHECK(CountySettings(*db).isDemo());
}
