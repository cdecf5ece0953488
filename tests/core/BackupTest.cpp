// SPDX-License-Identifier: GPL-3.0-or-later
// Backups and restores (core/backup): a backup restores to the same register, table by table; a
// damaged or newer backup is refused and the county kept; the file replaced is kept; nothing is
// written through a link onto the county; a failed backup leaves nothing under its name; the
// automatic backups keep the county's number; only the roles the README names may do either.
#include "../TestSql.h"
#include "accounts/SignIn.h"
#include "backup/CountyBackup.h"
#include "backup/CountyRestore.h"
#include "county/CountySettings.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>

namespace {

const QString DemoPassword = QString::fromLatin1(DemoGenerator::DemoPassword);

// A demo county in a file, open and signed in as its first administrator.
std::unique_ptr<CountyDatabase> demoCounty(const QString &path, int households = 40)
{
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
    REQUIRE(db);
    REQUIRE(db.value()->initialize(QStringLiteral("522633"), QStringLiteral("从江县")));
    DemoOptions options;
    options.households = households;
    options.seed = 11;
    REQUIRE(DemoGenerator::generate(*db.value(), options));
    return std::move(db).value();
}

std::unique_ptr<CountyDatabase> openAs(const QString &path, const QString &login)
{
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    REQUIRE(db);
    REQUIRE(SignIn::signIn(*db.value(), login, DemoPassword, SignIn::Kind::Command));
    return std::move(db).value();
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Every row of every table, as text, sorted: two registers are the same when these are.
QMap<QString, QStringList> tables(const QString &path)
{
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::Inspect);
    REQUIRE(db);
    sqlite3 *h = TestSql::handle(*db.value());
    QStringList names;
    sqlite3_stmt *s = nullptr;
    REQUIRE(sqlite3_prepare_v2(h,
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", -1,
                &s, nullptr)
        == SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW)
        names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    QMap<QString, QStringList> all;
    for (const QString &name : std::as_const(names)) {
        const QByteArray sql = "SELECT * FROM \"" + name.toUtf8() + '"';
        REQUIRE(sqlite3_prepare_v2(h, sql.constData(), -1, &s, nullptr) == SQLITE_OK);
        QStringList rows;
        while (sqlite3_step(s) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < sqlite3_column_count(s); ++i) {
                const auto *bytes = static_cast<const char *>(sqlite3_column_blob(s, i));
                row << QString::number(sqlite3_column_type(s, i))
                        + QString::fromLatin1(QByteArray(bytes ? bytes : "", sqlite3_column_bytes(s, i)).toHex());
            }
            rows << row.join(u'|');
        }
        sqlite3_finalize(s);
        rows.sort();
        all.insert(name, rows);
    }
    return all;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

void setSetting(CountyDatabase &db, const QString &value)
{
    REQUIRE(CountySettings(db).setValue(CountySettings::SupervisionPhone, value));
}

} // namespace

