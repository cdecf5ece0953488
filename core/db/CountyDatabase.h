// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

// One county's SQLite file: opening, refusing what is not ours or too new, migrating with a
// backup, and the connection settings that keep data safe (foreign keys, WAL, synchronous=FULL).
class CountyDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CountyDatabase)

public:
    enum class OpenMode { ExistingOnly, CreateIfMissing };

    ~CountyDatabase();
    CountyDatabase(const CountyDatabase &) = delete;
    CountyDatabase &operator=(const CountyDatabase &) = delete;

    static Result<std::unique_ptr<CountyDatabase>> open(const QString &path, OpenMode mode);
    // A private in-memory database at the latest schema level, for tests.
    static std::unique_ptr<CountyDatabase> openInMemory();

    // The schema level this build writes (the highest numbered file in resources/schema).
    static int latestSchemaLevel();
    int schemaLevel() const;

    QSqlDatabase &sql() { return m_db; }
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    // Backup file written before the last upgrade, empty when none was needed.
    QString upgradeBackupPath() const { return m_backupPath; }

    // Whether the county has been set up (code lists loaded and a county division present).
    bool isInitialized() const;
    // Sets up an empty file: county division, code lists, poverty lines.
    Status initialize(const QString &countyCode, const QString &countyName);
    QString countyName() const;
    QString countyCode() const;

    // Who is recorded in updated_by and the audit log.
    void setCurrentUser(const QString &user) { m_user = user; }
    QString currentUser() const { return m_user; }

    static QString nowIso();
    // Why a write could not start: another program or window holds the write lock.
    static QString busyMessage();

private:
    CountyDatabase() = default;
    Status configure();
    Status migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    QString m_user = QStringLiteral("admin");
};

// Rolls back unless committed. The outermost one takes the write lock up front (BEGIN IMMEDIATE) so
// a commit never fails halfway for want of it; one opened inside another is a savepoint, so core
// functions that write can call each other and still be all-or-nothing.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    QSqlDatabase &m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
};
