// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/CountyBackup.h"

#include "accounts/AccessPolicy.h"
#include "common/DiskSync.h"
#include "county/CountySettings.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"
#include "files/OutputPath.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>
#include <tuple>

namespace {

const QRegularExpression &automaticName()
{
    static const QRegularExpression pattern(QStringLiteral("^auto-\\d{8}-\\d{6}(-\\d+)?-c(\\d+)\\.fupin$"));
    return pattern;
}

// The temporary files a backup is written to before it gets its name (".NAME.XXXXXX.partial"),
// left behind only by a kill or a power cut; an hour old, no backup is still writing them.
void removeStalePartials(const QDir &folder)
{
    static const QRegularExpression partial(QStringLiteral("^\\..+\\.fupin\\.[A-Za-z0-9]{6}\\.partial$"));
    const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3600);
    const QFileInfoList files = folder.entryInfoList({QStringLiteral(".*.partial")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        if (partial.match(file.fileName()).hasMatch() && file.lastModified() < hourAgo)
            QFile::remove(file.absoluteFilePath());
    }
}

} // namespace

qint64 CountyBackup::lastChange() const
{
    SqliteReader s(m_db.handle(), QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
    return s.step() ? s.integer(0) : 0;
}

int CountyBackup::automaticKept() const
{
    return CountySettings(m_db).number(CountySettings::AutomaticBackups, DefaultAutomaticKept, 0, MaxAutomaticKept);
}

Status CountyBackup::setAutomaticKept(int kept)
{
    if (kept < 0 || kept > MaxAutomaticKept)
        return Status::failure(tr("The number of automatic backups must be between 0 (none) and %1; got %2.")
                                   .arg(MaxAutomaticKept)
                                   .arg(kept));
    return CountySettings(m_db).setValue(CountySettings::AutomaticBackups, QString::number(kept));
}

QString CountyBackup::automaticFolder(const QString &countyCode)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups/") + countyCode);
}

QStringList CountyBackup::automaticBackups(const QString &folder)
{
    QStringList names;
    for (const QString &name : QDir(folder).entryList({QStringLiteral("auto-*.fupin")}, QDir::Files)) {
        if (automaticName().match(name).hasMatch())
            names << QDir(folder).filePath(name);
    }
    // The time in the name orders them, then the change it holds (a second backup in the same
    // second of the same change carries -2, -3 ...).
    const auto order = [](const QString &path) {
        const auto match = automaticName().match(QFileInfo(path).fileName());
        const int n = match.captured(1).isEmpty() ? 1 : match.captured(1).mid(1).toInt();
        return std::tuple<QString, int, qint64>(
            QFileInfo(path).fileName().mid(5, 15), n, match.captured(2).toLongLong());
    };
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) { return order(a) > order(b); });
    return names;
}

Result<BackupWritten> CountyBackup::writeTo(const QString &folder, const DatabaseCopy::Progress &progress)
{
    if (Status s = AccessPolicy::check(m_db, AccessPolicy::Action::BackUpCounty); !s)
        return Result<BackupWritten>::failure(s.error());
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return write(folder, m_db.countyCode() + u'-' + stamp, progress);
}

Result<BackupWritten> CountyBackup::writeAutomatic(const QString &folder, const DatabaseCopy::Progress &progress)
{
    using R = Result<BackupWritten>;
    BackupWritten none;
    none.countyCode = m_db.countyCode();
    none.countyName = m_db.countyName();
    const int kept = automaticKept();
    if (kept == 0 || CountySettings(m_db).isDemo() || !m_db.account().isSignedIn())
        return none;
    if (!QDir().mkpath(folder))
        return R::failure(
            tr("The folder %1 for automatic backups cannot be created.").arg(QDir::toNativeSeparators(folder)));
    const qint64 change = lastChange();
    const QStringList existing = automaticBackups(folder);
    if (!existing.isEmpty()) {
        const auto match = automaticName().match(QFileInfo(existing.first()).fileName());
        if (match.captured(2).toLongLong() == change)
            return none;
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    Result<BackupWritten> written
        = write(folder, QStringLiteral("auto-%1").arg(stamp), progress, QStringLiteral("-c%1").arg(change));
    if (!written)
        return written;
    const QStringList all = automaticBackups(folder);
    for (qsizetype i = kept; i < all.size(); ++i) {
        if (QFile::remove(all.at(i)))
            written->removed << all.at(i);
    }
    return written;
}

Result<BackupWritten> CountyBackup::write(
    const QString &folder, const QString &stem, const DatabaseCopy::Progress &progress, const QString &tag)
{
    using R = Result<BackupWritten>;
    const QDir dir(folder);
    const QString shownFolder = QDir::toNativeSeparators(dir.absolutePath());
    if (folder.isEmpty() || !dir.exists())
        return R::failure(tr("The folder %1 does not exist; choose a folder for the backup.").arg(shownFolder));
    // Two backups in the same second get -2, -3 ...; a link under the name, onto the county or
    // another county file, is refused rather than stepped around: someone put it there.
    QString name = stem + tag + QStringLiteral(".fupin");
    for (int n = 2;; ++n) {
        const QFileInfo candidate(dir.filePath(name));
        if (candidate.isSymLink()) {
            if (Status s = OutputPath::check(candidate.absoluteFilePath(), {m_db.path()}); !s)
                return R::failure(tr("The backup was not made: %1").arg(s.error()));
        }
        if (!candidate.exists() && !candidate.isSymLink())
            break;
        name = stem + QStringLiteral("-%1").arg(n) + tag + QStringLiteral(".fupin");
    }
    const QString target = dir.absoluteFilePath(name);
    const QString shown = QDir::toNativeSeparators(target);
    if (Status s = OutputPath::check(target, {m_db.path()}); !s)
        return R::failure(tr("The backup was not made: %1").arg(s.error()));
    removeStalePartials(dir);

    // A name of its own in the target folder (so the rename is atomic), readable by the owner only:
    // a backup holds every household's personal data.
    QTemporaryFile temp(dir.filePath(QStringLiteral(".") + name + QStringLiteral(".XXXXXX.partial")));
    if (!temp.open())
        return R::failure(tr("The backup was not made: nothing can be written in the folder %1 (%2).")
                              .arg(shownFolder, temp.errorString()));
    temp.close();
    const QString county = m_db.path().isEmpty() ? m_db.countyName() : QDir::toNativeSeparators(m_db.path());
    if (Status s = DatabaseCopy::copy(m_db.handle(), county, temp.fileName(), progress); !s)
        return R::failure(
            tr("The backup %1 was not made, and nothing was left under its name: %2").arg(shown, s.error()));
    const Result<int> level = DatabaseCopy::verify(temp.fileName());
    if (!level)
        return R::failure(
            tr("The backup %1 was not made, and nothing was left under its name: %2").arg(shown, level.error()));
    // Renamed only now, complete and read back; never over a file that appeared meanwhile.
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink() || !QFile::rename(temp.fileName(), target))
        return R::failure(tr("The backup was not made: %1 could not be given its name.").arg(shown));
    temp.setAutoRemove(false);
    DiskSync::flush(dir.absolutePath());

    BackupWritten written;
    written.path = target;
    written.bytes = QFileInfo(target).size();
    written.level = level.value();
    written.countyCode = m_db.countyCode();
    written.countyName = m_db.countyName();
    return written;
}
