// SPDX-License-Identifier: GPL-3.0-or-later
// Level 23 stores a record's creation time only where it differs from its last change (created_at
// NULL otherwise). The upgrade keeps every row of every table, every history entry and tombstone;
// a record changed later keeps the time it was created; the engine reads the time back as it was.
#include "../TestSql.h"
#include "TestCounty.h"
#include "accounts/SignIn.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "register/HouseholdRepository.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <catch2/catch.hpp>

namespace {

void exec(sqlite3 *db, const QString &sql)
{
    INFO(sql.toStdString());
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
}

QStringList column(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    INFO(sql.toStdString());
    REQUIRE(sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK);
    QStringList out;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        out << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
    }
    sqlite3_finalize(stmt);
    return out;
}

// Every row of every table (but the member search, which is rebuilt from the members), each as its
// columns by name, sorted: the order of the columns does not matter, a value does. A creation time
// stored as NULL is read as the last change, as the schema comment tells a sqlite3 user to.
QMap<QString, QStringList> everything(sqlite3 *db)
{
    QMap<QString, QStringList> out;
    for (const QString &table : column(db,
             QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND "
                            "name NOT LIKE 'member_search%'"))) {
        sqlite3_stmt *stmt = nullptr;
        REQUIRE(
            sqlite3_prepare_v2(db, (QStringLiteral("SELECT * FROM ") + table).toUtf8().constData(), -1, &stmt, nullptr)
            == SQLITE_OK);
        QStringList rows;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QMap<QString, QString> cells;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                QString value;
                switch (sqlite3_column_type(stmt, i)) {
                case SQLITE_NULL:
                    value = QStringLiteral("NULL");
                    break;
                case SQLITE_BLOB:
                    value = QStringLiteral("x'")
                        + QString::fromLatin1(QByteArray(
                            static_cast<const char *>(sqlite3_column_blob(stmt, i)), sqlite3_column_bytes(stmt, i))
                                                  .toHex())
                        + u'\'';
                    break;
                default:
                    value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)));
                }
                cells.insert(QString::fromUtf8(sqlite3_column_name(stmt, i)), value);
            }
            if (cells.contains(QStringLiteral("updated_at")) && cells.value(QStringLiteral("created_at")) == u"NULL")
                cells.insert(QStringLiteral("created_at"), cells.value(QStringLiteral("updated_at")));
            QStringList row;
            for (auto it = cells.cbegin(); it != cells.cend(); ++it)
                row << it.key() + u'=' + it.value();
            rows << row.join(u'|');
        }
        sqlite3_finalize(stmt);
        rows.sort();
        out.insert(table, rows);
    }
    return out;
}

QStringList stampedTables(sqlite3 *db)
{
    return column(db,
        QStringLiteral("SELECT m.name FROM sqlite_schema m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM "
                       "pragma_table_info(m.name) WHERE name = 'updated_at') AND EXISTS (SELECT 1 FROM "
                       "pragma_table_info(m.name) WHERE name = 'created_at' AND \"notnull\" = 0)"));
}

} // namespace

