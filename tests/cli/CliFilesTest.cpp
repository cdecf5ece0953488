// SPDX-License-Identifier: GPL-3.0-or-later
// What fupin-cli leaves on disk: arguments are checked before a file is written, reading
// commands write nothing, an upgrade is announced, and several at once do not trip each other.
#include "CliRun.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <vector>

namespace {

// Every file in a folder with its content's hash: what a command must leave as it was.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile f(info.filePath());
        REQUIRE(f.open(QIODevice::ReadOnly));
        files.insert(info.fileName(), QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

QStringList names(const QMap<QString, QByteArray> &files)
{
    return files.keys();
}

QString copyFixture(const QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    REQUIRE(QFile::copy(QStringLiteral(FUPIN_TEST_DATA "/") + QString::fromLatin1(name), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

Run init(const QString &db, const QString &code, const QString &name)
{
    return cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--county-code"), code,
        QStringLiteral("--county-name"), name});
}

} // namespace

TEST_CASE("fupin-cli init refuses a bad county code or name before it creates the file")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    struct Case
    {
        QString code;
        QString name;
        QString says;
    };
    const std::vector<Case> cases{
        {QStringLiteral("199999"), QStringLiteral("从江县"), QStringLiteral("not a Chinese region")},
        {QStringLiteral("52263"), QStringLiteral("从江县"), QStringLiteral("6 digits")},
        {QStringLiteral("522600"), QStringLiteral("黔东南州"), QStringLiteral("not a county")},
        {QStringLiteral("522633"), QStringLiteral(" \u200B\u3000\uFEFF "), QStringLiteral("empty")},
        {QStringLiteral("522633"), QString(10000, u'县'), QStringLiteral("too long")},
        {QStringLiteral("522633"), QStringLiteral("从江\x1b[31m县"), QStringLiteral("control")},
        {QStringLiteral("522633"), QStringLiteral("从江\n县"), QStringLiteral("control")},
    };
    for (const Case &c : cases) {
        INFO(c.says.toStdString());
        const Run run = init(db, c.code, c.name);
        CHECK(run.status == 1);
        CHECK(run.err.contains(c.says));
        CHECK_FALSE(run.err.contains(QChar(0x1b)));
        CHECK_FALSE(QFileInfo::exists(db));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    // Spaces around a name are trimmed, not refused.
    const Run ok = init(db, QStringLiteral("522633"), QStringLiteral("  从江县\u3000"));
    CHECK(ok.status == 0);
    CHECK(ok.out.contains(QStringLiteral("the county 从江县 (522633)")));
}

TEST_CASE("fupin-cli demo refuses a bad household count before it creates the file")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.fupin"));
    const Run run = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
        QStringLiteral("1000000000")});
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("1,000,000")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("reading commands leave an empty file, an old file and a current file exactly as they were")
{
    QTemporaryDir dir;
    const QStringList readers{QStringLiteral("stats"), QStringLiteral("validate"), QStringLiteral("divisions")};
    SECTION("an empty file")
    {
        const QString db = dir.filePath(QStringLiteral("empty.fupin"));
        QFile(db).open(QIODevice::WriteOnly);
        const auto before = snapshot(dir.path());
        for (const QString &command : readers) {
            INFO(command.toStdString());
            const Run run = cli({command, QStringLiteral("--db"), db});
            CHECK(run.status == 1);
            CHECK(run.err.contains(QStringLiteral("empty")));
            CHECK(snapshot(dir.path()) == before);
        }
    }
    SECTION("a file that needs an upgrade")
    {
        const QString db = copyFixture(dir, "county_level1.fupin");
        const auto before = snapshot(dir.path());
        for (const QString &command : readers) {
            INFO(command.toStdString());
            const Run run = cli({command, QStringLiteral("--db"), db});
            CHECK(run.status == 1);
            CHECK(run.err.contains(QStringLiteral("fupin-cli upgrade --db ") + QDir::toNativeSeparators(db)));
            CHECK(run.err.contains(QStringLiteral("Nothing was changed")));
            INFO(names(snapshot(dir.path())).join(u' ').toStdString());
            CHECK(snapshot(dir.path()) == before);
        }
    }
    SECTION("a current county")
    {
        const QString db = dir.filePath(QStringLiteral("c.fupin"));
        REQUIRE(init(db, QStringLiteral("522633"), QStringLiteral("从江县")).status == 0);
        const auto before = snapshot(dir.path());
        for (const QString &command : readers) {
            INFO(command.toStdString());
            const Run run = cli({command, QStringLiteral("--db"), db});
            CHECK(run.status == 0);
            INFO(names(snapshot(dir.path())).join(u' ').toStdString());
            CHECK(snapshot(dir.path()) == before);
        }
    }
}

