// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Account.h"

#include <QString>

#include <optional>

class CountyDatabase;

// Wrong passwords in a row and the lock they lead to, per login (app_user.failed_logins and
// locked_until). Every open of a county counts them, a reading one too: they are written by a short
// write transaction of their own on a second connection, so a reading command's connection still
// writes nothing. When the county file cannot take that write within WriteWaitMs (another program
// holds its write lock, or the file is read-only), they wait in a side file beside it,
// "<county file>.signin", which every sign-in reads and the next one that can write the county file
// folds in (auditing a lock it holds) and removes. Sign-in is the only writer.
class LoginFailures
{
public:
    struct State
    {
        int failures = 0; // wrong passwords in a row
        QString lockedUntil; // ISO date-time; empty when not locked
    };

    // How long a sign-in waits for another program's write before it keeps its record beside the file.
    static constexpr int WriteWaitMs = 1000;

    // The login's state: what the side file holds for it, else what the county file holds.
    static State read(const CountyDatabase &db, const Account &account);
    // Records the state a sign-in leads to; a session's successful sign-in also stamps last_login_at.
    // A new lock is recorded in the audit log.
    static void write(CountyDatabase &db, const Account &account, const State &state, bool stampLogin);
    // Whether the side file holds a state of the login that the county file does not have yet.
    static bool waiting(const CountyDatabase &db, const Account &account);
    // Drops what the side file holds for the login: the administrator has set a new password.
    static void forget(const CountyDatabase &db, const QString &login);
    static QString sideFile(const CountyDatabase &db);

private:
    static std::optional<State> sideState(const CountyDatabase &db, const QString &login);
    static void setSideState(const CountyDatabase &db, const QString &login, const std::optional<State> &state);
    static bool writeCounty(CountyDatabase &db, const Account &account, const State &state,
        const std::optional<State> &waiting, bool stampLogin);
};