TEST_CASE("a backup restores to an identical register and the replaced file is kept", "[backup]")
{
    QTemporaryDir dir;
    const QString county = dir.filePath(QStringLiteral("county.fupin"));
    const QString folder = dir.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    QString backup;
    {
        auto db = demoCounty(county);
        // While the county is open, and with a change still in its -wal.
        setSetting(*db, QStringLiteral("0851-1234567"));
        int calls = 0;
        const Result<BackupWritten> written = CountyBackup(*db).writeTo(folder, [&](qint64 done, qint64 total) {
            ++calls;
            CHECK(done <= total);
            return true;
        });
        INFO(written.error().toStdString());
        REQUIRE(written);
        CHECK(calls > 0);
        backup = written->path;
        CHECK(QFileInfo(backup).fileName().startsWith(QStringLiteral("522633-")));
        CHECK(written->level == CountyDatabase::latestSchemaLevel());
        CHECK(written->bytes == QFileInfo(backup).size());
        CHECK(filesIn(folder) == QStringList{QFileInfo(backup).fileName()}); // no temporary left
        // Only the owner reads a backup: it holds everybody's personal data.
        CHECK_FALSE(QFile::permissions(backup) & (QFileDevice::ReadOther | QFileDevice::ReadGroup));
    }
    const auto atBackup = tables(county);
    CHECK(tables(backup) == atBackup);
    REQUIRE(atBackup.value(QStringLiteral("household")).size() == 40);

    // Work after the backup: restoring goes back to the backup, keeping the file as it was.
    {
        auto db = openAs(county, QStringLiteral("admin"));
        setSetting(*db, QStringLiteral("0851-7654321"));
    }
    const auto beforeRestore = tables(county);
    REQUIRE(beforeRestore != atBackup);
    Result<RestorePermit> permit = Result<RestorePermit>::failure(QStringLiteral("none"));
    {
        auto db = openAs(county, QStringLiteral("admin"));
        CHECK(CountyRestore::authorityFile(county, backup) == county);
        permit = CountyRestore::permit(*db, county, backup);
        REQUIRE(permit);
        // Refused while this program has the county open.
        const Result<RestoreDone> busy = CountyRestore::restore(permit.value());
        REQUIRE_FALSE(busy);
        CHECK(busy.error().contains(QStringLiteral("open")));
    }
    CHECK(tables(county) == beforeRestore);
    const Result<RestoreDone> done = CountyRestore::restore(permit.value());
    INFO(done.error().toStdString());
    REQUIRE(done);
    CHECK(tables(county) == atBackup);
    REQUIRE(QFileInfo::exists(done->keptAs));
    CHECK(QFileInfo(done->keptAs).fileName().startsWith(QStringLiteral("county.before-restore-")));
    CHECK(tables(done->keptAs) == beforeRestore);
    CHECK(done->backup.households == 40);
    // The restored county opens, and nothing but the county, its kept file and nothing else lies beside.
    CHECK(openAs(county, QStringLiteral("admin"))->countyCode() == QStringLiteral("522633"));
    for (const QString &name : filesIn(dir.path()))
        CHECK_FALSE(name.endsWith(QLatin1String(".partial")));
}

TEST_CASE("restore refuses a damaged backup and a newer one, and leaves the county as it was", "[backup]")
{
    QTemporaryDir dir;
    const QString county = dir.filePath(QStringLiteral("county.fupin"));
    QString backup;
    {
        auto db = demoCounty(county, 60);
        const auto written = CountyBackup(*db).writeTo(dir.path());
        REQUIRE(written);
        backup = written->path;
    }
    const QByteArray before = digest(county);
    const QStringList filesBefore = filesIn(dir.path());

    const auto refusedWith = [&](const QString &from, const QString &says) {
        Result<RestorePermit> permit = Result<RestorePermit>::failure(QStringLiteral("none"));
        {
            auto db = openAs(county, QStringLiteral("admin"));
            permit = CountyRestore::permit(*db, county, from);
            REQUIRE(permit);
        }
        const QByteArray opened = digest(county); // opening may have tidied the -wal
        const Result<RestoreDone> done = CountyRestore::restore(permit.value());
        INFO(done.error().toStdString());
        REQUIRE_FALSE(done);
        CHECK(done.error().contains(says));
        CHECK(done.error().contains(QStringLiteral("nothing was changed")));
        CHECK(digest(county) == opened);
        QStringList now = filesIn(dir.path());
        now.removeAll(QFileInfo(from).fileName());
        QStringList expected = filesBefore;
        expected.removeAll(QFileInfo(from).fileName());
        CHECK(now == expected); // no file kept aside, no temporary
    };

    SECTION("damaged")
    {
        const QString damaged = dir.filePath(QStringLiteral("damaged.fupin"));
        REQUIRE(QFile::copy(backup, damaged));
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(f.seek(size / 2));
        QByteArray junk(size / 4, '\0');
        for (qsizetype i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919 + 13) & 0xff);
        f.write(junk);
        f.close();
        CHECK_FALSE(CountyRestore::checkBackup(damaged));
        refusedWith(damaged, QStringLiteral("damaged"));
    }
    SECTION("newer")
    {
        const QString newer = dir.filePath(QStringLiteral("newer.fupin"));
        REQUIRE(QFile::copy(backup, newer));
        sqlite3 *h = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(newer).constData(), &h) == SQLITE_OK);
        const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(CountyDatabase::latestSchemaLevel() + 1);
        REQUIRE(sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(h);
        refusedWith(newer, QStringLiteral("newer version"));
    }
    CHECK(digest(county).size() == before.size());
}

