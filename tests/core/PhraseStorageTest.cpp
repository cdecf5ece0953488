// SPDX-License-Identifier: GPL-3.0-or-later
// Level 15 keeps text that many records repeat (status reasons, visit findings and actions, measure
// descriptions) once, in the phrase table. An older file keeps every word of every row through the
// upgrade; new records are written the same way and read back as the text they were saved with.
#include "../TestSql.h"
#include "accounts/SignIn.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "forces/ForcesLists.h"
#include "register/StatusProcedure.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <catch2/catch.hpp>

namespace {

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

// The texts of each table, row by row, as an older file holds them and as the schema comment tells a
// sqlite3 user to read them from level 15 on (an empty text is NULL there).
QMap<QString, QStringList> texts(sqlite3 *db, bool phrases)
{
    const auto text = [&](const char *column) {
        return phrases
            ? QStringLiteral("coalesce((SELECT text FROM phrase WHERE id = %1), '')").arg(QLatin1String(column))
            : QLatin1String(column);
    };
    // A uuid as level 8 wrote it (text); level 12 keeps its 16 bytes, shown here the same way.
    const QString uuid = phrases
        ? QStringLiteral("lower(substr(hex(uuid), 1, 8) || '-' || substr(hex(uuid), 9, 4) || '-' || substr(hex(uuid), "
                         "13, 4) || '-' || substr(hex(uuid), 17, 4) || '-' || substr(hex(uuid), 21))")
        : QStringLiteral("uuid");
    return {{QStringLiteral("status_event"),
                rowsOf(db,
                    QStringLiteral("SELECT id, %1, kind, %2 FROM status_event ORDER BY id").arg(uuid, text("reason")))},
        {QStringLiteral("visit"),
            rowsOf(db,
                QStringLiteral("SELECT id, visit_date, %1, %2, deleted_at IS NULL FROM visit ORDER BY id")
                    .arg(text("findings"), text("actions")))},
        {QStringLiteral("household_benefit"),
            rowsOf(db,
                QStringLiteral("SELECT id, benefit_code, %1 FROM household_benefit ORDER BY id").arg(text("note")))},
        {QStringLiteral("measure"),
            rowsOf(db,
                QStringLiteral("SELECT id, category_code, %1, amount_fen FROM measure ORDER BY id")
                    .arg(text("description")))}};
}

} // namespace

