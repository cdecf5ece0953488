// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Account.h"
#include "accounts/NewAccount.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <optional>

class CountyDatabase;

// Signing in makes an account the one that acts on the county database. Wrong passwords are
// counted on every open, a reading one too (LoginFailures); MaxFailures in a row lock the login for
// LockMinutes, and the lock is recorded in the audit log.
class SignIn
{
    Q_DECLARE_TR_FUNCTIONS(SignIn)

public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 5;

    // A session (the workbench's login) records when the person last signed in, for the accounts
    // page. A single command records only what the sign-in itself must change (clearing earlier
    // wrong passwords), so a command that is then refused leaves the file as it was.
    enum class Kind { Session, Command };

    static Result<Account> signIn(
        CountyDatabase &db, const QString &login, const QString &password, Kind kind = Kind::Session);
    // A county with a single active account and no password opens straight in as that account
    // (a one-person office); returns it, or nullopt when someone must sign in.
    static std::optional<Account> openStraightIn(CountyDatabase &db);
    // Creates the administrator of a county that has no account yet (CountyDatabase::initialize),
    // who then acts on it. Refused in words once the county has any account, checked in the same
    // transaction as the insert, so two programs at once cannot both make one.
    static Result<Account> createFirstAdministrator(CountyDatabase &db, const NewAccount &admin);
    // The account that acts on `signedIn` acts on `other` too: a second connection to the same file,
    // opened for a worker thread (a connection belongs to the thread that opened it). The account
    // is read again from the file, so one removed or deactivated since is refused.
    static Status continueOn(CountyDatabase &other, const CountyDatabase &signedIn);
    // Nobody acts any more (File → switch user, the idle lock).
    static void signOut(CountyDatabase &db);
};