TEST_CASE("fupin-cli upgrade upgrades an old file and says where its backup is")
{
    QTemporaryDir dir;
    const QString db = copyFixture(dir, "county_level1.fupin");
    const Run run = cli({QStringLiteral("upgrade"), QStringLiteral("--db"), db});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files);
    REQUIRE(backups.size() == 1);
    CHECK(run.out.contains(QStringLiteral("from database level 1")));
    CHECK(run.out.contains(QDir::toNativeSeparators(dir.filePath(backups.first()))));
    CHECK(cli({QStringLiteral("stats"), QStringLiteral("--db"), db}).status == 0);

    const Run again = cli({QStringLiteral("upgrade"), QStringLiteral("--db"), db});
    CHECK(again.status == 0);
    CHECK(again.out.contains(QStringLiteral("already")));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size() == 1);

    const QString empty = dir.filePath(QStringLiteral("empty.fupin"));
    QFile(empty).open(QIODevice::WriteOnly);
    const Run refused = cli({QStringLiteral("upgrade"), QStringLiteral("--db"), empty});
    CHECK(refused.status == 1);
    CHECK(QFileInfo(empty).size() == 0);
}

TEST_CASE("fupin-cli check tells a sound file from a damaged one")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    REQUIRE(init(db, QStringLiteral("522633"), QStringLiteral("从江县")).status == 0);
    const Run sound = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(sound.status == 0);
    CHECK(sound.out.contains(QStringLiteral("sound")));

    // Garble the second half of the file.
    {
        QFile f(db);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(f.seek(size / 2));
        f.write(QByteArray(size / 2, '\x5a'));
    }
    const Run damaged = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(damaged.status == 1);
    const QString said = damaged.out + damaged.err;
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("damaged")));
    CHECK_FALSE(said.contains(QStringLiteral("malformed")));
    CHECK_FALSE(said.contains(QStringLiteral("database disk image")));
}

TEST_CASE("several fupin-cli at once on one file do not trip each other")
{
    QTemporaryDir dir;
    SECTION("six inits of a new file")
    {
        const QString db = dir.filePath(QStringLiteral("c.fupin"));
        std::vector<QProcess *> running;
        for (int i = 0; i < 6; ++i)
            running.push_back(
                startCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--county-code"),
                    QStringLiteral("522633"), QStringLiteral("--county-name"), QStringLiteral("从江县")}));
        int created = 0;
        for (QProcess *p : running) {
            const Run run = finishCli(p);
            INFO(run.err.toStdString());
            if (run.status == 0)
                ++created;
            else
                CHECK(run.err.contains(QStringLiteral("already holds the county")));
        }
        CHECK(created == 1);
    }
    SECTION("three upgrades of an old file")
    {
        const QString db = copyFixture(dir, "county_level1.fupin");
        std::vector<QProcess *> running;
        for (int i = 0; i < 3; ++i)
            running.push_back(startCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db}));
        for (QProcess *p : running) {
            const Run run = finishCli(p);
            INFO(run.err.toStdString());
            CHECK(run.status == 0);
        }
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("*.bak*")}, QDir::Files);
        INFO(backups.join(u' ').toStdString());
        CHECK(backups.size() == 1);
        CHECK(cli({QStringLiteral("stats"), QStringLiteral("--db"), db}).status == 0);
    }
}
