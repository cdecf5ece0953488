// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/DatabaseCopy.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <utility>

class CountyDatabase;

// What a backup holds, once checked.
struct CheckedBackup
{
    QString path;
    QString countyCode;
    QString countyName;
    int level = 0;
    qint64 households = 0;
};

// What a restore did.
struct RestoreDone
{
    QString county; // the county file, now the backup's content
    QString keptAs; // the file it replaced, renamed aside; empty when there was none
    CheckedBackup backup;
};

// Leave to restore one county file from one backup, given only by CountyRestore::permit to an
// administrator.
class RestorePermit
{
    friend class CountyRestore;
    RestorePermit(QString county, QString backup) : m_county(std::move(county)), m_backup(std::move(backup)) { }
    QString m_county;
    QString m_backup;
};

// Restoring a county file from a backup (恢复). The backup is checked first, as `fupin-cli check`
// checks a file (integrity, links, a level this version reads, a county in it); the file it
// replaces is kept, renamed aside with the time; and nothing happens while any program (this
// one included) has the county file open.
// Who may: an administrator (AccessPolicy::RestoreCounty) of the county file being replaced, or,
// when that file is missing or cannot be opened (why one restores), of the backup.
class CountyRestore
{
    Q_DECLARE_TR_FUNCTIONS(CountyRestore)

public:
    // The file whose account must sign in to restore: the county file when it opens, else the backup.
    static QString authorityFile(const QString &countyPath, const QString &backupPath);
    // Leave to restore, for the account signed in to `signedIn` (the authority file).
    static Result<RestorePermit> permit(
        const CountyDatabase &signedIn, const QString &countyPath, const QString &backupPath);

    // Checks the backup as `fupin-cli check` does; refused in words when it is damaged, newer
    // than this version, or holds no county.
    static Result<CheckedBackup> checkBackup(const QString &backupPath);

    // Replaces the county file with the backup. The county file must not be open: close it first
    // (its CountyDatabase destroyed). Refused, changing nothing, when it is in use.
    static Result<RestoreDone> restore(const RestorePermit &permit, const DatabaseCopy::Progress &progress = {});
};
