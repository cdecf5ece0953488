// SPDX-License-Identifier: GPL-3.0-or-later
// A county file in a folder its user cannot write (a write-protected USB stick or share) is read
// as it is, and a writing command is refused in words with the file unchanged; a 0-byte file is
// named as empty and left at 0 bytes. The read-only folder is real: the command runs as the user
// nobody (setpriv), as root ignores permissions.
#include "CliRun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

#include <catch2/catch.hpp>

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// fupin-cli as the user nobody.
Run asNobody(const QString &setpriv, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("FUPIN_PASSWORD"), QStringLiteral("fupin-demo"));
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    p.setProcessEnvironment(env);
    p.start(setpriv,
        QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
            QStringLiteral(FUPIN_CLI)}
            + arguments);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("A county file in a read-only folder is read as it is and a write is refused in words")
{
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (geteuid() != 0 || setpriv.isEmpty()) {
        WARN("needs root and setpriv to run a command as another user; skipped");
        return;
    }
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("stick"));
    REQUIRE(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/c.fupin");
    makeDemoCounty(db, 40, 3);
    // The file itself may be written; its folder may not (as on a write-protected stick).
    const auto all = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOwner
        | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    REQUIRE(QFile::setPermissions(dir.path(), all | QFileDevice::WriteOwner));
    REQUIRE(QFile::setPermissions(db,
        QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOwner
            | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    REQUIRE(QFile::setPermissions(folder, all));
    const QByteArray before = digest(db);

    const Run read = asNobody(setpriv,
        {QStringLiteral("divisions"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")});
    INFO(read.err.toStdString());
    CHECK(read.status == 0);
    CHECK(read.out.contains(QStringLiteral("household")));

    const Run write = asNobody(setpriv,
        {QStringLiteral("cards"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
            QStringLiteral("--division"), QStringLiteral("522633"), QStringLiteral("--out"),
            QDir::tempPath() + QStringLiteral("/never.pdf")});
    CHECK(write.status != 0);
    CHECK(write.err.contains(QStringLiteral("read-only")));
    CHECK_FALSE(write.err.contains(QStringLiteral("SQLITE"), Qt::CaseInsensitive));
    QFile::setPermissions(folder, all | QFileDevice::WriteOwner);
    CHECK(digest(db) == before);
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("c.fupin")});
}

TEST_CASE("A 0-byte county file is named as empty and left as it was")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("empty.fupin"));
    {
        QFile f(db);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    // A writing command opens it as an existing county: refused, not turned into an empty county.
    const Run run = cli({QStringLiteral("cards"), QStringLiteral("--db"), db, QStringLiteral("--user"),
        QStringLiteral("admin"), QStringLiteral("--division"), QStringLiteral("522633"), QStringLiteral("--out"),
        dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(run.status != 0);
    CHECK(run.err.contains(QStringLiteral("is empty")));
    CHECK(QFileInfo(db).size() == 0);
}
