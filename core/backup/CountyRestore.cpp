// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/CountyRestore.h"

#include "accounts/AccessPolicy.h"
#include "common/DiskSync.h"
#include "db/CountyDatabase.h"
#include "db/SqliteError.h"
#include "db/SqliteReader.h"
#include "files/OutputPath.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

namespace {

// How long a restore waits for a program that reads the county for a moment (a fupin-cli command)
// before it calls the file in use.
constexpr int InUseWaitMs = 2000;

// An exclusive hold on a county file, so that no program opens it while it is swapped. Closed
// before the new file gets the name: SQLite removes its own journal by name when it closes.
class ExclusiveHold
{
public:
    enum class State { Held, InUse, Unreadable };

    explicit ExclusiveHold(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            m_state = State::Unreadable;
            return;
        }
        sqlite3_busy_timeout(m_db, InUseWaitMs);
        sqlite3_exec(m_db, "PRAGMA locking_mode = EXCLUSIVE", nullptr, nullptr, nullptr);
        // The first read takes the lock; a connection of any program (a WAL reader too) keeps it
        // from being taken.
        const int rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
        if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
            m_state = State::InUse;
            return;
        }
        if (rc != SQLITE_OK) {
            m_state = State::Unreadable; // damaged or not a database: nobody can be using it
            return;
        }
        m_state = State::Held;
        // The old file made whole in itself, so that it can be kept under another name: what its
        // -wal holds is written into it, and it no longer needs one.
        m_selfContained = sqlite3_exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) == SQLITE_OK
            && sqlite3_exec(m_db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~ExclusiveHold() { release(); }
    ExclusiveHold(const ExclusiveHold &) = delete;
    ExclusiveHold &operator=(const ExclusiveHold &) = delete;

    State state() const { return m_state; }
    bool selfContained() const { return m_selfContained; }
    void release()
    {
        sqlite3_close(m_db);
        m_db = nullptr;
    }

private:
    sqlite3 *m_db = nullptr;
    State m_state = State::Unreadable;
    bool m_selfContained = false;
};

bool sameFile(const QString &a, const QString &b)
{
    return OutputPath::resolved(a) == OutputPath::resolved(b);
}

} // namespace

QString CountyRestore::authorityFile(const QString &countyPath, const QString &backupPath)
{
    if (QFileInfo::exists(countyPath)) {
        const auto county = CountyDatabase::open(countyPath, CountyDatabase::OpenMode::Inspect);
        if (county && county.value()->isInitialized())
            return QFileInfo(countyPath).absoluteFilePath();
    }
    return QFileInfo(backupPath).absoluteFilePath();
}

Result<RestorePermit> CountyRestore::permit(
    const CountyDatabase &signedIn, const QString &countyPath, const QString &backupPath)
{
    using R = Result<RestorePermit>;
    if (Status s = AccessPolicy::check(signedIn, AccessPolicy::Action::RestoreCounty); !s)
        return R::failure(s.error());
    const QString authority = authorityFile(countyPath, backupPath);
    if (!sameFile(signedIn.path(), authority))
        return R::failure(tr("To restore %1, an administrator signs in to %2.")
                              .arg(QDir::toNativeSeparators(QFileInfo(countyPath).absoluteFilePath()),
                                  QDir::toNativeSeparators(authority)));
    return RestorePermit(QFileInfo(countyPath).absoluteFilePath(), QFileInfo(backupPath).absoluteFilePath());
}

