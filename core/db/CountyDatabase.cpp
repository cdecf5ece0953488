// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/CountyDatabase.h"

#include "county/CodeLists.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <map>

namespace {

// PRAGMA application_id of a Fupin file: "FUPI".
constexpr int FupinApplicationId = 0x46555049;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("fupin-%1").arg(++counter);
}

// Migration scripts by level, from the embedded resources/schema/NNN_name.sql.
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_.*\\.sql$"));
    for (const QString &name : QDir(QStringLiteral(":/schema")).entryList(QDir::Files)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files[match.captured(1).toInt()] = QStringLiteral(":/schema/") + name;
    }
    return files;
}

QVariant pragma(QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next()) {
        *error = q.lastError().text();
        return {};
    }
    return q.value(0);
}

} // namespace

CountyDatabase::~CountyDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int CountyDatabase::latestSchemaLevel()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

QString CountyDatabase::busyMessage()
{
    return tr("The county file is busy; another program or window is saving. Try again.");
}

QString CountyDatabase::nowIso()
{
    return QDateTime::currentDateTime().toString(Qt::ISODate);
}

sqlite3 *CountyDatabase::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

int CountyDatabase::schemaLevel() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

Result<std::unique_ptr<CountyDatabase>> CountyDatabase::open(const QString &path, OpenMode mode)
{
    using R = Result<std::unique_ptr<CountyDatabase>>;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const bool exists = info.exists();
    if (exists && info.isDir())
        return R::failure(tr("%1 is a folder, not a county file.").arg(shown));
    if (!exists && mode == OpenMode::ExistingOnly)
        return R::failure(tr("The county file %1 does not exist.").arg(shown));

    if (exists && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(tr("Cannot read %1: %2").arg(shown, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return R::failure(tr("%1 is not a Fupin county file: it is not an SQLite database.").arg(shown));
    }

    const QString folder = info.absolutePath();
    if (!exists && !QDir().mkpath(folder))
        return R::failure(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    // SQLite needs to write its journal beside the file, so a read-only folder is as bad as a
    // read-only file; say so before touching anything.
    if (!QFileInfo(folder).isWritable())
        return R::failure(tr("The folder %1 is read-only. Copy the county file to a folder you can write to.")
                              .arg(QDir::toNativeSeparators(folder)));
    if (exists && !info.isWritable())
        return R::failure(tr("The county file %1 is read-only.").arg(shown));

    std::unique_ptr<CountyDatabase> db(new CountyDatabase);
    db->m_path = info.absoluteFilePath();
    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    if (!db->m_db.open())
        return R::failure(tr("Cannot open %1: %2").arg(shown, db->m_db.lastError().text()));

    QString error;
    const QVariant tables = [&] {
        QSqlQuery q(db->m_db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next()) {
            error = q.lastError().text();
            return QVariant();
        }
        return q.value(0);
    }();
    const QVariant appId = error.isEmpty() ? pragma(db->m_db, QStringLiteral("application_id"), &error) : QVariant();
    const QVariant level = error.isEmpty() ? pragma(db->m_db, QStringLiteral("user_version"), &error) : QVariant();
    if (!error.isEmpty())
        return R::failure(tr("%1 is damaged or not a database (%2). It was left untouched.").arg(shown, error));
    if (tables.toInt() > 0 && appId.toInt() != FupinApplicationId)
        return R::failure(tr("%1 is an SQLite database of another program, not a Fupin county file.").arg(shown));
    if (level.toInt() > latestSchemaLevel())
        return R::failure(tr("%1 was written by a newer version of Fupin (database level %2; this version "
                             "reads up to level %3). Please update Fupin. The file was left untouched.")
                              .arg(shown)
                              .arg(level.toInt())
                              .arg(latestSchemaLevel()));

    if (Status s = db->configure(); !s)
        return R::failure(tr("Cannot prepare %1: %2").arg(shown, s.error()));
    if (Status s = db->migrate(); !s)
        return R::failure(s.error());
    return R(std::move(db));
}

std::unique_ptr<CountyDatabase> CountyDatabase::openInMemory()
{
    std::unique_ptr<CountyDatabase> db(new CountyDatabase);
    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db->m_db.open() || !db->configure() || !db->migrate())
        qFatal("cannot create an in-memory county database");
    return db;
}

namespace {

// fupin_chars('张三') = '张 三': one search token per character (see schema 002).
void charsFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QString name = QString::fromUtf8(text ? text : "");
    QString spaced;
    spaced.reserve(name.size() * 2);
    for (const QChar c : name) {
        if (c.isSpace())
            continue;
        if (!spaced.isEmpty() && !c.isLowSurrogate())
            spaced += u' ';
        spaced += c;
    }
    const QByteArray utf8 = spaced.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// fupin_reverse('...002X') = 'X200...': the last digits of an ID become a prefix.
void reverseFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    QByteArray bytes(text ? text : "");
    std::reverse(bytes.begin(), bytes.end()); // IDs are ASCII
    sqlite3_result_text(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

} // namespace

Status CountyDatabase::configure()
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    if (sqlite3_create_function_v2(handle(), "fupin_chars", 1, flags, nullptr, charsFunction, nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(
               handle(), "fupin_reverse", 1, flags, nullptr, reverseFunction, nullptr, nullptr, nullptr)
            != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(handle())));

    // WAL keeps readers and the writer apart; FULL makes a committed change survive power loss.
    const QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA busy_timeout = 5000")};
    QSqlQuery q(m_db);
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return Status::failure(q.lastError().text());
    }
    return {};
}

Status CountyDatabase::migrate()
{
    const int current = schemaLevel();
    const int latest = latestSchemaLevel();
    if (current >= latest)
        return {};

    if (current > 0 && !m_path.isEmpty()) {
        m_backupPath = m_path
            + QStringLiteral(".level%1-%2.bak")
                  .arg(current)
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(m_backupPath);
        if (!q.exec())
            return Status::failure(tr("Could not back up the county file before upgrading it, so it was not "
                                      "upgraded: %1")
                                       .arg(q.lastError().text()));
    }

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(tr("The county file is busy (another program is writing to it), so it was not "
                                  "upgraded. Close the other program and try again."));
    for (const auto &[level, file] : migrationFiles()) {
        if (level <= current)
            continue;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly))
            return Status::failure(tr("Missing schema file %1.").arg(file));
        char *message = nullptr;
        if (sqlite3_exec(handle(), script.readAll().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString reason = QString::fromUtf8(message);
            sqlite3_free(message);
            return Status::failure(tr("Upgrading the county file to level %1 failed: %2").arg(level).arg(reason));
        }
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest))
        || !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(FupinApplicationId)))
        return Status::failure(q.lastError().text());
    return transaction.commit();
}

