// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/LoginFailures.h"

#include "accounts/AccountKinds.h"
#include "db/CountyDatabase.h"
#include "db/KeyedStore.h"
#include "db/RecordWriter.h"
#include "db/SqliteReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSqlQuery>

#include <atomic>

namespace {
const QString FailuresKey = QStringLiteral("failures");
const QString LockedUntilKey = QStringLiteral("lockedUntil");

QJsonObject readSide(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.read(1 << 20)).object();
}

// The update and the audit of a new lock, in one transaction of the connection.
bool update(QSqlDatabase &connection, const Account &account, const LoginFailures::State &state,
    const std::optional<LoginFailures::State> &waiting, bool stampLogin)
{
    Transaction transaction(connection);
    if (!transaction.isActive())
        return false;
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT coalesce(locked_until, ''), last_login_at FROM app_user WHERE id = ?"));
    q.addBindValue(account.id);
    if (!q.exec() || !q.next())
        return false;
    const QString recorded = q.value(0).toString();
    const QVariant lastLogin = q.value(1);
    q.finish();
    // A lock kept beside the file while it was busy is audited now, before what follows it.
    QStringList newLocks;
    if (waiting && !waiting->lockedUntil.isEmpty() && waiting->lockedUntil != recorded)
        newLocks << waiting->lockedUntil;
    if (!state.lockedUntil.isEmpty() && state.lockedUntil != recorded && !newLocks.contains(state.lockedUntil))
        newLocks << state.lockedUntil;
    // Counters of sign-in attempts, not a change anyone makes: unaudited columns of the account
    // (and kept beside the file while it is busy), with their locks audited here.
    RecordWriter w(connection, account.login);
    if (!KeyedStore::update(w, AccountKinds::account(), {{"login", account.login}},
            {{"failed_logins", state.failures},
                {"locked_until", state.lockedUntil.isEmpty() ? QVariant() : QVariant(state.lockedUntil)},
                {"last_login_at", stampLogin ? QVariant(CountyDatabase::nowIso()) : lastLogin}}))
        return false;
    // The lock is part of the account's history: who was locked out, and until when.
    QVariant previous = recorded.isEmpty() ? QVariant() : QVariant(recorded);
    for (const QString &lock : std::as_const(newLocks)) {
        if (!w.audit(QStringLiteral("app_user"), account.login, QStringLiteral("update"),
                QStringLiteral("locked_until"), previous, lock))
            return false;
        previous = lock;
    }
    return transaction.commit().ok();
}
} // namespace

QString LoginFailures::sideFile(const CountyDatabase &db)
{
    return db.path().isEmpty() ? QString() : db.path() + QStringLiteral(".signin");
}

std::optional<LoginFailures::State> LoginFailures::sideState(const CountyDatabase &db, const QString &login)
{
    const QJsonObject all = readSide(sideFile(db));
    const auto it = all.constFind(login.toLower());
    if (it == all.constEnd() || !it->isObject())
        return std::nullopt;
    const QJsonObject entry = it->toObject();
    return State{entry.value(FailuresKey).toInt(), entry.value(LockedUntilKey).toString()};
}

void LoginFailures::setSideState(const CountyDatabase &db, const QString &login, const std::optional<State> &state)
{
    const QString path = sideFile(db);
    if (path.isEmpty())
        return;
    // Two programs signing in at once must not lose each other's record.
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(WriteWaitMs))
        return;
    QJsonObject all = readSide(path);
    if (state)
        all.insert(login.toLower(), QJsonObject{{FailuresKey, state->failures}, {LockedUntilKey, state->lockedUntil}});
    else
        all.remove(login.toLower());
    if (all.isEmpty()) {
        QFile::remove(path);
        return;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

LoginFailures::State LoginFailures::read(const CountyDatabase &db, const Account &account)
{
    if (std::optional<State> side = sideState(db, account.login))
        return *side;
    SqliteReader s(
        db.handle(), QStringLiteral("SELECT failed_logins, coalesce(locked_until, '') FROM app_user WHERE id = ?"));
    s.bind(1, account.id);
    if (!s.step())
        return {};
    return State{int(s.integer(0)), s.text(1)};
}

bool LoginFailures::waiting(const CountyDatabase &db, const Account &account)
{
    return sideState(db, account.login).has_value();
}

void LoginFailures::forget(const CountyDatabase &db, const QString &login)
{
    if (QFileInfo::exists(sideFile(db)))
        setSideState(db, login, std::nullopt);
}

bool LoginFailures::writeCounty(CountyDatabase &db, const Account &account, const State &state,
    const std::optional<State> &waiting, bool stampLogin)
{
    // An in-memory county (the tests) has no file to open twice.
    if (db.path().isEmpty())
        return update(db.sql(), account, state, waiting, stampLogin);
    const QFileInfo file(db.path());
    if (!file.exists() || !file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())
        return false;
    // A connection of its own: the county's may be a reading one, which writes nothing, and this
    // one waits only a moment for another program's write.
    static std::atomic<int> connections{0};
    const QString name = QStringLiteral("fupin-signin-%1").arg(++connections);
    bool written = false;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(file.absoluteFilePath());
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(WriteWaitMs));
        if (connection.open()) {
            QSqlQuery(connection).exec(QStringLiteral("PRAGMA synchronous = FULL"));
            written = update(connection, account, state, waiting, stampLogin);
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return written;
}

void LoginFailures::write(CountyDatabase &db, const Account &account, const State &state, bool stampLogin)
{
    const std::optional<State> waiting = sideState(db, account.login);
    if (writeCounty(db, account, state, waiting, stampLogin)) {
        if (waiting)
            setSideState(db, account.login, std::nullopt);
        return;
    }
    // The county file is busy or cannot be written: the record waits beside it.
    setSideState(db, account.login, state);
}