Result<CheckedBackup> CountyRestore::checkBackup(const QString &backupPath)
{
    using R = Result<CheckedBackup>;
    const QString shown = QDir::toNativeSeparators(QFileInfo(backupPath).absoluteFilePath());
    // Any level this version reads, only read: a newer, foreign or empty file is refused here.
    const auto opened = CountyDatabase::open(backupPath, CountyDatabase::OpenMode::Inspect);
    if (!opened)
        return R::failure(opened.error());
    CountyDatabase &db = *opened.value();
    if (!db.isInitialized())
        return R::failure(tr("%1 holds no county.").arg(shown));
    const Result<QStringList> problems = db.checkIntegrity();
    if (!problems)
        return R::failure(problems.error());
    if (!problems->isEmpty())
        return R::failure(tr("%1 is damaged: %2").arg(shown, problems->join(u' ')));
    CheckedBackup checked;
    checked.path = QFileInfo(backupPath).absoluteFilePath();
    checked.countyCode = db.countyCode();
    checked.countyName = db.countyName();
    checked.level = db.schemaLevel();
    SqliteReader count(db.handle(), QStringLiteral("SELECT count(*) FROM household"));
    checked.households = count.step() ? count.integer(0) : 0;
    return checked;
}

Result<RestoreDone> CountyRestore::restore(const RestorePermit &permit, const DatabaseCopy::Progress &progress)
{
    using R = Result<RestoreDone>;
    // A county reached through a link is restored where the link leads.
    const QString county = OutputPath::resolved(permit.m_county);
    const QString shown = QDir::toNativeSeparators(county);
    const auto refused = [&](const QString &why) {
        return R::failure(tr("%1 was not restored; nothing was changed. %2").arg(shown, why));
    };
    if (sameFile(county, permit.m_backup))
        return refused(tr("The backup is the county file itself."));
    const Result<CheckedBackup> checked = checkBackup(permit.m_backup);
    if (!checked)
        return refused(tr("The backup cannot be used: %1").arg(checked.error()));

    const QFileInfo info(county);
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        return refused(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.absolutePath())));
    QTemporaryFile temp(
        folder.filePath(QStringLiteral(".") + info.fileName() + QStringLiteral(".restore-XXXXXX.partial")));
    if (!temp.open())
        return refused(tr("Nothing can be written in the folder %1 (%2).")
                           .arg(QDir::toNativeSeparators(folder.absolutePath()), temp.errorString()));
    temp.close();
    {
        // Copied from a reading connection, so that a backup whose -wal still holds changes is
        // copied whole.
        const auto source = CountyDatabase::open(permit.m_backup, CountyDatabase::OpenMode::Inspect);
        if (!source)
            return refused(source.error());
        if (Status s = DatabaseCopy::copy(source.value()->handle(), checked->path, temp.fileName(), progress); !s)
            return refused(s.error());
    }
    if (const Result<int> level = DatabaseCopy::verify(temp.fileName()); !level)
        return refused(level.error());

    RestoreDone done;
    done.county = county;
    done.backup = checked.value();
    if (info.exists()) {
        ExclusiveHold hold(county);
        if (hold.state() == ExclusiveHold::State::InUse)
            return refused(tr("The county file is open in Fupin or in another program: close it there (in Fupin, "
                              "restore from its File menu) and try again."));
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
        QString aside = folder.filePath(info.completeBaseName() + QStringLiteral(".before-restore-") + stamp + suffix);
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = folder.filePath(
                info.completeBaseName() + QStringLiteral(".before-restore-%1-%2").arg(stamp).arg(n) + suffix);
        if (!QFile::rename(county, aside))
            return refused(tr("It could not be renamed to %1 to be kept.").arg(QDir::toNativeSeparators(aside)));
        temp.setPermissions(QFile::permissions(aside));
        const bool selfContained = hold.selfContained();
        hold.release();
        // A file that could not be made whole keeps its -wal and journal beside it; the shared
        // memory file is only a cache.
        for (const QString &companion : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            if (QFileInfo::exists(county + companion)) {
                if (selfContained)
                    QFile::remove(county + companion);
                else
                    QFile::rename(county + companion, aside + companion);
            }
        }
        QFile::remove(county + QStringLiteral("-shm"));
        done.keptAs = aside;
    }
    if (!QFile::rename(temp.fileName(), county)) {
        if (!done.keptAs.isEmpty())
            QFile::rename(done.keptAs, county);
        return refused(tr("The restored copy could not be given the name of the county file."));
    }
    temp.setAutoRemove(false);
    DiskSync::flush(folder.absolutePath());
    return done;
}