TEST_CASE("a backup is refused where its name is a link onto the county, and the county stays whole", "[backup]")
{
    QTemporaryDir dir;
    const QString county = dir.filePath(QStringLiteral("county.fupin"));
    const QString folder = dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(folder));
    auto db = demoCounty(county);
    // Links planted under the names the next seconds' backups would take.
    const QDateTime now = QDateTime::currentDateTime();
    for (int s = 0; s < 4; ++s) {
        const QString name = QStringLiteral("522633-") + now.addSecs(s).toString(QStringLiteral("yyyyMMdd-HHmmss"))
            + QStringLiteral(".fupin");
        REQUIRE(QFile::link(county, QDir(folder).filePath(name)));
    }
    const auto atStart = tables(county);
    const Result<BackupWritten> written = CountyBackup(*db).writeTo(folder);
    INFO(written.error().toStdString());
    REQUIRE_FALSE(written);
    CHECK(written.error().contains(QStringLiteral("not made")));
    CHECK(written.error().contains(QStringLiteral("county.fupin"))); // where the link leads
    CHECK(filesIn(folder).size() == 4);
    db.reset();
    CHECK(tables(county) == atStart);
    CHECK(CountyRestore::checkBackup(county));
}

TEST_CASE("a failed or cancelled backup leaves nothing under its name", "[backup]")
{
    QTemporaryDir dir;
    const QString county = dir.filePath(QStringLiteral("county.fupin"));
    const QString folder = dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(folder));
    auto db = demoCounty(county);
    const auto before = tables(county);

    SECTION("cancelled")
    {
        const auto written = CountyBackup(*db).writeTo(folder, [](qint64, qint64) { return false; });
        REQUIRE_FALSE(written);
        CHECK(written.error().contains(QStringLiteral("cancelled")));
    }
    SECTION("a full disk (a file size limit)")
    {
        // Every file this process writes is cut at 64 KB, as on a full disk; the signal a process
        // gets for it is ignored so that the write fails instead.
        rlimit old{};
        REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
        auto *previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 64 * 1024;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
        const auto written = CountyBackup(*db).writeTo(folder);
        REQUIRE(setrlimit(RLIMIT_FSIZE, &old) == 0);
        std::signal(SIGXFSZ, previous);
        INFO(written.error().toStdString());
        REQUIRE_FALSE(written);
        CHECK(written.error().contains(QStringLiteral("nothing was left under its name")));
    }
    CHECK(filesIn(folder).isEmpty());
    db.reset();
    CHECK(tables(county) == before);
}

TEST_CASE("automatic backups keep the county's number, newest first, and skip a county unchanged", "[backup]")
{
    QTemporaryDir dir;
    const QString county = dir.filePath(QStringLiteral("county.fupin"));
    const QString folder = dir.filePath(QStringLiteral("auto/522633"));
    auto opened = CountyDatabase::open(county, CountyDatabase::OpenMode::CreateIfMissing);
    REQUIRE(opened);
    CountyDatabase &db = *opened.value();
    REQUIRE(db.initialize(QStringLiteral("522633"), QStringLiteral("从江县")));
    CountyBackup backup(db);
    CHECK(backup.automaticKept() == CountyBackup::DefaultAutomaticKept); // on by default
    REQUIRE(backup.setAutomaticKept(3));
    CHECK_FALSE(backup.setAutomaticKept(-1));

    QStringList written;
    for (int i = 0; i < 5; ++i) {
        setSetting(db, QStringLiteral("0851-%1").arg(i));
        const auto made = backup.writeAutomatic(folder);
        INFO(made.error().toStdString());
        REQUIRE(made);
        REQUIRE_FALSE(made->path.isEmpty());
        written.prepend(made->path);
    }
    const QStringList kept = CountyBackup::automaticBackups(folder);
    CHECK(kept == written.mid(0, 3));
    CHECK(filesIn(folder).size() == 3);
    // The newest holds the last change.
    {
        auto newest = CountyDatabase::open(kept.first(), CountyDatabase::OpenMode::Inspect);
        REQUIRE(newest);
        CHECK(CountySettings(*newest.value()).value(CountySettings::SupervisionPhone) == QStringLiteral("0851-4"));
    }
    // Closing again without a change pushes nothing out.
    const auto again = backup.writeAutomatic(folder);
    REQUIRE(again);
    CHECK(again->path.isEmpty());
    CHECK(CountyBackup::automaticBackups(folder) == kept);
    // Turned off: none.
    REQUIRE(backup.setAutomaticKept(0));
    setSetting(db, QStringLiteral("0851-9"));
    const auto off = backup.writeAutomatic(folder);
    REQUIRE(off);
    CHECK(off->path.isEmpty());
    CHECK(CountyBackup::automaticBackups(folder).size() == 3);
}

