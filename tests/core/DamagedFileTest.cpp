// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged file, a full disk: what happened, to which file, in words, and never SQLite's own.
#include "../TestSql.h"
#include "db/CountyDatabase.h"
#include "db/SqlExec.h"
#include "db/SqliteError.h"
#include "db/SqliteReader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <unistd.h>

namespace {

// Words SQLite uses that must never reach a user.
void checkNoSqliteWords(const QString &message)
{
    INFO(message.toStdString());
    for (const char *raw : {"malformed", "database disk image", "is locked", "Unable to", "disk is full",
             "file is not a database", "SQL logic", "constraint failed"})
        CHECK_FALSE(message.contains(QLatin1String(raw)));
}

// A county with enough rows to span many pages.
QString filledCounty(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("county.fupin"));
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
    REQUIRE(db);
    REQUIRE(db.value()->initialize(QStringLiteral("522633"), QStringLiteral("从江县")));
    Transaction t(TestSql::of(*db.value()));
    for (int i = 0; i < 2000; ++i)
        REQUIRE(execSql(TestSql::of(*db.value()), QStringLiteral("INSERT INTO county_info (key, value) VALUES (?, ?)"),
            {QStringLiteral("k%1").arg(i), QString(200, u'x')}));
    REQUIRE(t.commit());
    return path;
}

void garble(const QString &path, qint64 offset, qint64 length)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    QByteArray junk(length, '\0');
    for (qint64 i = 0; i < length; ++i)
        junk[i] = char((i * 7919 + 13) & 0xff);
    f.write(junk);
}

} // namespace

TEST_CASE("every kind of SQLite failure is told in words that name the file", "[errors]")
{
    const QString file = QStringLiteral("/data/county.fupin");
    for (int code : {SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL, SQLITE_READONLY, SQLITE_CORRUPT, SQLITE_NOTADB,
             SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_IOERR_WRITE, SQLITE_CONSTRAINT, SQLITE_ERROR}) {
        const QString message = SqliteError::describe(code, file, QStringLiteral("database is locked"));
        INFO(code);
        CHECK(message.contains(file));
        CHECK(message.contains(QStringLiteral("Nothing was changed")));
        checkNoSqliteWords(message);
    }
    CHECK(SqliteError::describe(SQLITE_CORRUPT, file).contains(QStringLiteral("fupin-cli check")));
    CHECK(SqliteError::describe(SQLITE_FULL, file).contains(QStringLiteral("full")));
    CHECK(SqliteError::describe(SQLITE_CONSTRAINT_CHECK, file, QStringLiteral("CHECK constraint failed: flag_x"))
              .contains(QStringLiteral("\"flag_x\"")));
}

TEST_CASE("a garbled county file: reading it says it is damaged and the check finds it", "[errors]")
{
    QTemporaryDir dir;
    const QString path = filledCounty(dir);
    const qint64 size = QFileInfo(path).size();
    REQUIRE(size > 200000);
    // Garble pages in the middle of the file, where the county_info rows are.
    garble(path, size - 120000, 60000);

    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::Inspect);
    REQUIRE(db);
    const auto problems = db.value()->checkIntegrity();
    if (problems) {
        REQUIRE_FALSE(problems->isEmpty());
        for (const QString &p : problems.value())
            checkNoSqliteWords(p);
        CHECK(problems->first().contains(QStringLiteral("damaged")));
    } else {
        checkNoSqliteWords(problems.error());
        CHECK(problems.error().contains(QStringLiteral("damaged")));
    }

    // Work that runs into a damaged page says so and points to the check.
    QSqlQuery q(TestSql::of(*db.value()));
    SqliteReader reader(TestSql::handle(*db.value()), QStringLiteral("SELECT key, value FROM county_info"));
    while (reader.step()) { }
    REQUIRE_FALSE(reader.error().isEmpty());
    checkNoSqliteWords(reader.error());
    CHECK(reader.error().contains(QDir::toNativeSeparators(path)));
    CHECK(reader.error().contains(QStringLiteral("fupin-cli check")));
    const Status counted
        = execSql(TestSql::of(*db.value()), QStringLiteral("SELECT sum(length(value)) FROM county_info"), {});
    REQUIRE_FALSE(counted);
    checkNoSqliteWords(counted.error());
    CHECK(counted.error().contains(QStringLiteral("damaged")));
}

TEST_CASE("a truncated county file is refused in words", "[errors]")
{
    QTemporaryDir dir;
    const QString path = filledCounty(dir);
    {
        QFile f(path);
        REQUIRE(f.resize(f.size() / 3));
    }
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    if (!db) {
        checkNoSqliteWords(db.error());
        CHECK(db.error().contains(QDir::toNativeSeparators(path)));
        return;
    }
    const auto problems = db.value()->checkIntegrity();
    if (problems) {
        CHECK_FALSE(problems->isEmpty());
        for (const QString &p : problems.value())
            checkNoSqliteWords(p);
    } else {
        checkNoSqliteWords(problems.error());
    }
}

TEST_CASE("a full disk: the write is refused in words, the file keeps what it had", "[errors]")
{
    QTemporaryDir dir;
    SECTION("the file's own limit (max_page_count)")
    {
        const QString path = dir.filePath(QStringLiteral("county.fupin"));
        auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
        REQUIRE(db);
        REQUIRE(db.value()->initialize(QStringLiteral("522633"), QStringLiteral("从江县")));
        QSqlQuery q(TestSql::of(*db.value()));
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(q.next());
        REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt() + 2)));
        Status written
            = execSql(TestSql::of(*db.value()), QStringLiteral("INSERT INTO county_info (key, value) VALUES (?, ?)"),
                {QStringLiteral("big"), QString(100000, u'x')});
        REQUIRE_FALSE(written);
        checkNoSqliteWords(written.error());
        CHECK(written.error().contains(QStringLiteral("full")));
        CHECK(written.error().contains(QDir::toNativeSeparators(path)));
        CHECK(db.value()->countyName() == QStringLiteral("从江县"));
    }
    SECTION("a small disk (tmpfs, when this test may mount one)")
    {
        const QString mountPoint = dir.filePath(QStringLiteral("small"));
        REQUIRE(QDir().mkpath(mountPoint));
        if (geteuid() != 0
            || QProcess::execute(QStringLiteral("mount"),
                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=1m"),
                       QStringLiteral("tmpfs"), mountPoint})
                != 0) {
            WARN("cannot mount a small tmpfs here; the full disk is covered by max_page_count only");
            return;
        }
        QString message;
        {
            const QString path = mountPoint + QStringLiteral("/county.fupin");
            auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
            if (!db) {
                message = db.error();
            } else if (Status s = db.value()->initialize(QStringLiteral("522633"), QStringLiteral("从江县")); !s) {
                message = s.error();
            } else {
                for (int i = 0; i < 200 && message.isEmpty(); ++i) {
                    const Status written = execSql(TestSql::of(*db.value()),
                        QStringLiteral("INSERT INTO county_info (key, value) VALUES (?, ?)"),
                        {QStringLiteral("k%1").arg(i), QString(20000, QChar(u'a' + i % 26))});
                    if (!written)
                        message = written.error();
                }
                CHECK(db.value()->countyName() == QStringLiteral("从江县"));
            }
        }
        QProcess::execute(QStringLiteral("umount"), {mountPoint});
        INFO(message.toStdString());
        REQUIRE_FALSE(message.isEmpty());
        checkNoSqliteWords(message);
        CHECK(message.contains(QStringLiteral("full")));
    }
}
