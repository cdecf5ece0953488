// SPDX-License-Identifier: GPL-3.0-or-later
// Level 12 stores uuids as 16 bytes and times as seconds (RecordStamp). An older file keeps every
// record, uuid, time, history entry and tombstone through the upgrade, is compacted, and passes the
// schema check; a new record is written in the new form.
#include "../TestSql.h"
#include "TestCounty.h"
#include "accounts/SignIn.h"
#include "db/CountyDatabase.h"
#include "db/RecordStamp.h"
#include "register/AuditLog.h"
#include "register/HouseholdRepository.h"

#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>

#include <catch2/catch.hpp>

namespace {

// Record tables with a uuid and the time columns Fupin stamps, as level 11 had them.
struct TableColumns
{
    const char *table;
    QStringList times;
};

const QList<TableColumns> &recordTables()
{
    static const QStringList stamped{QStringLiteral("created_at"), QStringLiteral("updated_at")};
    static const QStringList deletable = stamped + QStringList{QStringLiteral("deleted_at")};
    static const QList<TableColumns> tables{{"division", stamped}, {"household", deletable}, {"member", stamped},
        {"income", stamped}, {"living_condition", stamped}, {"status_event", stamped}, {"assistance_unit", deletable},
        {"cadre", deletable}, {"pairing", deletable}, {"work_team", deletable}, {"work_team_member", deletable},
        {"visit", deletable}, {"measure", deletable}, {"project", stamped},
        {"project_event", {QStringLiteral("created_at")}}, {"fund_source", stamped}, {"fund_receipt", stamped},
        {"fund_allocation", stamped}, {"fund_disbursement", stamped}, {"household_benefit", deletable},
        {"microloan", deletable}, {"household_risk", {}}, {"project_beneficiary", {}}, {"annual_target", {}},
        {"tombstone", {QStringLiteral("deleted_at")}}};
    return tables;
}

// Rows of a query on a plain SQLite connection, cells joined by |.
QStringList rowsOf(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    INFO(sql.toStdString());
    REQUIRE(sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK);
    QStringList rows;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QStringList cells;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            cells << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
        }
        rows << cells.join(u'|');
    }
    sqlite3_finalize(stmt);
    return rows;
}

QStringList rowsOf(CountyDatabase &db, const QString &sql)
{
    return rowsOf(TestSql::handle(db), sql);
}

// Each row of a record table by key: its uuid and times as level 11 wrote them (text) or, from a
// level-12 file, read back the way the schema comment tells a sqlite3 user to.
QMap<QString, QString> records(sqlite3 *db, const TableColumns &t, bool compact)
{
    const QString table = QLatin1String(t.table);
    const bool withoutRowid = table == QLatin1String("household_risk") || table == QLatin1String("project_beneficiary")
        || table == QLatin1String("annual_target") || table == QLatin1String("tombstone");
    const QString uuid = compact ? QStringLiteral("lower(hex(uuid))") : QStringLiteral("replace(uuid, '-', '')");
    // The key: a row's id, or its uuid where there is no id.
    QString sql = QStringLiteral("SELECT ") + (withoutRowid ? uuid : QStringLiteral("id"));
    sql += u", " + uuid;
    for (const QString &time : t.times) {
        // From level 16 a record's creation time is NULL while it equals its last change.
        const QString stored = time == QLatin1String("created_at") && t.times.contains(QStringLiteral("updated_at"))
            ? QStringLiteral("coalesce(created_at, updated_at)")
            : time;
        sql += compact ? QStringLiteral(", datetime(%1, 'unixepoch', 'localtime')").arg(stored)
                       : QStringLiteral(", replace(%1, 'T', ' ')").arg(time);
    }
    sql += QStringLiteral(" FROM ") + table;
    QMap<QString, QString> out;
    for (const QString &row : rowsOf(db, sql))
        out.insert(row.section(u'|', 0, 0), row.section(u'|', 1));
    return out;
}

} // namespace

