// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Account.h"
#include "accounts/NewAccount.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <optional>

class CountyDatabase;
class QSqlDatabase;
class RecordWriter;

// The county's accounts: one call per operation, each refused unless the acting account is the
// administrator (a person may change their own password), each recorded in the audit log. Accounts
// are deactivated, never deleted, so the audit trail can always name who made a change.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    explicit Accounts(CountyDatabase &db) : m_db(db) { }

    static constexpr int MaxLoginLength = 32;
    static constexpr int MinPasswordLength = 6;

    Result<QList<Account>> list() const;
    // By login, ignoring case; nullopt when there is none.
    std::optional<Account> find(const QString &login) const;

    Result<qint64> add(const NewAccount &account);
    // Role and scope change together: a township or village account needs its divisions.
    Status setRole(const QString &login, Role role, const QList<qint64> &scope);
    Status setPassword(const QString &login, const QString &password);
    Status setActive(const QString &login, bool active);

    // A login is 1-32 characters without spaces or control characters (Chinese is fine).
    static Status checkLogin(const QString &login);
    // Empty (no password) or at least MinPasswordLength characters.
    static Status checkPassword(const QString &password);

    // Reads one account with its scope; used by SignIn.
    static std::optional<Account> read(const CountyDatabase &db, const QString &login, QString *passwordHash = nullptr);

private:
    friend class SignIn;
    // The first administrator of a county that has no account yet (nobody acts yet, so no role is
    // checked); refused once there is any account. Only SignIn::createFirstAdministrator calls it.
    static Result<Account> addFirstAdministrator(CountyDatabase &db, const NewAccount &admin);

    Status checkScope(Role role, const QList<qint64> &scope) const;
    Status writeScope(RecordWriter &w, qint64 userId, const QList<qint64> &scope);
    QString scopeText(const QList<qint64> &scope) const;
    Status managed(const QString &login, std::optional<Account> &account) const;

    CountyDatabase &m_db;
};
