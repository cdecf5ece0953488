// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/DatabaseCopy.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class CountyDatabase;

// What a backup wrote.
struct BackupWritten
{
    QString path; // empty when an automatic backup was not needed (nothing changed since the last)
    qint64 bytes = 0;
    int level = 0;
    QString countyCode;
    QString countyName;
    QStringList removed; // older automatic backups removed to keep the county's number
};

// Backups of the open county (备份): a consistent copy made with SQLite's online backup API, safe
// while the county is open and written. The copy is written under a temporary name in the target
// folder, read back, and only then renamed to its own name: a kill or a full disk leaves the
// county untouched and nothing under the backup's name.
// Who may: a backup holds every village's households, so only the county-wide roles that keep the
// register (administrator and county staff, AccessPolicy::BackUpCounty); the automatic backups on
// closing are the county's own setting and are made for whoever worked, into that PC's data folder.
class CountyBackup
{
    Q_DECLARE_TR_FUNCTIONS(CountyBackup)

public:
    explicit CountyBackup(CountyDatabase &db) : m_db(db) { }

    static constexpr int DefaultAutomaticKept = 10;
    static constexpr int MaxAutomaticKept = 100;

    // A backup into a folder the user chose, named after the county and the time
    // (522633-20260301-143000.fupin).
    Result<BackupWritten> writeTo(const QString &folder, const DatabaseCopy::Progress &progress = {});

    // The automatic backup made when the app closes, into `folder` (automaticFolder() in the app):
    // none when the county turned them off, when it is the demo county, or when nothing was
    // changed since the newest one; the oldest are removed beyond the county's number.
    Result<BackupWritten> writeAutomatic(const QString &folder, const DatabaseCopy::Progress &progress = {});
    // The user's data folder for the county's automatic backups: AppDataLocation/backups/<code>.
    static QString automaticFolder(const QString &countyCode);
    // How many automatic backups the county keeps (CountySettings::AutomaticBackups); 0 = none.
    int automaticKept() const;
    Status setAutomaticKept(int kept);
    // The county's automatic backups in a folder, newest first.
    static QStringList automaticBackups(const QString &folder);

private:
    // Writes FOLDER/STEM[-n]TAG.fupin.
    Result<BackupWritten> write(
        const QString &folder, const QString &stem, const DatabaseCopy::Progress &progress, const QString &tag = {});
    // The newest change recorded in the audit log: a backup's name carries it, so that closing
    // the app without a change does not push an older backup out.
    qint64 lastChange() const;

    CountyDatabase &m_db;
};
