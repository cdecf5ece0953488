// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/Accounts.h"

#include "accounts/AccessPolicy.h"
#include "accounts/AccountKinds.h"
#include "accounts/LoginFailures.h"
#include "accounts/PasswordHash.h"
#include "db/CountyDatabase.h"
#include "db/KeyedStore.h"
#include "db/RecordStamp.h"
#include "db/RecordWriter.h"
#include "db/SqliteReader.h"

namespace {
const QString Table = QStringLiteral("app_user");

QVariant flag(bool b)
{
    return b ? 1 : 0;
}

// Qt binds a null QString as NULL; these columns are NOT NULL with '' for "none".
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}
} // namespace

std::optional<Account> Accounts::read(const CountyDatabase &db, const QString &login, QString *passwordHash)
{
    SqliteReader s(db.handle(),
        QStringLiteral("SELECT id, login, full_name, phone, role, active, password_hash, coalesce(locked_until, ''), "
                       "coalesce(last_login_at, ''), created_by, changed_by FROM app_user WHERE login = ?"));
    s.bind(1, login.trimmed());
    if (!s.step())
        return std::nullopt;
    Account a;
    a.id = s.integer(0);
    a.login = s.text(1);
    a.fullName = s.text(2);
    a.phone = s.text(3);
    a.role = Roles::fromCode(s.text(4)).value_or(Role::Auditor); // an unknown role reads only
    a.active = s.integer(5) != 0;
    const QString hash = s.text(6);
    a.hasPassword = !hash.isEmpty();
    if (passwordHash)
        *passwordHash = hash;
    a.lockedUntil = s.text(7);
    a.lastLoginAt = s.text(8);
    a.createdBy = s.text(9);
    a.changedBy = s.text(10);
    SqliteReader scope(
        db.handle(), QStringLiteral("SELECT division_id FROM app_user_scope WHERE user_id = ? ORDER BY 1"));
    scope.bind(1, a.id);
    while (scope.step())
        a.scope.append(scope.integer(0));
    return a;
}

Result<QList<Account>> Accounts::list() const
{
    SqliteReader s(m_db.handle(), QStringLiteral("SELECT login FROM app_user ORDER BY role = 'admin' DESC, login"));
    QList<Account> accounts;
    while (s.step()) {
        if (std::optional<Account> a = read(m_db, s.text(0)))
            accounts.append(*a);
    }
    if (!s.error().isEmpty())
        return Result<QList<Account>>::failure(s.error());
    return accounts;
}

std::optional<Account> Accounts::find(const QString &login) const
{
    return read(m_db, login);
}

Status Accounts::checkLogin(const QString &login)
{
    if (login.isEmpty())
        return Status::failure(tr("Enter a login."));
    if (login.size() > MaxLoginLength)
        return Status::failure(tr("A login has at most %1 characters.").arg(MaxLoginLength));
    for (const QChar c : login) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Status::failure(tr("A login may not contain spaces or invisible characters."));
    }
    return {};
}

Status Accounts::checkPassword(const QString &password)
{
    if (!password.isEmpty() && password.size() < MinPasswordLength)
        return Status::failure(
            tr("A password has at least %1 characters (or none, for a one-person office).").arg(MinPasswordLength));
    return {};
}

Status Accounts::checkScope(Role role, const QList<qint64> &scope) const
{
    if (!Roles::isScoped(role))
        return scope.isEmpty()
            ? Status()
            : Status::failure(
                tr("A %1 works in the whole county and has no divisions of its own.").arg(Roles::label(role)));
    if (scope.isEmpty())
        return Status::failure(tr("A %1 needs the divisions it works in.").arg(Roles::label(role)));
    const int level = role == Role::TownshipStaff ? 2 : 3;
    for (qint64 id : scope) {
        SqliteReader s(m_db.handle(), QStringLiteral("SELECT level, name FROM division WHERE id = ?"));
        s.bind(1, id);
        if (!s.step())
            return Status::failure(tr("There is no division %1 in this county.").arg(id));
        if (s.integer(0) != level)
            return Status::failure(level == 2
                    ? tr("%1 is not a township: a township account works in townships.").arg(s.text(1))
                    : tr("%1 is not a village: a village account works in villages.").arg(s.text(1)));
    }
    return {};
}

