// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/SqliteError.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlError>

#include <sqlite3.h>

QString SqliteError::fileOf(sqlite3 *db)
{
    const char *name = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (!name || !*name)
        return tr("(the county database in memory)");
    return QDir::toNativeSeparators(QString::fromUtf8(name));
}

QString SqliteError::describe(sqlite3 *db, int code)
{
    return describe(code, fileOf(db), db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString());
}

QString SqliteError::describe(const QSqlError &error, const QString &file)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return describe(ok ? code : SQLITE_ERROR, QDir::toNativeSeparators(file), error.databaseText());
}

QString SqliteError::describe(int code, const QString &path, const QString &detail)
{
    const QString file = path.isEmpty() || path == QLatin1String(":memory:") ? fileOf(nullptr) : path;
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("The county file %1 is busy: another program (a second Fupin window or fupin-cli) is writing to "
                  "it and did not finish within %2 seconds. Nothing was changed; try again when it has finished.")
            .arg(file)
            .arg(BusyTimeoutMs / 1000);
    case SQLITE_FULL:
        return tr("The disk that holds the county file %1 is full. Nothing was changed; free some space on it and "
                  "try again.")
            .arg(file);
    case SQLITE_READONLY:
        return tr("The county file %1 cannot be written: the file or its folder is read-only, or it was opened "
                  "only for reading. Nothing was changed.")
            .arg(file);
    case SQLITE_CORRUPT:
        return tr("The county file %1 is damaged: a part of it could not be read. Nothing was changed. Run the "
                  "check of the county file (fupin-cli check --db %1, or Help > Check the county file) and "
                  "restore a backup if it finds problems.")
            .arg(file);
    case SQLITE_NOTADB:
        return tr("%1 is damaged or is not a database, so it could not be read. Nothing was changed.").arg(file);
    case SQLITE_CANTOPEN:
        return tr("The county file %1 cannot be opened: the file or its folder is missing or cannot be accessed. "
                  "Nothing was changed.")
            .arg(file);
    case SQLITE_IOERR:
        return tr("Reading or writing the county file %1 failed (a disk or network error). Nothing was changed; "
                  "check the disk and try again.")
            .arg(file);
    case SQLITE_NOMEM:
        return tr("There was not enough memory to work on the county file %1. Nothing was changed.").arg(file);
    case SQLITE_CONSTRAINT: {
        // Our schema names its CHECK constraints; that name is ours, not SQLite's words.
        static const QRegularExpression named(QStringLiteral("CHECK constraint failed: (\\w+)"));
        const auto match = named.match(detail);
        if (match.hasMatch())
            return tr("A value breaks the rule \"%1\" of the county file %2, so it was refused. Nothing was changed.")
                .arg(match.captured(1), file);
        return tr("A value was refused by the rules of the county file %1 (a duplicate, a missing linked record or "
                  "a value out of range). Nothing was changed.")
            .arg(file);
    }
    default:
        break;
    }
    return tr("The county file %1 could not be read or written (database error %2). Nothing was changed.")
        .arg(file)
        .arg(code);
}
