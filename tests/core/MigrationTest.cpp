// SPDX-License-Identifier: GPL-3.0-or-later
// Level 4: rebuilt tables with their rules, uuids everywhere, and a search index that other
// SQLite tools keep right without Fupin's functions.
#include "../TestSql.h"
#include "db/CountyDatabase.h"
#include "db/RecordStamp.h"
#include "register/HouseholdList.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

namespace {

QString copyFixture(const QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    REQUIRE(QFile::copy(QStringLiteral(FUPIN_TEST_DATA "/") + QString::fromLatin1(name), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

// A connection of another SQLite tool: no Fupin functions registered, foreign keys on.
class OtherTool
{
public:
    explicit OtherTool(const QString &path)
    {
        REQUIRE(
            sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    }
    ~OtherTool() { sqlite3_close(m_db); }
    // SQLite's error text, empty on success.
    QString exec(const char *sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString text = QString::fromUtf8(message ? message : "error");
        sqlite3_free(message);
        return text;
    }
    qint64 value(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
        const qint64 v = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return v;
    }

private:
    sqlite3 *m_db = nullptr;
};

QVariant scalar(CountyDatabase &db, const QString &sql)
{
    QSqlQuery q(TestSql::of(db));
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

// Runs a statement that a rule of the file must refuse; returns SQLite's text.
QString refused(CountyDatabase &db, const QString &sql)
{
    QSqlQuery q(TestSql::of(db));
    INFO(sql.toStdString());
    CHECK_FALSE(q.exec(sql));
    return q.lastError().databaseText();
}

void checkLevel4Rules(CountyDatabase &db)
{
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    // The tombstone table exactly as the record machinery writes it.
    CHECK(scalar(db,
              QStringLiteral("SELECT group_concat(name || ':' || type || ':' || pk, ',') FROM "
                             "pragma_table_info('tombstone')"))
              .toString()
        == QStringLiteral("uuid:BLOB:1,table_name:TEXT:0,deleted_at:INTEGER:0,deleted_by:TEXT:0"));
    for (const char *table : {"assistance_unit", "cadre", "pairing", "work_team", "measure", "visit"}) {
        INFO(table);
        CHECK(scalar(db,
                  QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name IN ('deleted_at', "
                                 "'deleted_reason')")
                      .arg(QLatin1String(table)))
                  .toInt()
            == 2);
    }
    for (const auto &[index, table, column] :
        std::initializer_list<std::tuple<const char *, const char *, const char *>>{
            {"household_group", "household", "group_id"}, {"visit_cadre_date", "visit", "cadre_id"},
            {"measure_project", "measure", "project_id"}, {"work_team_village", "work_team", "village_id"},
            {"fund_allocation_source_project", "fund_allocation", "source_id"},
            {"fund_disbursement_allocation", "fund_disbursement", "allocation_id"}}) {
        INFO(index);
        CHECK(scalar(db,
                  QStringLiteral("SELECT count(*) FROM pragma_index_info('%1') WHERE name = '%2' AND seqno = 0 "
                                 "AND (SELECT tbl_name FROM sqlite_schema WHERE name = '%1') = '%3'")
                      .arg(QLatin1String(index), QLatin1String(column), QLatin1String(table)))
                  .toInt()
            == 1);
    }
    // No trigger calls a function only the app registers.
    CHECK(scalar(db,
              QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE "
                             "'%fupin_%'"))
              .toInt()
        == 0);
}

} // namespace

TEST_CASE("a level-3 file is upgraded with all its data, a uuid on every row and its rules", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, "county_level3.fupin");
    auto opened = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    INFO((opened ? QString() : opened.error()).toStdString());
    REQUIRE(opened);
    CountyDatabase &db = *opened.value();
    CHECK(db.schemaLevel() == CountyDatabase::latestSchemaLevel());
    CHECK(db.upgradedFromLevel() == 3);
    CHECK(QFileInfo::exists(db.upgradeBackupPath()));
    checkLevel4Rules(db);

    // Every row is still there, with its values.
    const std::initializer_list<std::pair<const char *, int>> counts{{"division", 4}, {"household", 1}, {"member", 2},
        {"income", 1}, {"living_condition", 1}, {"status_event", 1}, {"household_risk", 1}, {"assistance_unit", 1},
        {"cadre", 1}, {"pairing", 1}, {"work_team", 1}, {"work_team_member", 1}, {"visit", 1}, {"project", 1},
        {"project_beneficiary", 1}, {"measure", 1}, {"fund_source", 1}, {"fund_allocation", 1},
        {"fund_disbursement", 1}, {"annual_target", 1}, {"distinct_person", 1}, {"audit_log", 1}};
    for (const auto &[table, count] : counts) {
        INFO(table);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt() == count);
    }
    CHECK(scalar(db, QStringLiteral("SELECT name || months_worked || welfare_job_months FROM member WHERE id = 11"))
              .toString()
        == QStringLiteral("滚老岩1012"));
    CHECK(scalar(db, QStringLiteral("SELECT op_costs FROM income")).toLongLong() == 80000);
    CHECK(scalar(db, QStringLiteral("SELECT status || budget_fen FROM project")).toString()
        == QStringLiteral("in_progress50000000"));
    CHECK(scalar(db, QStringLiteral("SELECT poor_village FROM division WHERE id = 3")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT role FROM work_team_member")).toString()
        == QStringLiteral("first_secretary"));
    CHECK(scalar(db, QStringLiteral("SELECT households || '/' || people FROM annual_target")).toString()
        == QStringLiteral("120/480"));

    // The tables that had none have a uuid on every row, distinct, in the form of the others (16 bytes
    // since level 12; a row added by another tool gets 16 random bytes).
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QStringList seen;
    for (const char *table :
        {"household_risk", "project_beneficiary", "work_team_member", "annual_target", "distinct_person"}) {
        INFO(table);
        const QString value
            = RecordStamp::uuidText(scalar(db, QStringLiteral("SELECT uuid FROM ") + QLatin1String(table)));
        CHECK(uuid.match(value).hasMatch());
        CHECK_FALSE(seen.contains(value));
        seen << value;
    }
    // Existing INSERTs that name no uuid still work, and get one.
    QSqlQuery q(TestSql::of(db));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO household_risk (household_id, risk_code) VALUES (7, '3')")));
    CHECK(uuid.match(RecordStamp::uuidText(scalar(db,
                         QStringLiteral("SELECT uuid FROM household_risk WHERE "
                                        "risk_code = '3'"))))
              .hasMatch());

    // The rules refuse a bad row, and say which rule.
    CHECK(refused(db, QStringLiteral("UPDATE member SET months_worked = 13 WHERE id = 11"))
              .contains(QStringLiteral("member_months_worked")));
    CHECK(refused(db, QStringLiteral("UPDATE member SET welfare_job_months = -1 WHERE id = 11"))
              .contains(QStringLiteral("member_welfare_job_months")));
    CHECK(refused(db, QStringLiteral("UPDATE member SET medical_insurance = 2 WHERE id = 11"))
              .contains(QStringLiteral("flag_medical_insurance")));
    CHECK(refused(db, QStringLiteral("UPDATE household SET status_code = 'X' WHERE id = 7"))
              .contains(QStringLiteral("household_status")));
    CHECK(refused(db, QStringLiteral("UPDATE household SET relocated = 5 WHERE id = 7"))
              .contains(QStringLiteral("flag_relocated")));
    CHECK(refused(db, QStringLiteral("UPDATE income SET op_other = -100")).contains(QStringLiteral("income_amounts")));
    CHECK(refused(db, QStringLiteral("UPDATE living_condition SET water_safe = 3"))
              .contains(QStringLiteral("flag_water_safe")));
    CHECK(refused(db,
        QStringLiteral("INSERT INTO status_event (uuid, household_id, kind, event_date, created_at, "
                       "updated_at) VALUES ('s-x', 7, 'exited', '2020-01-01', '', '')"))
              .contains(QStringLiteral("status_event_kind")));
    // Status steps are append-only since level 11.
    CHECK(refused(db, QStringLiteral("UPDATE status_event SET kind = 'exit'"))
              .contains(QStringLiteral("status_history_append_only")));
    CHECK(refused(db, QStringLiteral("UPDATE project SET status = 'done'")).contains(QStringLiteral("project_status")));
    CHECK(refused(db, QStringLiteral("UPDATE measure SET amount_fen = -1")).contains(QStringLiteral("measure_amount")));
    CHECK(refused(db, QStringLiteral("UPDATE work_team_member SET role = 'boss'"))
              .contains(QStringLiteral("work_team_member_role")));
    CHECK(refused(db, QStringLiteral("UPDATE annual_target SET people = -5"))
              .contains(QStringLiteral("annual_target_counts")));
    // Foreign keys are on again after the rebuild.
    CHECK(refused(db, QStringLiteral("UPDATE member SET household_id = 999 WHERE id = 11"))
              .contains(QStringLiteral("FOREIGN KEY")));
}

TEST_CASE("level-1 and level-2 files are upgraded to a sound level 4", "[migration]")
{
    QTemporaryDir dir;
    const char *fixture = GENERATE("county_level1.fupin", "county_level2.fupin");
    INFO(fixture);
    const QString path = copyFixture(dir, fixture);
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    INFO((db ? QString() : db.error()).toStdString());
    REQUIRE(db);
    CHECK(db.value()->schemaLevel() == CountyDatabase::latestSchemaLevel());
    CHECK(db.value()->countyName() == QStringLiteral("从江县"));
    CHECK(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM division")).toInt() >= 2);
    checkLevel4Rules(*db.value());
    const auto problems = db.value()->checkIntegrity();
    REQUIRE(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("a migration that fails rolls back completely: the file stays at its level with its data", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, "county_level3.fupin");
    SECTION("a row that breaks a new rule")
    {
        {
            OtherTool tool(path);
            REQUIRE(tool.exec("UPDATE member SET months_worked = 14 WHERE id = 12").isEmpty());
        }
        auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE_FALSE(db);
        CHECK(db.error().contains(QStringLiteral("left at level 3")));
        CHECK(db.error().contains(QStringLiteral("member_months_worked")));
        CHECK(db.error().contains(QDir::toNativeSeparators(path)));
        OtherTool tool(path);
        CHECK(tool.value("SELECT months_worked FROM member WHERE id = 12") == 14);
    }
    SECTION("a row that points to nothing")
    {
        {
            OtherTool tool(path);
            REQUIRE(tool.exec("PRAGMA foreign_keys = OFF; UPDATE visit SET cadre_id = 99").isEmpty());
        }
        auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE_FALSE(db);
        CHECK(db.error().contains(QStringLiteral("left at level 3")));
        CHECK(db.error().contains(QStringLiteral("visit")));
        OtherTool tool(path);
        CHECK(tool.value("SELECT cadre_id FROM visit") == 99);
    }
    OtherTool tool(path);
    CHECK(tool.value("PRAGMA user_version") == 3);
    CHECK(tool.value("SELECT count(*) FROM sqlite_schema WHERE name IN ('tombstone', 'member_search_queue')") == 0);
    CHECK(tool.value("SELECT count(*) FROM sqlite_schema WHERE name LIKE '%_new'") == 0);
    CHECK(tool.value("SELECT count(*) FROM member") == 2);
    CHECK(tool.value("SELECT count(*) FROM household_risk") == 1);
    CHECK(tool.value("SELECT count(*) FROM pragma_table_info('household_risk')") == 2);
    CHECK(tool.value("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%fupin_chars%'") == 2);
    // No backup is left of an upgrade that did not happen.
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak*")}, QDir::Files).isEmpty());
}

TEST_CASE("another SQLite tool can change members, and the search finds them by their new names", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, "county_level3.fupin");
    REQUIRE(CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly));
    {
        // sqlite3 or DB Browser: no fupin_chars, no fupin_reverse.
        OtherTool tool(path);
        CHECK(tool.exec("UPDATE member SET name = '吴秀英' WHERE id = 11") == QString());
        CHECK(tool.exec("UPDATE member SET id_number = '522633196803020054' WHERE id = 12") == QString());
        CHECK(tool.exec("INSERT INTO member (uuid, household_id, position, name, sex_code, relation_code, "
                        "created_at, updated_at) VALUES ('m-new', 7, 3, '梁小燕', '2', '20', '2024', '2024')")
            == QString());
        CHECK(tool.value("SELECT count(*) FROM member_search_queue") == 3);
    }
    auto opened = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    REQUIRE(opened);
    CountyDatabase &db = *opened.value();
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM member_search_queue")).toInt() == 0);
    HouseholdList list(db);
    const auto found = [&](const QString &text) {
        HouseholdFilter filter;
        filter.text = text;
        list.setFilter(filter);
        const auto count = list.count();
        REQUIRE(count);
        return count.value();
    };
    CHECK(found(QStringLiteral("吴秀英")) == 1);
    CHECK(found(QStringLiteral("秀英")) == 1);
    CHECK(found(QStringLiteral("滚老岩")) == 0);
    CHECK(found(QStringLiteral("梁小燕")) == 1);
    CHECK(found(QStringLiteral("020054")) == 1);
    CHECK(found(QStringLiteral("020046")) == 0);

    // A change made while the county is open is found by the next search.
    {
        OtherTool tool(path);
        CHECK(tool.exec("DELETE FROM member WHERE uuid = 'm-new'") == QString());
    }
    CHECK(found(QStringLiteral("梁小燕")) == 0);
    const auto page = list.page(0, 10);
    REQUIRE(page);
    CHECK(page->isEmpty());
    HouseholdFilter filter;
    filter.text = QStringLiteral("吴秀英");
    list.setFilter(filter);
    REQUIRE(list.count());
    const auto rows = list.page(0, 10);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().id == 7);
}