QString Accounts::scopeText(const QList<qint64> &scope) const
{
    QStringList names;
    for (qint64 id : scope) {
        SqliteReader s(m_db.handle(), QStringLiteral("SELECT name FROM division WHERE id = ?"));
        s.bind(1, id);
        names << (s.step() ? s.text(0) : QString::number(id));
    }
    return names.join(QStringLiteral("、"));
}

// Accounts are a keyed kind (AccountKinds): named by their login, their password hash never in the log.
Status Accounts::writeScope(RecordWriter &w, qint64 userId, const QList<qint64> &scope)
{
    QList<KeyedStore::Values> rows;
    for (qint64 id : scope)
        rows.append({{"division_id", id}});
    return KeyedStore::replaceSet(w, AccountKinds::scope(), {{"user_id", userId}}, rows);
}

Result<qint64> Accounts::add(const NewAccount &account)
{
    using R = Result<qint64>;
    if (Status s = AccessPolicy::check(m_db, AccessPolicy::Action::ManageAccounts); !s)
        return R::failure(s.error());
    const QString login = account.login.trimmed();
    for (const Status &s :
        {checkLogin(login), checkPassword(account.password), checkScope(account.role, account.scope)}) {
        if (!s)
            return R::failure(s.error());
    }
    if (find(login))
        return R::failure(tr("There is already an account %1.").arg(login));
    const Result<QString> hash = PasswordHash::make(account.password);
    if (!hash)
        return R::failure(hash.error());

    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    RecordWriter w(m_db.sql(), m_db.currentUser());
    qint64 id = 0;
    if (Status s = KeyedStore::insert(w, AccountKinds::account(),
            {{"login", login}, {"full_name", text(account.fullName.trimmed())},
                {"phone", text(account.phone.trimmed())}, {"role", Roles::code(account.role)},
                {"password_hash", text(hash.value())}, {"created_at", w.now()}, {"created_by", m_db.currentUser()},
                {"changed_at", w.now()}, {"changed_by", m_db.currentUser()}},
            &id);
        !s)
        return R::failure(s.error());
    if (Status s = writeScope(w, id, account.scope); !s)
        return R::failure(s.error());
    if (Status s = w.audit(
            Table, login, QStringLiteral("insert"), QStringLiteral("scope"), QVariant(), scopeText(account.scope));
        !s)
        return R::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return id;
}

Result<Account> Accounts::addFirstAdministrator(CountyDatabase &db, const NewAccount &admin)
{
    using R = Result<Account>;
    const QString login = admin.login.trimmed();
    for (const Status &s : {checkLogin(login), checkPassword(admin.password)}) {
        if (!s)
            return R::failure(s.error());
    }
    const Result<QString> hash = PasswordHash::make(admin.password);
    if (!hash)
        return R::failure(hash.error());
    // The check and the insert are one transaction: of two programs at once, one makes the first
    // administrator and the other is refused.
    Transaction transaction(db.sql());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (SqliteReader any(db.handle(), QStringLiteral("SELECT login FROM app_user LIMIT 1")); any.step())
        return R::failure(tr("The county in %1 already has accounts: a first administrator is made only for a new "
                             "county. Ask its administrator to add yours.")
                              .arg(db.path()));
    RecordWriter w(db.sql(), login);
    if (Status s = KeyedStore::insert(w, AccountKinds::account(),
            {{"login", login}, {"full_name", text(admin.fullName.trimmed())}, {"phone", text(admin.phone.trimmed())},
                {"role", Roles::code(Role::Administrator)}, {"password_hash", text(hash.value())},
                {"created_at", w.now()}, {"created_by", login}, {"changed_at", w.now()}, {"changed_by", login}});
        !s)
        return R::failure(s.error());
    std::optional<Account> account = read(db, login);
    if (!account)
        return R::failure(tr("The administrator %1 could not be created in %2.").arg(login, db.path()));
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return *account;
}

