// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/SignIn.h"

#include "accounts/Accounts.h"
#include "accounts/LoginFailures.h"
#include "accounts/PasswordHash.h"
#include "db/CountyAreas.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"

#include <QDateTime>
#include <QFileInfo>

Result<Account> SignIn::signIn(CountyDatabase &db, const QString &login, const QString &password, Kind kind)
{
    using R = Result<Account>;
    QString hash;
    std::optional<Account> account = Accounts::read(db, login, &hash);
    // The same words for an unknown login and a wrong password: a stranger learns nothing.
    const QString wrong = tr("The login or the password is wrong (%1).").arg(db.path());
    if (!account)
        return R::failure(wrong);
    // Nor does a stranger learn that an account was deactivated: only its password tells.
    if (!account->active)
        return R::failure(PasswordHash::matches(hash, password)
                ? tr("The account %1 has been deactivated; ask the county administrator.").arg(account->login)
                : wrong);
    const QDateTime now = QDateTime::currentDateTime();
    const LoginFailures::State before = LoginFailures::read(db, *account);
    const QDateTime lockedUntil = QDateTime::fromString(before.lockedUntil, Qt::ISODate);
    if (lockedUntil.isValid() && lockedUntil > now) {
        // A lock kept beside a file that was busy goes into it (and its audit log) when it can.
        if (LoginFailures::waiting(db, *account))
            LoginFailures::write(db, *account, before, false);
        return R::failure(tr("Too many wrong passwords: %1 is locked until %2. Wait, or ask the administrator to "
                             "set a new password.")
                              .arg(account->login, lockedUntil.toString(QStringLiteral("HH:mm"))));
    }
    if (!PasswordHash::matches(hash, password)) {
        const int failures = before.failures + 1;
        if (failures >= MaxFailures) {
            const QString until = now.addSecs(LockMinutes * 60).toString(Qt::ISODate);
            LoginFailures::write(db, *account, {0, until}, false);
            return R::failure(tr("Wrong password %1 times in a row: %2 is locked for %3 minutes.")
                                  .arg(MaxFailures)
                                  .arg(account->login)
                                  .arg(LockMinutes));
        }
        LoginFailures::write(db, *account, {failures, {}}, false);
        return R::failure(wrong);
    }
    if (kind == Kind::Session || before.failures > 0 || !before.lockedUntil.isEmpty()
        || LoginFailures::waiting(db, *account))
        LoginFailures::write(db, *account, {}, kind == Kind::Session);
    db.actAs(std::make_shared<const Account>(*account), account->login, ActingAccountKey());
    return *account;
}

std::optional<Account> SignIn::openStraightIn(CountyDatabase &db)
{
    SqliteReader s(db.handle(), QStringLiteral("SELECT login, password_hash FROM app_user WHERE active = 1"));
    if (!s.step() || !s.text(1).isEmpty())
        return std::nullopt;
    const QString login = s.text(0);
    if (s.step())
        return std::nullopt; // more than one active account: each must say who they are
    std::optional<Account> account = Accounts::read(db, login);
    if (account)
        db.actAs(std::make_shared<const Account>(*account), account->login, ActingAccountKey());
    return account;
}

Result<Account> SignIn::createFirstAdministrator(CountyDatabase &db, const NewAccount &admin)
{
    // Refused once the county has any account, so nobody can make themselves administrator.
    const Result<Account> created = Accounts::addFirstAdministrator(db, admin);
    if (created)
        db.actAs(std::make_shared<const Account>(created.value()), created->login, ActingAccountKey());
    return created;
}

void SignIn::signOut(CountyDatabase &db)
{
    db.actAs(CountyAreas::nobody(), QString(), ActingAccountKey());
}

Status SignIn::continueOn(CountyDatabase &other, const CountyDatabase &signedIn)
{
    if (!signedIn.account().isSignedIn())
        return Status::failure(tr("Nobody has signed in to %1.").arg(signedIn.path()));
    if (QFileInfo(other.path()).canonicalFilePath() != QFileInfo(signedIn.path()).canonicalFilePath())
        return Status::failure(tr("%1 is another county file.").arg(other.path()));
    const std::optional<Account> account = Accounts::read(other, signedIn.account().login);
    if (!account || !account->active)
        return Status::failure(
            tr("The account %1 no longer exists or has been deactivated.").arg(signedIn.account().login));
    other.actAs(std::make_shared<const Account>(*account), account->login, ActingAccountKey());
    return {};
}

// The accounts area's part of CountyDatabase (db/CountyAreas.h).
std::shared_ptr<const Account> CountyAreas::nobody()
{
    static const std::shared_ptr<const Account> nobody = std::make_shared<const Account>();
    return nobody;
}

void CountyAreas::opened(CountyDatabase &db)
{
    SignIn::openStraightIn(db);
}