TEST_CASE("only administrators and county staff back up, only administrators restore", "[backup]")
{
    QTemporaryDir dir;
    const QString county = dir.filePath(QStringLiteral("county.fupin"));
    QString backup;
    {
        auto db = demoCounty(county);
        backup = CountyBackup(*db).writeTo(dir.path()).value_or({}).path;
        REQUIRE_FALSE(backup.isEmpty());
    }
    const QString folder = dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(folder));
    for (const QString &login : {QStringLiteral("admin"), QStringLiteral("county"), QStringLiteral("township"),
             QStringLiteral("village"), QStringLiteral("auditor")}) {
        INFO(login.toStdString());
        auto db = openAs(county, login);
        const bool backs = login == QLatin1String("admin") || login == QLatin1String("county");
        const auto written = CountyBackup(*db).writeTo(folder);
        CHECK(bool(written) == backs);
        if (!backs)
            CHECK(written.error().contains(QStringLiteral("back up")));
        const auto permit = CountyRestore::permit(*db, county, backup);
        CHECK(bool(permit) == (login == QLatin1String("admin")));
    }
    // When the county is missing, the backup's administrator restores.
    REQUIRE(QFile::remove(county));
    CHECK(CountyRestore::authorityFile(county, backup) == backup);
    auto fromBackup = CountyDatabase::open(backup, CountyDatabase::OpenMode::ReadOnly);
    REQUIRE(fromBackup);
    REQUIRE(SignIn::signIn(*fromBackup.value(), QStringLiteral("admin"), DemoPassword, SignIn::Kind::Command));
    const auto permit = CountyRestore::permit(*fromBackup.value(), county, backup);
    REQUIRE(permit);
    fromBackup = Result<std::unique_ptr<CountyDatabase>>::failure(QStringLiteral("closed"));
    const auto done = CountyRestore::restore(permit.value());
    INFO(done.error().toStdString());
    REQUIRE(done);
    CHECK(done->keptAs.isEmpty());
    CHECK(tables(county) == tables(backup));
}

TEST_CASE("an upgrade backup's partial file, left by a kill, is removed when the county is next opened", "[backup]")
{
    QTemporaryDir dir;
    const QString county = dir.filePath(QStringLiteral("county.fupin"));
    {
        auto db = CountyDatabase::open(county, CountyDatabase::OpenMode::CreateIfMissing);
        REQUIRE(db);
        REQUIRE(db.value()->initialize(QStringLiteral("522633"), QStringLiteral("从江县")));
    }
    const QString partial = county + QStringLiteral(".level3-20260101-120000-000.bak.partial");
    const QString unrelated = dir.filePath(QStringLiteral("other.fupin.level3-20260101-120000-000.bak.partial"));
    for (const QString &path : {partial, unrelated}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    {
        // A reading open never removes anything.
        auto reading = CountyDatabase::open(county, CountyDatabase::OpenMode::ReadOnly);
        REQUIRE(reading);
    }
    CHECK(QFileInfo::exists(partial));
    {
        auto db = CountyDatabase::open(county, CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE(db);
    }
    CHECK_FALSE(QFileInfo::exists(partial));
    CHECK(QFileInfo::exists(unrelated));
}
