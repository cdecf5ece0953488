// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/SignIn.h"

#include "accounts/Accounts.h"
#include "accounts/PasswordHash.h"
#include "db/AuditLog.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {
// Records a sign-in's outcome. A read-only connection (a reading CLI command) writes nothing, so
// there wrong passwords are refused but not counted.
void record(CountyDatabase &db, const Account &account, int failures, const QString &lockedUntil, bool success)
{
    if (db.isReadOnly())
        return;
    Transaction transaction(db.sql());
    if (!transaction.isActive())
        return;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE app_user SET failed_logins = ?, locked_until = ?, last_login_at = "
                             "coalesce(?, last_login_at) WHERE id = ?"));
    q.addBindValue(failures);
    q.addBindValue(lockedUntil.isEmpty() ? QVariant() : QVariant(lockedUntil));
    q.addBindValue(success ? QVariant(CountyDatabase::nowIso()) : QVariant());
    q.addBindValue(account.id);
    if (!q.exec())
        return;
    if (!lockedUntil.isEmpty()) {
        // The lock is part of the account's history: who was locked out, and until when.
        AuditWriter audit(db.sql(), account.login);
        if (!audit.write(QStringLiteral("app_user"), account.login, QStringLiteral("update"),
                QStringLiteral("locked_until"), QVariant(), lockedUntil))
            return;
    }
    (void)transaction.commit();
}
} // namespace

Result<Account> SignIn::signIn(CountyDatabase &db, const QString &login, const QString &password, Kind kind)
{
    using R = Result<Account>;
    QString hash;
    std::optional<Account> account = Accounts::read(db, login, &hash);
    // The same words for an unknown login and a wrong password: a stranger learns nothing.
    const QString wrong = tr("The login or the password is wrong (%1).").arg(db.path());
    if (!account)
        return R::failure(wrong);
    if (!account->active)
        return R::failure(tr("The account %1 has been deactivated; ask the county administrator.").arg(account->login));
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime lockedUntil = QDateTime::fromString(account->lockedUntil, Qt::ISODate);
    if (lockedUntil.isValid() && lockedUntil > now)
        return R::failure(tr("Too many wrong passwords: %1 is locked until %2. Wait, or ask the administrator to "
                             "set a new password.")
                              .arg(account->login, lockedUntil.toString(QStringLiteral("HH:mm"))));
    SqliteReader s(db.handle(), QStringLiteral("SELECT failed_logins FROM app_user WHERE id = ?"));
    s.bind(1, account->id);
    const int earlierFailures = s.step() ? int(s.integer(0)) : 0;
    if (!PasswordHash::matches(hash, password)) {
        const int failures = earlierFailures + 1;
        if (failures >= MaxFailures) {
            const QString until = now.addSecs(LockMinutes * 60).toString(Qt::ISODate);
            record(db, *account, 0, until, false);
            return R::failure(tr("Wrong password %1 times in a row: %2 is locked for %3 minutes.")
                                  .arg(MaxFailures)
                                  .arg(account->login)
                                  .arg(LockMinutes));
        }
        record(db, *account, failures, {}, false);
        return R::failure(wrong);
    }
    if (kind == Kind::Session || earlierFailures > 0 || !account->lockedUntil.isEmpty())
        record(db, *account, 0, {}, kind == Kind::Session);
    db.actAs(*account, ActingAccountKey());
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
        db.actAs(*account, ActingAccountKey());
    return account;
}

void SignIn::actAsFirstAdministrator(CountyDatabase &db, const Account &admin)
{
    db.actAs(admin, ActingAccountKey());
}

void SignIn::signOut(CountyDatabase &db)
{
    db.actAs(Account(), ActingAccountKey());
}
