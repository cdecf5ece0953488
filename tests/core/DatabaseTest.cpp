// SPDX-License-Identifier: GPL-3.0-or-later
#include "../TestSql.h"
#include "county/CodeLists.h"
#include "db/CountyDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <unistd.h>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
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

TEST_CASE("an in-memory county is at the latest schema level")
{
    auto db = CountyDatabase::openInMemory();
    REQUIRE(db->schemaLevel() == CountyDatabase::latestSchemaLevel());
    REQUIRE(CountyDatabase::latestSchemaLevel() >= 1);
}

TEST_CASE("a new county file is created, initialised and reopened with safe settings")
{
    QTemporaryDir dir;
    const QString path = newCounty(dir);
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    REQUIRE(db);
    CHECK(db.value()->isInitialized());
    CHECK(db.value()->countyName() == QStringLiteral("从江县"));
    CHECK(db.value()->countyCode() == QStringLiteral("522633"));
    QSqlQuery q(TestSql::of(*db.value()));
    REQUIRE((q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()));
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE((q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next()));
    CHECK(q.value(0).toInt() == 1);
    REQUIRE((q.exec(QStringLiteral("PRAGMA synchronous")) && q.next()));
    CHECK(q.value(0).toInt() == 2); // FULL
    REQUIRE((q.exec(QStringLiteral("SELECT line_fen FROM poverty_line WHERE year = 2014")) && q.next()));
    CHECK(q.value(0).toLongLong() == 280000);

    const CodeLists codes(*db.value());
    CHECK(codes.items(CodeList::Cause).size() >= 14);
    CHECK(codes.contains(CodeList::Relation, QStringLiteral("01")));
    CHECK(codes.items(CodeList::HouseRating).at(3).extra == QStringLiteral("1"));
}

TEST_CASE("initialising checks the county code and refuses a second county")
{
    auto db = CountyDatabase::openInMemory();
    Status bad = db->initialize(QStringLiteral("52263"), QStringLiteral("从江县"));
    CHECK_FALSE(bad);
    CHECK(bad.error().contains(QStringLiteral("6 digits")));
    REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")));
    CHECK_FALSE(db->initialize(QStringLiteral("522634"), QStringLiteral("榕江县")));
    CHECK(db->countyCode() == QStringLiteral("522633"));
}