TEST_CASE("an older county is upgraded to 16-byte uuids and integer times with every record, entry and tombstone",
    "[migration][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.fupin"));
    REQUIRE(QFile::copy(QStringLiteral(FUPIN_TEST_DATA "/county_level8.fupin"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // The fixture as an older Fupin (and someone with sqlite3) left it: a deleted record, its
    // tombstone, history that names it, and a decision about two people.
    QMap<QString, QMap<QString, QString>> before;
    QMap<QString, QString> counts;
    const QString memberUuid = QStringLiteral("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
        const auto exec = [&](const char *sql) {
            INFO(sql);
            REQUIRE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
        };
        exec("PRAGMA foreign_keys = OFF");
        exec("UPDATE measure SET deleted_at = '2021-02-03T04:05:06', deleted_reason = 'typed twice' WHERE id = "
             "(SELECT min(id) FROM measure)");
        exec("INSERT INTO tombstone (uuid, table_name, deleted_at, deleted_by) VALUES "
             "('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'member', '2020-01-02T03:04:05', 'admin')");
        exec("INSERT INTO audit_log (changed_at, changed_by, table_name, record_uuid, action, field, old_value, "
             "new_value, household_id) VALUES ('2020-01-02T03:04:05', 'admin', 'member', "
             "'6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'delete', 'name', '王五', NULL, "
             "(SELECT min(id) FROM household))");
        exec("INSERT INTO distinct_person (member_uuid_a, member_uuid_b, decided_by, decided_at) SELECT min(uuid), "
             "max(uuid), 'admin', '2020-01-02T03:04:05' FROM member");
        for (const TableColumns &t : recordTables())
            before.insert(QLatin1String(t.table), records(raw, t, false));
        for (const QString &table : rowsOf(raw,
                 QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                "'sqlite%' AND name NOT LIKE 'member_search%'")))
            counts.insert(table, rowsOf(raw, QStringLiteral("SELECT count(*) FROM ") + table).value(0));
        counts.insert(QStringLiteral("audit"),
            rowsOf(raw,
                QStringLiteral("SELECT group_concat(id || ':' || replace(changed_at, 'T', ' ') || ':' || "
                               "replace(record_uuid, '-', ''), ',') FROM (SELECT * FROM audit_log ORDER BY id)"))
                .value(0));
        counts.insert(QStringLiteral("decision"),
            rowsOf(raw,
                QStringLiteral("SELECT replace(member_uuid_a, '-', '') || replace(member_uuid_b, '-', '') "
                               "FROM distinct_person"))
                .value(0));
        sqlite3_close(raw);
    }
    REQUIRE(before.value(QStringLiteral("income")).size() > 100);
    REQUIRE(before.value(QStringLiteral("tombstone")).size() == 1);

    auto opened = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    INFO((opened ? QString() : opened.error()).toStdString());
    REQUIRE(opened);
    CountyDatabase &db = *opened.value();
    CHECK(db.upgradedFromLevel() == 8);
    CHECK(db.schemaLevel() == CountyDatabase::latestSchemaLevel());

    // Every row of every table is there, with the same uuid (now 16 bytes) and the same local times.
    for (const auto &[table, count] : counts.asKeyValueRange()) {
        if (table == QLatin1String("audit") || table == QLatin1String("decision"))
            continue;
        INFO(table.toStdString());
        CHECK(rowsOf(db, QStringLiteral("SELECT count(*) FROM ") + table).value(0) == count);
    }
    for (const TableColumns &t : recordTables()) {
        INFO(t.table);
        CHECK(records(TestSql::handle(db), t, true) == before.value(QLatin1String(t.table)));
        CHECK(rowsOf(db, QStringLiteral("SELECT DISTINCT typeof(uuid) || length(uuid) FROM ") + QLatin1String(t.table))
                  .join(u',')
            == (before.value(QLatin1String(t.table)).isEmpty() ? QString() : QStringLiteral("blob16")));
        for (const QString &time : t.times)
            CHECK(rowsOf(db,
                      QStringLiteral("SELECT count(*) FROM %1 WHERE typeof(%2) NOT IN ('integer', 'null')")
                          .arg(QLatin1String(t.table), time))
                      .value(0)
                == QStringLiteral("0"));
    }
    // The history: the same entries at the same times; a login stays text, a uuid becomes bytes.
    CHECK(rowsOf(db,
              QStringLiteral("SELECT group_concat(id || ':' || datetime(changed_at, 'unixepoch', 'localtime') || ':' "
                             "|| CASE typeof(record_uuid) WHEN 'blob' THEN lower(hex(record_uuid)) ELSE record_uuid "
                             "END, ',') FROM (SELECT * FROM audit_log ORDER BY id)"))
              .value(0)
        == counts.value(QStringLiteral("audit")));
    CHECK(rowsOf(db, QStringLiteral("SELECT typeof(record_uuid) FROM audit_log WHERE table_name = 'app_user' LIMIT 1"))
        == QStringList{QStringLiteral("text")});
    CHECK(rowsOf(db,
              QStringLiteral("SELECT lower(hex(member_uuid_a)) || lower(hex(member_uuid_b)) FROM "
                             "distinct_person"))
              .value(0)
        == counts.value(QStringLiteral("decision")));
    CHECK(rowsOf(db,
              QStringLiteral("SELECT table_name, deleted_by FROM tombstone WHERE uuid = x'%1'")
                  .arg(QString(memberUuid).remove(u'-')))
        == QStringList{QStringLiteral("member|admin")});

    // Core reads them back as before: the history shows the entry at its local time, a household
    // its members' uuids and times.
    REQUIRE(SignIn::signIn(db, QStringLiteral("county"), QStringLiteral("fupin-demo")));
    const qint64 household = rowsOf(db, QStringLiteral("SELECT min(id) FROM household")).value(0).toLongLong();
    const Result<QList<AuditEntry>> history = AuditLog(db).forHousehold(household);
    REQUIRE(history);
    const auto deleted = std::find_if(
        history->cbegin(), history->cend(), [&](const AuditEntry &e) { return e.recordUuid == memberUuid; });
    REQUIRE(deleted != history->cend());
    CHECK(deleted->changedAt == QStringLiteral("2020-01-02T03:04:05"));
    const Result<Household> loaded = HouseholdRepository(db).load(household);
    REQUIRE(loaded);
    const QString storedHead
        = before.value(QStringLiteral("member")).value(QString::number(loaded->members[0].meta.id));
    CHECK(QString(loaded->members[0].meta.uuid).remove(u'-') == storedHead.section(u'|', 0, 0));
    CHECK(
        RecordStamp::timeText(loaded->members[0].meta.createdAt).replace(u'T', u' ') == storedHead.section(u'|', 1, 1));

    // The file was compacted, and its schema is the one a new county gets.
    CHECK(rowsOf(db, QStringLiteral("PRAGMA freelist_count")) == QStringList{QStringLiteral("0")});
    const Result<QStringList> problems = db.checkIntegrity();
    REQUIRE(problems);
    CHECK(problems.value() == QStringList{});
}

TEST_CASE("a new record's uuid is 16 bytes and its times are seconds, read back as they were written", "[storage]")
{
    TestCounty c;
    c.actAs(QStringLiteral("clerk"));
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("A1"), 1);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Result<qint64> saved = repo.save(h);
    REQUIRE(saved);
    const qint64 id = saved.value();
    const qint64 after = QDateTime::currentSecsSinceEpoch();

    for (const QString &table : {QStringLiteral("household"), QStringLiteral("member"), QStringLiteral("income")}) {
        INFO(table.toStdString());
        const QString where
            = table == QLatin1String("household") ? QStringLiteral("id = ?") : QStringLiteral("household_id = ?");
        CHECK(c.scalar(QStringLiteral("SELECT group_concat(DISTINCT typeof(uuid) || length(uuid)) FROM ") + table
                       + QStringLiteral(" WHERE ") + where,
                   {id})
                  .toString()
            == QStringLiteral("blob16"));
        CHECK(c.scalar(QStringLiteral("SELECT group_concat(DISTINCT typeof(created_at) || typeof(updated_at)) FROM ")
                       + table + QStringLiteral(" WHERE ") + where,
                   {id})
                  .toString()
            == QStringLiteral("nullinteger")); // created when last changed (level 16)
    }
    CHECK(c.scalar(QStringLiteral("SELECT lower(hex(uuid)) FROM household WHERE id = ?"), {id}).toString()
        == QString(h.meta.uuid).remove(u'-'));
    CHECK(RecordStamp::uuidText(RecordStamp::uuidBytes(h.meta.uuid)) == h.meta.uuid);
    CHECK(h.meta.createdAt >= before);
    CHECK(h.meta.createdAt <= after);

    const Result<Household> loaded = repo.load(id);
    REQUIRE(loaded);
    CHECK(loaded->meta.uuid == h.meta.uuid);
    CHECK(loaded->members[1].meta.uuid == h.members[1].meta.uuid);
    CHECK(loaded->meta.createdAt == h.meta.createdAt);
    // Shown as local time, as the text form was.
    CHECK(RecordStamp::timeText(loaded->meta.updatedAt)
        == QDateTime::fromSecsSinceEpoch(h.meta.updatedAt).toString(Qt::ISODate));
    CHECK(RecordStamp::fromTimeText(RecordStamp::timeText(loaded->meta.updatedAt)) == loaded->meta.updatedAt);
}