// The account to change, after checking that the acting account may manage accounts.
Status Accounts::managed(const QString &login, std::optional<Account> &account) const
{
    if (Status s = AccessPolicy::check(m_db, AccessPolicy::Action::ManageAccounts); !s)
        return s;
    account = find(login);
    if (!account)
        return Status::failure(tr("There is no account %1 in %2.").arg(login.trimmed(), m_db.path()));
    return {};
}

namespace {
int activeAdministrators(sqlite3 *db)
{
    SqliteReader s(db, QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1"));
    return s.step() ? int(s.integer(0)) : 0;
}
} // namespace

Status Accounts::setRole(const QString &login, Role role, const QList<qint64> &scope)
{
    std::optional<Account> account;
    if (Status s = managed(login, account); !s)
        return s;
    if (Status s = checkScope(role, scope); !s)
        return s;
    if (account->role == Role::Administrator && role != Role::Administrator && account->active
        && activeAdministrators(m_db.handle()) <= 1)
        return Status::failure(tr("%1 is the county's only administrator; make another account administrator first.")
                                   .arg(account->displayName()));
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    RecordWriter w(m_db.sql(), m_db.currentUser());
    if (Status s = KeyedStore::update(w, AccountKinds::account(), {{"login", account->login}},
            {{"role", Roles::code(role)}, {"changed_at", w.now()}, {"changed_by", m_db.currentUser()}});
        !s)
        return s;
    if (Status s = writeScope(w, account->id, scope); !s)
        return s;
    const QString oldScope = scopeText(account->scope), newScope = scopeText(scope);
    if (oldScope != newScope) {
        if (Status s
            = w.audit(Table, account->login, QStringLiteral("update"), QStringLiteral("scope"), oldScope, newScope);
            !s)
            return s;
    }
    return transaction.commit();
}

Status Accounts::setPassword(const QString &login, const QString &password)
{
    // A person may change their own password; anyone else's needs the administrator.
    std::optional<Account> account;
    if (login.trimmed().compare(m_db.currentUser(), Qt::CaseInsensitive) == 0 && m_db.account().active) {
        account = find(login);
    } else if (Status s = managed(login, account); !s) {
        return s;
    }
    if (!account)
        return Status::failure(tr("There is no account %1 in %2.").arg(login.trimmed(), m_db.path()));
    if (Status s = checkPassword(password); !s)
        return s;
    const Result<QString> hash = PasswordHash::make(password);
    if (!hash)
        return Status::failure(hash.error());
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    RecordWriter w(m_db.sql(), m_db.currentUser());
    // A new password also lifts a lock: the administrator has spoken to the person.
    if (Status s = KeyedStore::update(w, AccountKinds::account(), {{"login", account->login}},
            {{"password_hash", text(hash.value())}, {"failed_logins", 0}, {"locked_until", QVariant()},
                {"changed_at", w.now()}, {"changed_by", m_db.currentUser()}});
        !s)
        return s;
    // The log says that the password changed, never what it is.
    if (Status s = w.audit(Table, account->login, QStringLiteral("update"), QStringLiteral("password"), QVariant(),
            password.isEmpty() ? tr("removed") : tr("changed"));
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    LoginFailures::forget(m_db, account->login);
    return {};
}

Status Accounts::setActive(const QString &login, bool active)
{
    std::optional<Account> account;
    if (Status s = managed(login, account); !s)
        return s;
    if (account->active == active)
        return {};
    if (!active && account->id == m_db.account().id)
        return Status::failure(tr("You cannot deactivate the account you are working as."));
    if (!active && account->role == Role::Administrator && activeAdministrators(m_db.handle()) <= 1)
        return Status::failure(
            tr("%1 is the county's only administrator and cannot be deactivated.").arg(account->displayName()));
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    RecordWriter w(m_db.sql(), m_db.currentUser());
    if (Status s = KeyedStore::update(w, AccountKinds::account(), {{"login", account->login}},
            {{"active", flag(active)}, {"changed_at", w.now()}, {"changed_by", m_db.currentUser()}});
        !s)
        return s;
    return transaction.commit();
}
