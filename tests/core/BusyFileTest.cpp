// SPDX-License-Identifier: GPL-3.0-or-later
// Two programs on one county file: a second GUI, the CLI's stats, or several inits at once.
#include "db/CountyDatabase.h"
#include "db/SqliteError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace {

// Another program's connection in the middle of a write: it holds the write lock until released.
class OtherWriter
{
public:
    // exclusive: the moment of a commit (or a spill of a large write) in a rollback journal,
    // when not even readers may read.
    explicit OtherWriter(const QString &path, bool exclusive = false)
    {
        REQUIRE(
            sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_exec(m_db,
                    exclusive ? "BEGIN EXCLUSIVE; INSERT INTO county_info (key, value) VALUES ('other', '1')"
                              : "BEGIN IMMEDIATE; INSERT INTO county_info (key, value) VALUES ('other', '1')",
                    nullptr, nullptr, nullptr)
            == SQLITE_OK);
    }
    ~OtherWriter()
    {
        release();
        sqlite3_close(m_db);
    }
    void release()
    {
        if (!m_released.exchange(true))
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    // Releases the lock from another thread after `ms` milliseconds.
    std::thread releaseAfter(int ms)
    {
        return std::thread([this, ms] {
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            release();
        });
    }

private:
    sqlite3 *m_db = nullptr;
    std::atomic<bool> m_released{false};
};

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

qint64 rawCount(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const qint64 value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

QString newCounty(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("county.fupin"));
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
    REQUIRE(db);
    REQUIRE(db.value()->initialize(QStringLiteral("522633"), QStringLiteral("从江县")));
    return path;
}

} // namespace

TEST_CASE("a second program waits for another's write to the county file, then opens it", "[busy]")
{
    QTemporaryDir dir;
    const QString path = newCounty(dir);
    // A file left in a rollback journal (as the demo generator used to leave it): switching it
    // back to WAL needs the lock the other program holds.
    rawExec(path, "PRAGMA journal_mode = DELETE");
    const auto mode = GENERATE(CountyDatabase::OpenMode::ExistingOnly, CountyDatabase::OpenMode::ReadOnly);
    const bool exclusive = GENERATE(false, true);
    if (mode == CountyDatabase::OpenMode::ReadOnly && !exclusive)
        return; // a reader need not wait for a writer that is not yet committing
    OtherWriter other(path, exclusive);
    std::thread releaser = other.releaseAfter(1000);
    QElapsedTimer timer;
    timer.start();
    auto db = CountyDatabase::open(path, mode);
    const qint64 waited = timer.elapsed();
    releaser.join();
    INFO((db ? QString() : db.error()).toStdString());
    REQUIRE(db);
    CHECK(waited >= 500);
    CHECK(db.value()->countyName() == QStringLiteral("从江县"));
}

TEST_CASE("a file that stays busy is refused in words that name the file", "[busy]")
{
    QTemporaryDir dir;
    const QString path = newCounty(dir);
    rawExec(path, "PRAGMA journal_mode = DELETE");
    OtherWriter other(path);
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    REQUIRE_FALSE(db);
    CHECK(db.error().contains(QStringLiteral("busy")));
    CHECK(db.error().contains(QDir::toNativeSeparators(path)));
    CHECK(db.error().contains(QStringLiteral("Nothing was changed")));
    CHECK_FALSE(db.error().contains(QStringLiteral("locked")));
}

TEST_CASE("initialising a busy file writes nothing outside a transaction", "[busy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.fupin"));
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
    REQUIRE(db);
    Status status;
    {
        // The other program lets go just after initialize() gave up waiting for the lock: a write
        // without a transaction would then go through, row by row.
        OtherWriter other(path);
        std::thread releaser = other.releaseAfter(SqliteError::BusyTimeoutMs + 800);
        status = db.value()->initialize(QStringLiteral("522633"), QStringLiteral("从江县"));
        releaser.join();
    }
    REQUIRE_FALSE(status);
    CHECK(status.error().contains(QStringLiteral("busy")));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    CHECK(rawCount(path, "SELECT count(*) FROM division") == 0);
    CHECK(rawCount(path, "SELECT count(*) FROM code_item") == 0);
    CHECK_FALSE(db.value()->isInitialized());
}

TEST_CASE("six programs initialising one new file at once: one creates the county, the others are told", "[busy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.fupin"));
    std::vector<QString> errors(6);
    std::vector<std::thread> threads;
    std::atomic<int> ready{0};
    for (size_t i = 0; i < errors.size(); ++i) {
        threads.emplace_back([&, i] {
            ++ready;
            while (ready < int(errors.size()))
                std::this_thread::yield();
            auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
            if (!db) {
                errors[i] = db.error();
                return;
            }
            const Status s = db.value()->initialize(QStringLiteral("522633"), QStringLiteral("从江县"));
            errors[i] = s ? QString() : s.error();
        });
    }
    for (std::thread &t : threads)
        t.join();
    int created = 0;
    for (const QString &error : errors) {
        INFO(error.toStdString());
        if (error.isEmpty())
            ++created;
        else
            CHECK(error.contains(QStringLiteral("already holds the county 从江县")));
    }
    CHECK(created == 1);
    CHECK(rawCount(path, "SELECT count(*) FROM division") == 1);
    CHECK(rawCount(path, "PRAGMA user_version") == CountyDatabase::latestSchemaLevel());
}

TEST_CASE("three programs opening an old file at once: it is upgraded once, with one complete backup", "[busy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.fupin"));
    REQUIRE(QFile::copy(QStringLiteral(FUPIN_TEST_DATA "/county_level1.fupin"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::vector<QString> errors(3);
    std::vector<QString> backups(3);
    std::vector<std::thread> threads;
    std::atomic<int> ready{0};
    for (size_t i = 0; i < errors.size(); ++i) {
        threads.emplace_back([&, i] {
            ++ready;
            while (ready < int(errors.size()))
                std::this_thread::yield();
            auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
            if (!db) {
                errors[i] = db.error();
                return;
            }
            if (db.value()->schemaLevel() != CountyDatabase::latestSchemaLevel())
                errors[i] = QStringLiteral("left at level %1").arg(db.value()->schemaLevel());
            backups[i] = db.value()->upgradeBackupPath();
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (const QString &error : errors) {
        INFO(error.toStdString());
        CHECK(error.isEmpty());
    }
    const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.bak*")}, QDir::Files);
    INFO(files.join(u' ').toStdString());
    REQUIRE(files.size() == 1);
    CHECK(files.first().endsWith(QStringLiteral(".bak")));
    CHECK(std::count_if(backups.begin(), backups.end(), [](const QString &b) { return !b.isEmpty(); }) == 1);
    CHECK(rawCount(dir.filePath(files.first()), "PRAGMA user_version") == 1);
    CHECK(rawCount(dir.filePath(files.first()), "SELECT count(*) FROM division") == 2);
}
