// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

struct sqlite3;

// A consistent copy of an open SQLite database into a new file, with SQLite's online backup API:
// safe while the county is open and being written (by this program or another), page by page so
// that a progress bar can follow it. Backups and restores are made of it.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    // Pages copied so far and in all; returns false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Copies the main database of `source` into `target`, an empty file that exists (a temporary
    // name chosen by the caller), and flushes it to the disk. `shownSource` names the source in
    // messages. On failure the target may hold part of a copy: the caller removes it.
    static Status copy(sqlite3 *source, const QString &shownSource, const QString &target, const Progress &progress);

    // Reads the copy back, without writing anything beside it: SQLite's quick check of every
    // page, and the Fupin level it records. Returns the level.
    static Result<int> verify(const QString &path);
};
