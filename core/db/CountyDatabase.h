// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;
struct Account; // accounts/Account.h: who acts, read by the areas that include it
struct NewAccount; // accounts/NewAccount.h

// Only SignIn decides who acts on a county (see accounts/SignIn).
class ActingAccountKey
{
    friend class SignIn;
    ActingAccountKey() = default;
};

// One county's SQLite file: opening, refusing what is not ours or too new, migrating with a
// backup, and the connection settings that keep data safe (foreign keys, WAL, synchronous=FULL).
class CountyDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CountyDatabase)

public:
    enum class OpenMode {
        ExistingOnly, // open and upgrade an existing file (the GUI)
        CreateIfMissing, // the same, creating the file when it is missing
        ReadOnly, // read a county at the latest level; writes nothing, refuses a file that needs an upgrade
        Inspect, // read a file at any level, only to check it (checkIntegrity); writes nothing
    };

    ~CountyDatabase();
    CountyDatabase(const CountyDatabase &) = delete;
    CountyDatabase &operator=(const CountyDatabase &) = delete;

    static Result<std::unique_ptr<CountyDatabase>> open(const QString &path, OpenMode mode);
    // A private in-memory database at the latest schema level, for tests.
    static std::unique_ptr<CountyDatabase> openInMemory();

    // The schema level this build writes (the highest numbered file in resources/schema).
    static int latestSchemaLevel();
    int schemaLevel() const;

    QString path() const { return m_path; }
    // Backup file written before the last upgrade, empty when none was needed.
    QString upgradeBackupPath() const { return m_backupPath; }
    // The level the file had before this open upgraded it; 0 when it was not upgraded.
    int upgradedFromLevel() const { return m_upgradedFrom; }
    bool isReadOnly() const { return m_readOnly; }

    // Whether the county has been set up (code lists loaded and a county division present).
    bool isInitialized() const;
    // Sets up an empty file: county division, code lists, poverty lines, and the administrator,
    // who then acts on it. The code and name are checked as checkCountyCode and checkCountyName
    // say, and the name stored trimmed. Without a login the administrator is "admin" without a
    // password, for a one-person office.
    // The county area does it (CountyAreas::setUp).
    Status initialize(const QString &countyCode, const QString &countyName);
    Status initialize(const QString &countyCode, const QString &countyName, const NewAccount &administrator);
    // A county code is 6 digits of a real region (the region check of resident ID numbers) and
    // names a county, not a province or prefecture (it does not end in 00).
    static Status checkCountyCode(const QString &countyCode);
    // The name as stored: trimmed of spaces and invisible characters, 1 to MaxCountyNameLength
    // characters, no control characters (a terminal escape sequence would be printed raw).
    static Result<QString> checkCountyName(const QString &countyName);
    static constexpr int MaxCountyNameLength = 30;
    QString countyName() const;
    QString countyCode() const;

    // The account that acts: every write is checked against its role and scope (AccessPolicy) and
    // recorded under its login. Nobody acts until SignIn says so.
    // Its type is the accounts area's; this file only keeps it.
    const Account &account() const { return *m_account; }
    void actAs(std::shared_ptr<const Account> account, const QString &login, ActingAccountKey)
    {
        m_account = std::move(account);
        m_login = login;
    }
    // The login recorded in updated_by and the audit log.
    QString currentUser() const { return m_login; }

    static QString nowIso();

    // Brings the member search index up to date with the members changed since (by this program
    // or by any other SQLite tool: triggers only queue the changed rows, see schema 004). Runs on
    // open and before every search; costs one lookup when nothing changed.
    Status updateSearchIndex();

    // SQLite's integrity check and foreign-key check, in words: one line per problem, empty when
    // the file is sound. A failure means the file could not even be read to the end.
    Result<QStringList> checkIntegrity() const;

private:
    // The raw connection stays inside core: the GUI and the CLI reach the county only through core's
    // calls, which check the acting account. These classes of core use it; nothing else may.
    friend class AccessPolicy;
    friend class Accounts;
    friend class AssistanceForces;
    friend class AssistanceRecords;
    friend class AuditLog;
    friend class BenefitBook;
    friend class BulkAssessment;
    friend class BulkProposal;
    friend class CardPrintLog;
    friend class CodeLists;
    friend class CountyBackup;
    friend class CountyRestore;
    friend class CountySetup;
    friend class CountySettings;
    friend struct CountyStats;
    friend class DemoGenerator;
    friend class DivisionList;
    friend class Divisions;
    friend class Drafts;
    friend class DuplicateFinder;
    friend class ExitAssessment;
    friend class ForcesChecks;
    friend class ForcesLists;
    friend class FundLedger;
    friend class HouseholdBatch;
    friend class HouseholdImport;
    friend class HouseholdList;
    friend class HouseholdLookup;
    friend class HouseholdRepository;
    friend class HouseholdSaveLookups;
    friend class ListExport;
    friend class LoginFailures;
    friend class MicroloanBook;
    friend class PovertyStandards;
    friend class ProgressGoals;
    friend class ProgressIndicators;
    friend class ProjectLibrary;
    friend class ProjectLifecycle;
    friend class PublicNotices;
    friend class QualityChecker;
    friend class SignIn;
    friend class StatusProcedure;
    friend class VisitPhotos;
    template <typename T> friend class RecordRepository;
    // Tests only (tests/TestSql.h): they tamper with a file as another SQLite tool would.
    friend struct TestSql;

    QSqlDatabase &sql() { return m_db; }
    const QSqlDatabase &sql() const { return m_db; }
    sqlite3 *handle() const;

    CountyDatabase();
    Status configure();
    Status migrate();
    Status writeBackup(int level);
    QString shownPath() const;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    int m_upgradedFrom = 0;
    bool m_readOnly = false;
    std::shared_ptr<const Account> m_account; // never null: nobody until someone signs in
    QString m_login;
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
    // Why the transaction could not start (the file is busy, read-only ...), in words.
    QString error() const { return m_error; }
    Status commit();

private:
    QSqlDatabase &m_db;
    QString m_savepoint; // empty for the outermost transaction
    QString m_error;
    bool m_active = false;
};
