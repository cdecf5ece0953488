// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;
struct sqlite3;

// Turns a failed SQLite call into words a user can act on: what happened to which file, and that
// nothing was changed. SQLite's own words ("database is locked") never reach a user.
class SqliteError
{
    Q_DECLARE_TR_FUNCTIONS(SqliteError)

public:
    // How long a connection waits for another program's write before it gives up.
    static constexpr int BusyTimeoutMs = 5000;

    // code: an SQLite result code (primary or extended); detail: SQLite's text, only read to
    // find the name of a refused constraint.
    static QString describe(int code, const QString &file, const QString &detail = {});
    static QString describe(sqlite3 *db, int code);
    static QString describe(const QSqlError &error, const QString &file);
    // The file an SQLite connection has open, as shown to a user.
    static QString fileOf(sqlite3 *db);
};
