// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Where output may go. Every writer (notices, backups, and later exports, cards and packages)
// asks here before it creates anything: a PDF written with --out county.pdf, or through a
// symbolic link onto the county file, replaced the county with the PDF.
class OutputPath
{
    Q_DECLARE_TR_FUNCTIONS(OutputPath)

public:
    // Refuses `out` when it is, once symbolic links are followed (a dangling link included), one
    // of the files being read, an SQLite file (a county file, a backup), the -wal, -shm or
    // -journal file of one, or a folder. The message names the file.
    static Status check(const QString &out, const QStringList &inputsBeingRead);

    // The file a write to `path` lands in: symbolic links (of the file and of its folders)
    // followed, as far as they lead, also when the last one points to nothing yet.
    static QString resolved(const QString &path);
    // Whether the file starts with SQLite's header ("SQLite format 3").
    static bool isSqliteFile(const QString &path);
};
