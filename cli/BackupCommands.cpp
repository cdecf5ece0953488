// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommands.h"

#include "backup/CountyBackup.h"
#include "backup/CountyRestore.h"
#include "db/CountyDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), BackupCommands::tr("Print what was written as JSON."));

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void printJson(const CommandContext &c, const QJsonObject &o)
{
    c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    c.out.flush();
}

} // namespace

QString BackupCommands::usage()
{
    return tr("  backup --db FILE --out FOLDER [--automatic N] [--json]\n"
              "                                                    a checked backup of the county into a folder "
              "(administrators and county staff)\n"
              "  restore --db FILE BACKUP [--json]                 replace the county file with a checked backup, "
              "keeping the file it replaces (administrators only)");
}

int BackupCommands::backup(const CommandContext &c)
{
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("The folder the backup is written to."), QStringLiteral("folder"));
    const QCommandLineOption automaticOption(QStringLiteral("automatic"),
        tr("Set how many automatic backups Fupin keeps of this county when it closes (0: none; administrator)."),
        QStringLiteral("n"));
    c.parser.addOptions({c.dbOption, outOption, automaticOption, JsonOption});
    if (!c.parser.parse(c.arguments))
        return c.fail(c.parser.errorText());
    const QString folder = c.parser.value(outOption);
    int automatic = -1;
    if (c.parser.isSet(automaticOption)) {
        bool ok = false;
        automatic = c.parser.value(automaticOption).toInt(&ok);
        if (!ok || automatic < 0 || automatic > CountyBackup::MaxAutomaticKept)
            return c.fail(tr("--automatic takes a number from 0 (none) to %1.").arg(CountyBackup::MaxAutomaticKept));
    }
    if (folder.isEmpty() && automatic < 0)
        return c.fail(tr("Give the folder to write the backup to with --out FOLDER."));
    if (!folder.isEmpty() && !QFileInfo(folder).isDir())
        return c.fail(tr("The folder %1 does not exist.").arg(shown(QFileInfo(folder).absoluteFilePath())));
    auto db = c.open(automatic >= 0);
    if (!db)
        return c.fail(db.error());
    if (automatic >= 0) {
        if (Status s = CountyBackup(*db.value()).setAutomaticKept(automatic); !s)
            return c.fail(s.error());
        if (!c.parser.isSet(JsonOption))
            c.out << tr("Fupin now keeps %n automatic backup(s) of this county.", nullptr, automatic) << Qt::endl;
        if (folder.isEmpty()) {
            if (c.parser.isSet(JsonOption))
                printJson(c, QJsonObject{{QStringLiteral("automaticBackups"), automatic}});
            return 0;
        }
    }
    const Result<BackupWritten> written = CountyBackup(*db.value()).writeTo(folder);
    if (!written)
        return c.fail(written.error());
    if (c.parser.isSet(JsonOption)) {
        printJson(c,
            QJsonObject{{QStringLiteral("backup"), shown(written->path)}, {QStringLiteral("bytes"), written->bytes},
                {QStringLiteral("level"), written->level}, {QStringLiteral("countyCode"), written->countyCode},
                {QStringLiteral("countyName"), written->countyName}});
        return 0;
    }
    c.out << tr("Backed up %1 (%2) to %3 (%4 KB).")
                 .arg(written->countyName, written->countyCode, shown(written->path))
                 .arg((written->bytes + 1023) / 1024)
          << Qt::endl;
    return 0;
}

int BackupCommands::restore(const CommandContext &c)
{
    c.parser.addOptions({c.dbOption, JsonOption});
    c.parser.addPositionalArgument(QStringLiteral("backup"), tr("The backup file to restore."));
    if (!c.parser.parse(c.arguments))
        return c.fail(c.parser.errorText());
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 1)
        return c.fail(tr("Give one backup file to restore: fupin-cli restore --db FILE BACKUP."));
    const QString county = c.parser.value(c.dbOption);
    if (county.isEmpty())
        return c.fail(tr("Give the county file to restore with --db FILE."));
    const QString backup = positional.first();
    if (!QFileInfo::exists(backup))
        return c.fail(tr("The backup %1 does not exist.").arg(shown(QFileInfo(backup).absoluteFilePath())));

    Result<RestorePermit> permit = Result<RestorePermit>::failure(QString());
    {
        // Signed in, checked, and closed again: the file must not be open while it is replaced.
        const QString authority = CountyRestore::authorityFile(county, backup);
        auto db = c.openOther(authority);
        if (!db)
            return c.fail(db.error());
        permit = CountyRestore::permit(*db.value(), county, backup);
    }
    if (!permit)
        return c.fail(permit.error());
    const Result<RestoreDone> done = CountyRestore::restore(permit.value());
    if (!done)
        return c.fail(done.error());
    if (c.parser.isSet(JsonOption)) {
        printJson(c,
            QJsonObject{{QStringLiteral("county"), shown(done->county)},
                {QStringLiteral("keptAs"), done->keptAs.isEmpty() ? QJsonValue() : QJsonValue(shown(done->keptAs))},
                {QStringLiteral("backup"), shown(done->backup.path)},
                {QStringLiteral("countyCode"), done->backup.countyCode},
                {QStringLiteral("countyName"), done->backup.countyName}, {QStringLiteral("level"), done->backup.level},
                {QStringLiteral("households"), done->backup.households}});
        return 0;
    }
    c.out << tr("Restored %1 from %2: %3 (%4), %n household(s).", nullptr, int(done->backup.households))
                 .arg(shown(done->county), shown(done->backup.path), done->backup.countyName, done->backup.countyCode)
          << Qt::endl;
    if (!done->keptAs.isEmpty())
        c.out << tr("The file it replaced is kept as %1.").arg(shown(done->keptAs)) << Qt::endl;
    return 0;
}
