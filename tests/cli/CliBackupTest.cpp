// SPDX-License-Identifier: GPL-3.0-or-later
// Output never destroys input, faults leave nothing behind, and backups: `fupin-cli notice` never
// writes over the county it reads (named, or through a link); `backup` and `restore` round trip;
// `init` and `demo` on a full disk (a file size limit) leave no file; a reading command on a file it
// cannot write leaves no -wal or -shm.
#include "../TestSql.h"
#include "CliRun.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <unistd.h>

namespace {

const QStringList Admin{QStringLiteral("--user"), QStringLiteral("admin")};
const QStringList Password{QStringLiteral("FUPIN_PASSWORD=fupin-demo")};

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// fupin-cli under a shell with the file size limit (ulimit -f, in KB) a full disk acts like:
// writes past it fail (the signal that would kill the process is ignored).
Run cliWithFileLimit(int kilobytes, const QStringList &arguments)
{
    QStringList quoted;
    for (const QString &a : arguments)
        quoted << u'\'' + a + u'\'';
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("FUPIN_PASSWORD"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/bash"),
        {QStringLiteral("-c"),
            QStringLiteral("ulimit -f %1; trap '' XFSZ; exec '%2' %3")
                .arg(kilobytes)
                .arg(QStringLiteral(FUPIN_CLI), quoted.join(u' '))});
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("fupin-cli notice refuses to write over the county it reads, named or through a link", "[output]")
{
    QTemporaryDir dir;
    // A county file whose name ends in .pdf, as a notice's would.
    const QString db = dir.filePath(QStringLiteral("county.pdf"));
    makeDemoCounty(db, 30, 3);
    const QByteArray before = digest(db);
    const QString link = dir.filePath(QStringLiteral("link.pdf"));
    REQUIRE(QFile::link(db, link));
    const QString other = dir.filePath(QStringLiteral("other.fupin"));
    makeDemoCounty(other, 10, 4);
    const QString toOther = dir.filePath(QStringLiteral("other.pdf"));
    REQUIRE(QFile::link(other, toOther));
    const QByteArray otherBefore = digest(other);

    for (const QString &out : {db, link, toOther}) {
        const Run run = cli(QStringList{QStringLiteral("notice"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                                QStringLiteral("funds"), QStringLiteral("--division"), QStringLiteral("522633"),
                                QStringLiteral("--out"), out}
                + Admin,
            Password);
        INFO(out.toStdString() << ": " << run.err.toStdString());
        CHECK(run.status == 1);
        CHECK(run.err.contains(QFileInfo(out).fileName()));
        CHECK(run.err.contains(QStringLiteral("Nothing was written")));
    }
    CHECK(digest(db) == before);
    CHECK(digest(other) == otherBefore);
    CHECK(QFileInfo(link).isSymLink());
}

TEST_CASE("fupin-cli backup and restore round trip, and restore keeps the file it replaces", "[backup]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    makeDemoCounty(db, 60, 9);
    const QString folder = dir.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    const auto stats = [&] {
        const Run run
            = cli(QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")} + Admin,
                Password);
        REQUIRE(run.status == 0);
        return run.out;
    };
    const QString atBackup = stats();

    const Run backup = cli(QStringList{QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                               folder, QStringLiteral("--json")}
            + Admin,
        Password);
    INFO(backup.err.toStdString());
    REQUIRE(backup.status == 0);
    const QJsonObject written = json(backup).object();
    const QString file = written.value(QStringLiteral("backup")).toString();
    CHECK(QFileInfo::exists(file));
    CHECK(QFileInfo(file).absolutePath() == QFileInfo(folder).absoluteFilePath());
    CHECK(written.value(QStringLiteral("bytes")).toInteger() == QFileInfo(file).size());
    CHECK(written.value(QStringLiteral("countyCode")).toString() == QStringLiteral("522633"));
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).size() == 1);

    // A household deleted after the backup comes back with the restore.
    QString code;
    {
        auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ReadOnly);
        REQUIRE(opened);
        SqliteReader first(
            TestSql::handle(*opened.value()), QStringLiteral("SELECT code FROM household ORDER BY id LIMIT 1"));
        REQUIRE(first.step());
        code = first.text(0);
    }
    REQUIRE_FALSE(code.isEmpty());
    const Run deleted = cli(QStringList{QStringLiteral("household"), QStringLiteral("delete"), code,
                                QStringLiteral("--reason"), QStringLiteral("重复录入"), QStringLiteral("--db"), db}
            + Admin,
        Password);
    INFO(deleted.err.toStdString());
    REQUIRE(deleted.status == 0);
    const QString afterDelete = stats();
    REQUIRE(afterDelete != atBackup);
    const QByteArray changed = digest(db);

