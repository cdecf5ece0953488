// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCounty.h"

#include "../TestSql.h"
#include "accounts/AccountKinds.h"
#include "accounts/Accounts.h"
#include "county/CountyKinds.h"
#include "db/CountyDatabase.h"
#include "db/KeyedStore.h"
#include "db/RecordCatalogue.h"
#include "db/RecordWriter.h"
#include "forces/ForcesKinds.h"
#include "register/RegisterKeyedKinds.h"

#include <catch2/catch.hpp>

namespace {
int auditRows(const TestCounty &c, const QString &table)
{
    return c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = ?"), {table}).toInt();
}
} // namespace

TEST_CASE("A keyed kind's row is written from its declaration and its changed values audited under its key", "[keyed]")
{
    TestCounty c;
    QSqlDatabase &sql = TestSql::of(*c.db);
    const RecordFields::KeyedKind &line = CountyKinds::povertyLine();
    const int before = auditRows(c, QStringLiteral("poverty_line"));

    Transaction transaction(sql);
    REQUIRE(transaction.isActive());
    RecordWriter w(sql, QStringLiteral("tester"));
    REQUIRE(KeyedStore::put(w, line, {{"year", 2031}}, {{"line_fen", 500000}, {"note", QStringLiteral("")}}));
    CHECK(c.scalar(QStringLiteral("SELECT line_fen FROM poverty_line WHERE year = 2031")).toLongLong() == 500000);
    // A new row: its figure is logged as an insert under the year; the empty note is not logged.
    CHECK(c.scalar(QStringLiteral("SELECT action || ':' || field || ':' || new_value FROM audit_log WHERE table_name = "
                                  "'poverty_line' AND record_uuid = '2031'"))
              .toString()
        == QStringLiteral("insert:line_fen:500000"));
    CHECK(auditRows(c, QStringLiteral("poverty_line")) == before + 1);

    // The same values again log nothing; a changed note logs the note alone, with its old value.
    REQUIRE(KeyedStore::put(w, line, {{"year", 2031}}, {{"line_fen", 500000}, {"note", QStringLiteral("")}}));
    CHECK(auditRows(c, QStringLiteral("poverty_line")) == before + 1);
    bool changed = false;
    REQUIRE(KeyedStore::update(
        w, line, {{"year", 2031}}, {{"line_fen", 500000}, {"note", QStringLiteral("revised")}}, &changed));
    CHECK(changed);
    CHECK(auditRows(c, QStringLiteral("poverty_line")) == before + 2);
    CHECK(c.scalar(QStringLiteral("SELECT field FROM audit_log WHERE table_name = 'poverty_line' AND "
                                  "record_uuid = '2031' AND action = 'update'"))
              .toString()
        == QStringLiteral("note"));

    // An update of a row that does not exist is refused in words, not silently ignored.
    const Status missing = KeyedStore::update(w, line, {{"year", 1999}}, {{"line_fen", 1}});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().contains(QStringLiteral("1999")));

    // A deleted row leaves each of its values in the log.
    REQUIRE(KeyedStore::remove(w, line, {{"year", 2031}}));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM poverty_line WHERE year = 2031")).toInt() == 0);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'poverty_line' AND "
                                  "record_uuid = '2031' AND action = 'delete'"))
              .toInt()
        == 2);
}

TEST_CASE("A keyed kind's unaudited columns and unaudited kinds never reach the log", "[keyed]")
{
    TestCounty c;
    QSqlDatabase &sql = TestSql::of(*c.db);
    const int accountEntries = auditRows(c, QStringLiteral("app_user"));
    {
        Transaction transaction(sql);
        RecordWriter w(sql, QStringLiteral("admin"));
        REQUIRE(KeyedStore::update(w, AccountKinds::account(), {{"login", QStringLiteral("admin")}},
            {{"password_hash", QStringLiteral("not-a-hash")}, {"failed_logins", 3}}));
        REQUIRE(KeyedStore::put(w, RegisterKinds::draft(),
            {{"author", QStringLiteral("admin")}, {"key", QStringLiteral("k")}},
            {{"label", QStringLiteral("draft")}, {"content", QStringLiteral("{}")},
                {"saved_at", CountyDatabase::nowIso()}}));
        REQUIRE(transaction.commit());
    }
    CHECK(auditRows(c, QStringLiteral("app_user")) == accountEntries);
    CHECK(auditRows(c, QStringLiteral("draft")) == 0);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value = 'not-a-hash'")).toInt() == 0);
}

TEST_CASE("The audit catalogue learns keyed kinds from their declarations", "[keyed]")
{
    // Tables no RecordKind declares: the catalogue knew none of them while they were written by hand.
    for (const char *table :
        {"app_user", "county_info", "poverty_line", "monitoring_threshold", "cadre_rank", "code_item", "visit_photo"})
        CHECK(RecordCatalogue::knows(QLatin1String(table)));
    CHECK(RecordCatalogue::kindLabel(QStringLiteral("app_user")) == QStringLiteral("Account"));
    const RecordCatalogue::FieldInfo line
        = RecordCatalogue::field(QStringLiteral("poverty_line"), QStringLiteral("line_fen"));
    CHECK(line.money);
    CHECK(line.label == QStringLiteral("Poverty line"));
    CHECK(RecordCatalogue::field(QStringLiteral("cadre_rank"), QStringLiteral("max_households")).label
        == QStringLiteral("Most paired households"));
}