bool CountyDatabase::isInitialized() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM division WHERE level = 1")) && q.next();
}

QString CountyDatabase::countyName() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT name FROM division WHERE level = 1")) && q.next() ? q.value(0).toString()
                                                                                           : QString();
}

QString CountyDatabase::countyCode() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT code FROM division WHERE level = 1")) && q.next() ? q.value(0).toString()
                                                                                           : QString();
}

Status CountyDatabase::initialize(const QString &countyCode, const QString &countyName)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[1-8]\\d{5}$"));
    if (!sixDigits.match(countyCode).hasMatch())
        return Status::failure(tr("The county code must be 6 digits, like 522633; got \"%1\".").arg(countyCode));
    if (countyName.trimmed().isEmpty())
        return Status::failure(tr("The county name is empty."));
    if (isInitialized())
        return Status::failure(tr("This file already holds the county %1.").arg(this->countyName()));

    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO division (uuid, parent_id, level, code, name, created_at, updated_at, "
                             "updated_by) VALUES (?, NULL, 1, ?, ?, ?, ?, ?)"));
    const QString now = nowIso();
    for (const QVariant &v : {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(countyCode),
             QVariant(countyName.trimmed()), QVariant(now), QVariant(now), QVariant(m_user)})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (Status s = CodeLists::loadDefaults(m_db); !s)
        return s;
    return transaction.commit();
}

namespace {
bool insideTransaction(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return false;
    return sqlite3_get_autocommit(*static_cast<sqlite3 *const *>(v.constData())) == 0;
}
} // namespace

Transaction::Transaction(QSqlDatabase &db) : m_db(db)
{
    static std::atomic<int> savepoints{0};
    if (insideTransaction(m_db))
        m_savepoint = QStringLiteral("fupin_sp%1").arg(++savepoints);
    QSqlQuery q(m_db);
    m_active = q.exec(
        m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + m_savepoint);
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(QCoreApplication::translate("CountyDatabase", "No transaction is open."));
    QSqlQuery q(m_db);
    if (!q.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint))
        return Status::failure(q.lastError().text());
    m_active = false;
    return {};
}