    // County staff may back up but not restore.
    const Run staff = cli(QStringList{QStringLiteral("restore"), QStringLiteral("--db"), db, file,
                              QStringLiteral("--user"), QStringLiteral("county")},
        Password);
    CHECK(staff.status == 1);
    CHECK(staff.err.contains(QStringLiteral("restore")));
    CHECK(digest(db) == changed);

    const Run restore = cli(
        QStringList{QStringLiteral("restore"), QStringLiteral("--db"), db, file, QStringLiteral("--json")} + Admin,
        Password);
    INFO(restore.err.toStdString());
    REQUIRE(restore.status == 0);
    const QJsonObject done = json(restore).object();
    const QString kept = done.value(QStringLiteral("keptAs")).toString();
    CHECK(QFileInfo::exists(kept));
    CHECK(done.value(QStringLiteral("households")).toInt() == 60);
    CHECK(stats() == atBackup);
    // The kept file is the county as it was before the restore.
    const Run keptStats = cli(
        QStringList{QStringLiteral("stats"), QStringLiteral("--db"), kept, QStringLiteral("--json")} + Admin, Password);
    CHECK(keptStats.out == afterDelete);

    const Run help = cli({QStringLiteral("backup"), QStringLiteral("--help")});
    CHECK(help.status == 0);
    CHECK(help.out.contains(QStringLiteral("--out")));
    CHECK(cli({QStringLiteral("restore"), QStringLiteral("--help")}).out.contains(QStringLiteral("administrator")));
}

TEST_CASE("fupin-cli init and demo on a full disk leave no file behind", "[faults]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    const Run init = cliWithFileLimit(64,
        {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--county-code"), QStringLiteral("522633"),
            QStringLiteral("--county-name"), QStringLiteral("从江县")});
    INFO(init.err.toStdString());
    CHECK(init.status == 1);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    const Run demo = cliWithFileLimit(1024,
        {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"), QStringLiteral("600")});
    INFO(demo.err.toStdString());
    CHECK(demo.status == 1);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // Into a county that was there: nothing of the demo stays, and the county still opens.
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--county-code"),
                    QStringLiteral("522633"), QStringLiteral("--county-name"), QStringLiteral("从江县")})
                .status
        == 0);
    const Run into = cliWithFileLimit(1024,
        {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"), QStringLiteral("600")});
    CHECK(into.status == 1);
    const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    INFO(stats.err.toStdString());
    REQUIRE(stats.status == 0);
    CHECK(json(stats).object().value(QStringLiteral("households")).toInt() == 0);
}

TEST_CASE("a reading command on a county file it cannot write leaves no -wal or -shm beside it", "[faults]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    makeDemoCounty(db, 20, 2);
    // The folder may be written by anyone, the file by nobody but its owner.
    REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
    REQUIRE(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = digest(db);
    QStringList command{QStringLiteral(FUPIN_CLI), QStringLiteral("stats"), QStringLiteral("--db"), db,
        QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("auditor")};
    // Root may write any file: it reads as another user (nobody) would.
    if (geteuid() == 0)
        command = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups"), QStringLiteral("--")}
            + command;
    const QString program
        = geteuid() == 0 ? QStandardPaths::findExecutable(QStringLiteral("setpriv")) : command.takeFirst();
    if (program.isEmpty()) {
        WARN("setpriv (util-linux) is needed to read as another user when the tests run as root; skipped");
        return;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FUPIN_PASSWORD"), QStringLiteral("fupin-demo"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), dir.path());
    p.setProcessEnvironment(env);
    p.start(program, command);
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(json(Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), {}})
              .object()
              .value(QStringLiteral("households"))
              .toInt()
        == 20);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("c.fupin")});
    CHECK(digest(db) == before);
}