TEST_CASE("a transaction rolls back unless committed")
{
    auto db = CountyDatabase::openInMemory();
    {
        Transaction t(TestSql::of(*db));
        REQUIRE(t.isActive());
        QSqlQuery q(TestSql::of(*db));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO county_info (key, value) VALUES ('a', 'b')")));
    }
    QSqlQuery q(TestSql::of(*db));
    REQUIRE((q.exec(QStringLiteral("SELECT count(*) FROM county_info WHERE key = 'a'")) && q.next()));
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("bad files are refused with a reason and left untouched")
{
    QTemporaryDir dir;

    SECTION("a missing file")
    {
        auto db
            = CountyDatabase::open(dir.filePath(QStringLiteral("none.fupin")), CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE_FALSE(db);
        CHECK(db.error().contains(QStringLiteral("does not exist")));
    }
    SECTION("a file that is not SQLite")
    {
        const QString path = dir.filePath(QStringLiteral("notes.fupin"));
        writeFile(path, "户主,身份证号\n张三,522633199001011234\n");
        const QByteArray before = fileHash(path);
        auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE_FALSE(db);
        CHECK(db.error().contains(QStringLiteral("not an SQLite database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a corrupt file")
    {
        QByteArray bytes("SQLite format 3", 16);
        bytes.append(QByteArray(8192, '\x5a'));
        const QString path = dir.filePath(QStringLiteral("corrupt.fupin"));
        writeFile(path, bytes);
        auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE_FALSE(db);
        CHECK(db.error().contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE_FALSE(db);
        CHECK(db.error().contains(QStringLiteral("another program")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a file from a newer version")
    {
        const QString path = newCounty(dir);
        {
            auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
            REQUIRE(db);
            QSqlQuery(TestSql::of(*db.value())).exec(QStringLiteral("PRAGMA user_version = 999"));
        }
        const QByteArray before = fileHash(path);
        auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE_FALSE(db);
        CHECK(db.error().contains(QStringLiteral("newer version")));
        CHECK(db.error().contains(QStringLiteral("999")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a read-only folder")
    {
        if (geteuid() == 0) {
            WARN("running as root: permissions are not enforced, skipping the read-only folder check");
            return;
        }
        const QString folder = dir.filePath(QStringLiteral("locked"));
        REQUIRE(QDir().mkpath(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        auto db = CountyDatabase::open(folder + QStringLiteral("/c.fupin"), CountyDatabase::OpenMode::CreateIfMissing);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        REQUIRE_FALSE(db);
        CHECK(db.error().contains(QStringLiteral("read-only")));
    }
}

TEST_CASE("a file of an older level is backed up and upgraded")
{
    // county_level1.fupin was written at schema level 1 with one township in it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.fupin"));
    REQUIRE(QFile::copy(QStringLiteral(FUPIN_TEST_DATA "/county_level1.fupin"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    REQUIRE(db);
    CHECK(db.value()->schemaLevel() == CountyDatabase::latestSchemaLevel());
    CHECK(db.value()->countyName() == QStringLiteral("从江县"));
    QSqlQuery q(TestSql::of(*db.value()));
    REQUIRE((q.exec(QStringLiteral("SELECT name FROM division WHERE level = 2")) && q.next()));
    CHECK(q.value(0).toString() == QStringLiteral("丙妹镇"));
    if (CountyDatabase::latestSchemaLevel() > 1) {
        const QString backup = db.value()->upgradeBackupPath();
        REQUIRE_FALSE(backup.isEmpty());
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        raw.setDatabaseName(backup);
        REQUIRE(raw.open());
        QSqlQuery level(raw);
        REQUIRE((level.exec(QStringLiteral("PRAGMA user_version")) && level.next()));
        CHECK(level.value(0).toInt() == 1);
        level = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    }
}

TEST_CASE("a transaction inside another is a savepoint that rolls back alone")
{
    auto db = CountyDatabase::openInMemory();
    auto count = [&] {
        QSqlQuery q(TestSql::of(*db));
        REQUIRE((q.exec(QStringLiteral("SELECT count(*) FROM county_info WHERE key IN ('kept', 'dropped', 'inner')"))
            && q.next()));
        return q.value(0).toInt();
    };
    {
        Transaction outer(TestSql::of(*db));
        QSqlQuery q(TestSql::of(*db));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO county_info (key, value) VALUES ('kept', '1')")));
        {
            Transaction inner(TestSql::of(*db));
            REQUIRE(inner.isActive());
            REQUIRE(q.exec(QStringLiteral("INSERT INTO county_info (key, value) VALUES ('dropped', '1')")));
        }
        {
            Transaction inner(TestSql::of(*db));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO county_info (key, value) VALUES ('inner', '1')")));
            REQUIRE(inner.commit());
        }
        REQUIRE(outer.commit());
    }
    CHECK(count() == 2);
}

TEST_CASE("upgrading a level-2 file ties its audit entries to their households")
{
    // county_level2.fupin: one household and its head, with one audit entry each, at level 2.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.fupin"));
    REQUIRE(QFile::copy(QStringLiteral(FUPIN_TEST_DATA "/county_level2.fupin"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    REQUIRE(db);
    CHECK(db.value()->schemaLevel() == CountyDatabase::latestSchemaLevel());
    CHECK_FALSE(db.value()->upgradeBackupPath().isEmpty());
    QSqlQuery q(TestSql::of(*db.value()));
    REQUIRE((q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE household_id = 7")) && q.next()));
    CHECK(q.value(0).toInt() == 2);
    // The search index came with level 2 and still finds the head by name.
    REQUIRE(
        (q.exec(QStringLiteral("SELECT rowid >> 24 FROM member_search WHERE member_search MATCH 'chars : \"老 岩\"'"))
            && q.next()));
    CHECK(q.value(0).toLongLong() == 7);
}
