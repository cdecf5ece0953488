// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/DatabaseCopy.h"

#include "common/DiskSync.h"
#include "db/SqliteError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

namespace {

// About 8 MB a step with the county's 4 KB pages: few enough steps to be fast, enough for a
// progress bar to move on a large county.
constexpr int PagesPerStep = 2048;

// Opens a file only to read it, as it is: immutable, so that SQLite writes no -wal or -shm file
// beside it (nobody else knows the temporary file yet).
sqlite3 *openImmutable(const QString &path, int *rc)
{
    const QByteArray uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() + "?immutable=1";
    sqlite3 *db = nullptr;
    *rc = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    return db;
}

} // namespace

Status DatabaseCopy::copy(sqlite3 *source, const QString &shownSource, const QString &target, const Progress &progress)
{
    const QString shownTarget = QDir::toNativeSeparators(target);
    if (!source)
        return Status::failure(SqliteError::describe(SQLITE_MISUSE, shownSource));
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    const auto closeDest = [&] {
        sqlite3_close(dest);
        dest = nullptr;
    };
    if (rc != SQLITE_OK) {
        const QString why = SqliteError::describe(rc, shownTarget);
        closeDest();
        return Status::failure(why);
    }
    // The file is flushed once, when complete; until it is renamed nobody reads it, so it needs
    // no journal of its own.
    sqlite3_exec(dest, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup) {
        const QString why = SqliteError::describe(dest, sqlite3_errcode(dest));
        closeDest();
        return Status::failure(why);
    }
    QElapsedTimer busy;
    bool cancelled = false;
    for (;;) {
        rc = sqlite3_backup_step(backup, PagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // Another program holds the file for a moment; wait as every connection does.
            if (!busy.isValid())
                busy.start();
            if (busy.elapsed() > SqliteError::BusyTimeoutMs)
                break;
            QThread::msleep(20);
            continue;
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            break;
        busy.invalidate();
        const qint64 total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            cancelled = true;
            break;
        }
        if (rc == SQLITE_DONE)
            break;
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE && finished != SQLITE_OK)
        rc = finished;
    QString why;
    if (cancelled)
        why = tr("the copy was cancelled.");
    else if (rc != SQLITE_DONE)
        // A full disk shows as the target's error; a damaged county as the source's.
        why = sqlite3_errcode(dest) != SQLITE_OK ? SqliteError::describe(dest, sqlite3_errcode(dest))
                                                 : SqliteError::describe(rc, shownSource);
    const int closed = sqlite3_close(dest);
    if (why.isEmpty() && closed != SQLITE_OK)
        why = SqliteError::describe(closed, shownTarget);
    if (why.isEmpty() && !DiskSync::flush(target))
        why = tr("%1 could not be written to the disk.").arg(shownTarget);
    return why.isEmpty() ? Status() : Status::failure(why);
}

Result<int> DatabaseCopy::verify(const QString &path)
{
    using R = Result<int>;
    const QString shown = QDir::toNativeSeparators(path);
    int rc = SQLITE_OK;
    sqlite3 *db = openImmutable(path, &rc);
    QString why;
    int level = -1;
    if (rc == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr);
        int problems = 0;
        int step = SQLITE_DONE;
        while (rc == SQLITE_OK && (step = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            if (!text || qstrcmp(text, "ok") != 0)
                ++problems;
        }
        if (rc == SQLITE_OK && step != SQLITE_DONE)
            rc = step;
        sqlite3_finalize(stmt);
        if (rc == SQLITE_OK && problems > 0)
            why = tr("the copy %1 does not read back as it was written (%n damaged place(s)).", nullptr, problems)
                      .arg(shown);
        if (rc == SQLITE_OK && why.isEmpty()) {
            rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
            if (rc == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
                level = sqlite3_column_int(stmt, 0);
            sqlite3_finalize(stmt);
        }
    }
    if (rc != SQLITE_OK && why.isEmpty())
        why = SqliteError::describe(rc, shown);
    sqlite3_close(db);
    if (!why.isEmpty())
        return R::failure(why);
    return level;
}