TEST_CASE("an older county keeps every status reason and visit text and measure description in the phrase table",
    "[migration][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.fupin"));
    REQUIRE(QFile::copy(QStringLiteral(FUPIN_TEST_DATA "/county_level8.fupin"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QMap<QString, QStringList> before;
    QString distinct;
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
        // Benefits with a note, one shared and one without.
        REQUIRE(
            sqlite3_exec(raw,
                "INSERT INTO household_benefit (uuid, household_id, year, benefit_code, amount_fen, note, created_at, "
                "updated_at) SELECT 'b-' || id, id, 2020, 'medical', 10000, '医疗救助', '2020-01-02T03:04:05', "
                "'2020-01-02T03:04:05' FROM household LIMIT 3; INSERT INTO household_benefit (uuid, household_id, "
                "year, benefit_code, created_at, updated_at) SELECT 'c-' || id, id, 2021, 'dividend', "
                "'2021-01-02T03:04:05', '2021-01-02T03:04:05' FROM household LIMIT 1",
                nullptr, nullptr, nullptr)
            == SQLITE_OK);
        before = texts(raw, false);
        distinct = rowsOf(raw,
            QStringLiteral(
                "SELECT count(*) FROM (SELECT reason AS t FROM status_event UNION SELECT findings FROM visit "
                "UNION SELECT actions FROM visit UNION SELECT description FROM measure UNION SELECT note FROM "
                "household_benefit) WHERE t <> ''"))
                       .value(0);
        sqlite3_close(raw);
    }
    REQUIRE(before.value(QStringLiteral("visit")).size() > 10);
    REQUIRE(before.value(QStringLiteral("status_event")).size() > 10);
    REQUIRE(before.value(QStringLiteral("measure")).size() > 10);
    REQUIRE(before.value(QStringLiteral("household_benefit")).size() == 4);

    auto opened = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    INFO((opened ? QString() : opened.error()).toStdString());
    REQUIRE(opened);
    CountyDatabase &db = *opened.value();
    CHECK(db.schemaLevel() == CountyDatabase::latestSchemaLevel());
    sqlite3 *handle = TestSql::handle(db);
    CHECK(texts(handle, true) == before);
    // Each text once, and every row holds a number (or nothing), not the text again.
    CHECK(rowsOf(handle, QStringLiteral("SELECT count(*), count(DISTINCT text) FROM phrase"))
        == QStringList{distinct + u'|' + distinct});
    for (const auto &[table, column] :
        {std::pair{"status_event", "reason"}, std::pair{"visit", "findings"}, std::pair{"visit", "actions"},
            std::pair{"measure", "description"}, std::pair{"household_benefit", "note"}}) {
        INFO(table << "." << column);
        CHECK(rowsOf(handle,
                  QStringLiteral("SELECT count(*) FROM %1 WHERE typeof(%2) NOT IN ('integer', 'null')")
                      .arg(QLatin1String(table), QLatin1String(column)))
            == QStringList{QStringLiteral("0")});
    }
    const Result<QStringList> problems = db.checkIntegrity();
    REQUIRE(problems);
    CHECK(problems.value() == QStringList{});

    // Core reads the words back: a household's status history and the visit list.
    REQUIRE(SignIn::signIn(db, QStringLiteral("county"), QStringLiteral("fupin-demo")));
    const qint64 household = rowsOf(handle,
        QStringLiteral("SELECT household_id FROM status_event WHERE reason IS "
                       "NOT NULL ORDER BY id LIMIT 1"))
                                 .value(0)
                                 .toLongLong();
    const QList<StatusEvent> history = StatusProcedure(db).history(household);
    REQUIRE_FALSE(history.isEmpty());
    QStringList reasons;
    for (const StatusEvent &e : history)
        reasons << e.reason;
    CHECK(reasons.join(u'/')
        == rowsOf(handle,
            QStringLiteral("SELECT coalesce(group_concat(r, '/'), '') FROM (SELECT coalesce(p.text, '') AS r FROM "
                           "status_event e LEFT JOIN phrase p ON p.id = e.reason WHERE e.household_id = %1 ORDER BY "
                           "e.event_date, e.id)")
                .arg(household))
               .value(0));
    const auto visits = ForcesLists(db).visits();
    REQUIRE(visits);
    REQUIRE_FALSE(visits->isEmpty());
    for (const ForcesLists::VisitRow &v : visits.value()) {
        const QString stored = before.value(QStringLiteral("visit"))
                                   .filter(QRegularExpression(QStringLiteral("^%1\\|").arg(v.id)))
                                   .value(0);
        CHECK(stored.section(u'|', 2, 3) == v.findings + u'|' + v.actions);
    }
}

TEST_CASE("the demo county writes each repeated text once and core reads the words back", "[storage]")
{
    QTemporaryDir dir;
    auto db
        = CountyDatabase::open(dir.filePath(QStringLiteral("demo.fupin")), CountyDatabase::OpenMode::CreateIfMissing);
    REQUIRE(db);
    DemoOptions options;
    options.households = 60;
    options.seed = 7;
    REQUIRE(DemoGenerator::generate(*db.value(), options));
    sqlite3 *handle = TestSql::handle(*db.value());
    const QStringList counts = rowsOf(handle,
        QStringLiteral("SELECT (SELECT count(*) FROM phrase), (SELECT count(DISTINCT text) FROM phrase), "
                       "(SELECT count(*) FROM visit WHERE findings IS NOT NULL), (SELECT count(*) FROM status_event "
                       "WHERE reason IS NOT NULL)"));
    REQUIRE(counts.size() == 1);
    const QStringList n = counts.first().split(u'|');
    CHECK(n.at(0) == n.at(1)); // no text twice
    CHECK(n.at(0).toInt() > 0);
    CHECK(n.at(2).toInt() > n.at(0).toInt()); // visits share their words
    CHECK(n.at(3).toInt() > 0);
    REQUIRE(SignIn::signIn(*db.value(), QStringLiteral("admin"), QString::fromLatin1(DemoGenerator::DemoPassword)));
    const auto visits = ForcesLists(*db.value()).visits();
    REQUIRE(visits);
    REQUIRE_FALSE(visits->isEmpty());
    for (const ForcesLists::VisitRow &v : visits.value()) {
        CHECK_FALSE(v.findings.isEmpty());
        CHECK(v.findings
            == rowsOf(handle,
                QStringLiteral("SELECT p.text FROM visit v JOIN phrase p ON p.id = v.findings WHERE v.id = %1")
                    .arg(v.id))
                   .value(0));
    }
}