TEST_CASE("level 23 keeps every row, history entry and tombstone of a county whose records all carry their "
          "creation time",
    "[migration][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.fupin"));
    auto opened = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
    REQUIRE(opened);
    CountyDatabase &db = *opened.value();
    DemoOptions options;
    options.households = 40;
    options.seed = 11;
    REQUIRE(DemoGenerator::generate(db, options));
    REQUIRE(db.updateSearchIndex());
    // Fupin's own connection: level 23 indexes the members with Fupin's functions.
    sqlite3 *raw = TestSql::handle(db);
    const QStringList tables = stampedTables(raw);
    REQUIRE(tables.size() == 20);

    // The file as level 15 left it: every record with its creation time (a few changed after they
    // were made), history that names records, a tombstone; the triggers of level 23 not yet there.
    exec(raw, QStringLiteral("PRAGMA foreign_keys = OFF"));
    const QStringList appendOnly{QStringLiteral("status_event"), QStringLiteral("fund_receipt"),
        QStringLiteral("fund_allocation"), QStringLiteral("fund_disbursement")};
    QStringList appendOnlyTriggers;
    for (const QString &table : appendOnly) {
        appendOnlyTriggers << column(
            raw, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1_no_update'").arg(table))
                                  .value(0);
        exec(raw, QStringLiteral("DROP TRIGGER %1_no_update").arg(table));
    }
    for (const QString &table : tables) {
        exec(raw, QStringLiteral("DROP TRIGGER %1_created_kept").arg(table));
        exec(raw, QStringLiteral("UPDATE %1 SET created_at = coalesce(created_at, updated_at)").arg(table));
    }
    for (const QString &sql : appendOnlyTriggers)
        exec(raw, sql);
    exec(raw,
        QStringLiteral("UPDATE income SET created_at = updated_at - 86400 WHERE id IN (SELECT id FROM income "
                       "ORDER BY id LIMIT 5)"));
    exec(raw,
        QStringLiteral("INSERT INTO audit_log (changed_at, changed_by, table_name, record_uuid, action, field, "
                       "old_value, new_value, household_id) SELECT updated_at, 'county', 'income', uuid, 'update', "
                       "'op_crops', '100', '200', household_id FROM income ORDER BY id LIMIT 3"));
    exec(raw,
        QStringLiteral("INSERT INTO tombstone (uuid, table_name, deleted_at, deleted_by) VALUES "
                       "(x'6f1c2a3b4d5e4f608a7b9c0d1e2f3a4b', 'income', 1600000000, 'county')"));
    exec(raw, QStringLiteral("ALTER TABLE member_search_queue DROP COLUMN indexed_name"));
    exec(raw, QStringLiteral("ALTER TABLE member_search_queue DROP COLUMN indexed_id_number"));
    exec(raw, QStringLiteral("PRAGMA user_version = 15"));
    const QMap<QString, QStringList> before = everything(raw);
    QMap<QString, QStringList> differing;
    for (const QString &table : tables)
        differing.insert(
            table, column(raw, QStringLiteral("SELECT count(*) FROM %1 WHERE created_at <> updated_at").arg(table)));
    for (const QString &table : tables) {
        INFO(table.toStdString());
        CHECK(column(raw, QStringLiteral("SELECT count(*) FROM %1 WHERE created_at IS NULL").arg(table))
            == QStringList{QStringLiteral("0")});
    }
    REQUIRE(before.value(QStringLiteral("income")).size() > 100);
    REQUIRE(before.value(QStringLiteral("visit")).size() > 10);
    REQUIRE(before.value(QStringLiteral("status_event")).size() > 10);
    REQUIRE(before.value(QStringLiteral("audit_log")).size() >= 3);
    REQUIRE(before.value(QStringLiteral("tombstone")).size() >= 1);

    // Level 23 itself, as Fupin runs it on such a file.
    QFile script(QStringLiteral(":/schema/023_created_once.sql"));
    REQUIRE(script.open(QIODevice::ReadOnly));
    exec(raw, QStringLiteral("BEGIN"));
    exec(raw, QString::fromUtf8(script.readAll()));
    exec(raw, QStringLiteral("COMMIT"));

    // Every row of every table with every value, history and tombstones included.
    const QMap<QString, QStringList> after = everything(raw);
    CHECK(after.keys() == before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(after.value(it.key()) == it.value());
    }
    // Stored once: a creation time is kept exactly where it differs from the last change (the five
    // incomes above, and what the demo changed after making it).
    for (const QString &table : tables) {
        INFO(table.toStdString());
        CHECK(column(raw, QStringLiteral("SELECT count(*) FROM %1 WHERE created_at IS NOT NULL").arg(table))
            == differing.value(table));
    }
    CHECK(column(raw, QStringLiteral("SELECT count(*) FROM income WHERE created_at IS NOT NULL"))
        == QStringList{QStringLiteral("5")});
    CHECK(column(raw, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    CHECK(column(raw, QStringLiteral("PRAGMA integrity_check")) == QStringList{QStringLiteral("ok")});

    // The member search finds every member by name and keeps no copy of the names; a renamed member
    // is found by the new name only once the index is brought up to date, and no longer by the old.
    CHECK(column(raw, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'member_search_content'"))
        == QStringList{QStringLiteral("0")});
    const QString member = column(raw, QStringLiteral("SELECT min(id) FROM member")).value(0);
    const QString entry = column(
        raw, QStringLiteral("SELECT (household_id << 24) | (id & 16777215) FROM member WHERE id = %1").arg(member))
                              .value(0);
    const auto found = [&](const QString &chars) {
        return column(raw,
            QStringLiteral(
                "SELECT count(*) FROM member_search WHERE member_search MATCH 'chars : \"%1\"' AND rowid = %2")
                .arg(chars, entry))
            .value(0);
    };
    const QString oldChars
        = column(raw, QStringLiteral("SELECT fupin_chars(name) FROM member WHERE id = %1").arg(member)).value(0);
    CHECK(found(oldChars) == QStringLiteral("1"));
    CHECK(column(raw,
              QStringLiteral("SELECT count(*) FROM member m WHERE NOT EXISTS (SELECT 1 FROM member_search s WHERE "
                             "member_search MATCH 'chars : \"' || fupin_chars(m.name) || '\"' AND s.rowid = "
                             "(m.household_id << 24) | (m.id & 16777215))"))
        == QStringList{QStringLiteral("0")});
    exec(raw, QStringLiteral("UPDATE member SET name = '测试人' WHERE id = %1").arg(member));
    exec(raw, QStringLiteral("UPDATE member SET name = '测试二' WHERE id = %1").arg(member));
    REQUIRE(db.updateSearchIndex());
    CHECK(found(QStringLiteral("测 试 二")) == QStringLiteral("1"));
    CHECK(found(QStringLiteral("测 试 人")) == QStringLiteral("0"));
    CHECK(found(oldChars) == QStringLiteral("0"));
    CHECK(column(raw, QStringLiteral("SELECT count(*) FROM member_search_queue")) == QStringList{QStringLiteral("0")});

    // Changing the last-change time by hand, as sqlite3 allows, keeps the creation time.
    const QString firstVisit = column(raw, QStringLiteral("SELECT min(id) FROM visit")).value(0);
    const QString visitTime
        = column(raw, QStringLiteral("SELECT updated_at FROM visit WHERE id = %1").arg(firstVisit)).value(0);
    exec(raw, QStringLiteral("UPDATE visit SET updated_at = updated_at + 60 WHERE id = %1").arg(firstVisit));
    CHECK(column(raw, QStringLiteral("SELECT created_at FROM visit WHERE id = %1").arg(firstVisit))
        == QStringList{visitTime});
    // The append-only entries still refuse a change.
    char *message = nullptr;
    CHECK(
        sqlite3_exec(raw, "UPDATE status_event SET event_date = event_date", nullptr, nullptr, &message) != SQLITE_OK);
    sqlite3_free(message);
}

TEST_CASE("a new record is stored as created when last changed and keeps its creation time when changed", "[storage]")
{
    TestCounty c;
    c.actAs(QStringLiteral("clerk"));
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("A1"), 1);
    const Result<qint64> saved = repo.save(h);
    REQUIRE(saved);
    const qint64 id = saved.value();
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM income WHERE household_id = ? AND created_at IS NULL"), {id})
              .toInt()
        == h.incomes.size());
    REQUIRE_FALSE(h.incomes.isEmpty());

    // Saved again a second later: the change moves updated_at and keeps the first time as created_at.
    const qint64 createdAt
        = c.scalar(QStringLiteral("SELECT updated_at FROM household WHERE id = ?"), {id}).toLongLong();
    // As saved five seconds earlier (the trigger keeps the old time as created_at; it goes again).
    c.exec(QStringLiteral("UPDATE household SET updated_at = updated_at - 5 WHERE id = ?"), {id});
    c.exec(QStringLiteral("UPDATE household SET created_at = NULL WHERE id = ?"), {id});
    Result<Household> loaded = repo.load(id);
    REQUIRE(loaded);
    CHECK(loaded->meta.createdAt == createdAt - 5);
    const int revision = loaded->meta.revision;
    loaded->address = QStringLiteral("新地址 1 号");
    REQUIRE(repo.save(loaded.value()));
    CHECK(
        c.scalar(QStringLiteral("SELECT created_at FROM household WHERE id = ?"), {id}).toLongLong() == createdAt - 5);
    const Result<Household> again = repo.load(id);
    REQUIRE(again);
    CHECK(again->meta.createdAt == createdAt - 5);
    CHECK(again->meta.updatedAt >= createdAt);
    CHECK(again->meta.revision == revision + 1);
}
