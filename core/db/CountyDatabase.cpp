// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/CountyDatabase.h"

#include "common/DiskSync.h"

#include "db/CountyAreas.h"
#include "db/RecordStamp.h"
#include "db/SchemaCheck.h"
#include "db/SqliteError.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <map>

namespace {

// PRAGMA application_id of a Fupin file: "FUPI".
constexpr int FupinApplicationId = 0x46555049;
// The last level whose upgrade rewrites the records in a smaller form (12: uuids and times, 15: the
// phrase table, 16: creation times only where they differ), after which the file is compacted.
constexpr int CompactedLevel = 23;

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

void removeStaleUpgradeBackups(QSqlDatabase &db, const QString &path)
{
    // writeBackup's partial files, left only when a program was killed while it wrote one. Only
    // under the write lock: no other program's upgrade is writing its partial file meanwhile.
    const QFileInfo file(path);
    const QString prefix = file.fileName() + QStringLiteral(".level");
    QStringList stale;
    for (const QString &name : file.absoluteDir().entryList({QStringLiteral("*.bak.partial")}, QDir::Files)) {
        if (name.startsWith(prefix))
            stale << file.absoluteDir().filePath(name);
    }
    if (stale.isEmpty())
        return;
    Transaction hold(db);
    if (!hold.isActive())
        return; // busy: the next open removes them
    for (const QString &partial : std::as_const(stale))
        QFile::remove(partial);
}
} // namespace

CountyDatabase::CountyDatabase() : m_account(CountyAreas::nobody())
{ }

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

QString CountyDatabase::shownPath() const
{
    return m_path.isEmpty() ? SqliteError::fileOf(nullptr) : QDir::toNativeSeparators(m_path);
}

Result<std::unique_ptr<CountyDatabase>> CountyDatabase::open(const QString &path, OpenMode mode)
{
    using R = Result<std::unique_ptr<CountyDatabase>>;
    const bool readOnly = mode == OpenMode::ReadOnly || mode == OpenMode::Inspect;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const bool exists = info.exists();
    if (exists && info.isDir())
        return R::failure(tr("%1 is a folder, not a county file.").arg(shown));
    if (!exists && mode != OpenMode::CreateIfMissing)
        return R::failure(tr("The county file %1 does not exist.").arg(shown));
    // A reading command must not turn an empty file into a county.
    if (exists && mode != OpenMode::CreateIfMissing && info.size() == 0)
        return R::failure(tr("%1 is empty: it holds no county. Nothing was changed. Create a county in it with "
                             "\"fupin-cli init\" or in Fupin.")
                              .arg(shown));

    if (exists && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(tr("Cannot read %1: %2").arg(shown, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return R::failure(tr("%1 is not a Fupin county file: it is not an SQLite database.").arg(shown));
    }

    if (!readOnly) {
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
    }

    std::unique_ptr<CountyDatabase> db(new CountyDatabase);
    db->m_path = info.absoluteFilePath();
    db->m_readOnly = readOnly;
    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    // The wait for another program's write is set before the first statement touches the file.
    // A reading connection is not opened read-only: on a WAL file that would leave its -wal and
    // -shm files behind, which only a connection that may write removes on close. query_only
    // (configure) keeps it from writing.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteError::BusyTimeoutMs);
    // A file this user cannot write (another user's, or marked read-only) is read as it is: SQLite
    // would otherwise create its -wal and -shm files beside it, which only a connection that may
    // write removes. When they are there already (the file is open elsewhere), they are used.
    // A folder this user cannot write (a write-protected USB stick or share) is the same: SQLite
    // could not create them there, and the file would not open at all.
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (readOnly && exists && (!info.isWritable() || !folderWritable)
        && !QFileInfo::exists(db->m_path + QStringLiteral("-wal"))
        && !QFileInfo::exists(db->m_path + QStringLiteral("-shm"))) {
        db->m_db.setDatabaseName(
            QUrl::fromLocalFile(db->m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    }
    db->m_db.setConnectOptions(options);
    if (!db->m_db.open())
        return R::failure(SqliteError::describe(db->m_db.lastError(), shown));
    sqlite3_busy_timeout(db->handle(), SqliteError::BusyTimeoutMs);

    QSqlError error;
    const auto read = [&](const QString &sql) {
        QSqlQuery q(db->m_db);
        if (!error.isValid() && q.exec(sql) && q.next())
            return q.value(0);
        if (!error.isValid())
            error = q.lastError();
        return QVariant();
    };
    const int tables = read(QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
    const int appId = read(QStringLiteral("PRAGMA application_id")).toInt();
    const int level = read(QStringLiteral("PRAGMA user_version")).toInt();
    if (error.isValid())
        return R::failure(SqliteError::describe(error, shown));
    if (tables > 0 && appId != FupinApplicationId)
        return R::failure(tr("%1 is an SQLite database of another program, not a Fupin county file.").arg(shown));
    if (level > latestSchemaLevel())
        return R::failure(tr("%1 was written by a newer version of Fupin (database level %2; this version "
                             "reads up to level %3). Please update Fupin. The file was left untouched.")
                              .arg(shown)
                              .arg(level)
                              .arg(latestSchemaLevel()));
    if (readOnly && tables == 0)
        return R::failure(tr("%1 holds no county. Nothing was changed. Create a county in it with \"fupin-cli "
                             "init\" or in Fupin.")
                              .arg(shown));
    if (mode == OpenMode::ReadOnly && level < latestSchemaLevel())
        return R::failure(tr("%1 is at database level %2 and must be upgraded to level %3 before it can be read. "
                             "Nothing was changed. Upgrade it (a backup is written first) with: fupin-cli upgrade "
                             "--db %1 , or by opening it in Fupin.")
                              .arg(shown)
                              .arg(level)
                              .arg(latestSchemaLevel()));

    if (Status s = db->configure(); !s)
        return R::failure(s.error());
    if (!readOnly) {
        removeStaleUpgradeBackups(db->m_db, db->m_path);
        if (Status s = db->migrate(); !s)
            return R::failure(s.error());
        // Best effort: a busy file is brought up to date by the next search instead.
        db->updateSearchIndex();
    }
    if (mode != OpenMode::Inspect)
        CountyAreas::opened(*db);
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

// fupin_uuid_bytes('016f5e67-...') = the uuid's 16 bytes; anything else comes back as it was. Level 12
// stores uuids so (RecordStamp).
void uuidBytesFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_TEXT) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
        const QByteArray bytes = RecordStamp::uuidBytes(text, sqlite3_value_bytes(argv[0]));
        if (!bytes.isEmpty()) {
            sqlite3_result_blob(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            return;
        }
    }
    sqlite3_result_value(context, argv[0]);
}

// fupin_unix_time('2024-05-06T10:11:12') = its seconds since 1970 UTC, read as local time; anything
// else comes back as it was. Level 12 stores times so (RecordStamp).
void unixTimeFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_TEXT) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
        if (const std::optional<qint64> seconds = RecordStamp::fromTimeText(text, sqlite3_value_bytes(argv[0]))) {
            sqlite3_result_int64(context, *seconds);
            return;
        }
    }
    sqlite3_result_value(context, argv[0]);
}

// fupin_phrase('...') = the id of that text in the phrase table (level 15), added when new; NULL for
// NULL or ''. The record machinery binds a phrase field through it (RecordStore::valueMark). Found by
// the phrase_start index on the text's length and first characters, then compared whole.
void phraseFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const int type = sqlite3_value_type(argv[0]);
    if (type == SQLITE_INTEGER) { // already an id
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    if (type == SQLITE_NULL || !text || bytes == 0) {
        sqlite3_result_null(context);
        return;
    }
    sqlite3 *db = sqlite3_context_db_handle(context);
    const auto run = [&](const char *sql, sqlite3_int64 *id) {
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_text(stmt, 1, text, bytes, SQLITE_STATIC);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(stmt);
            if (rc == SQLITE_ROW)
                *id = sqlite3_column_int64(stmt, 0);
        }
        sqlite3_finalize(stmt);
        return rc;
    };
    sqlite3_int64 id = 0;
    int rc = run("SELECT id FROM phrase WHERE length(text) = length(?1) AND substr(text, 1, 8) = substr(?1, 1, 8) "
                 "AND text = ?1",
        &id);
    if (rc == SQLITE_DONE) {
        rc = run("INSERT INTO phrase (text) VALUES (?1)", &id);
        id = sqlite3_last_insert_rowid(db);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    sqlite3_result_int64(context, id);
}

} // namespace

Status CountyDatabase::configure()
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    if (const int rc = sqlite3_create_function_v2(
            handle(), "fupin_chars", 1, flags, nullptr, charsFunction, nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return Status::failure(SqliteError::describe(rc, shownPath()));
    if (const int rc = sqlite3_create_function_v2(
            handle(), "fupin_reverse", 1, flags, nullptr, reverseFunction, nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return Status::failure(SqliteError::describe(rc, shownPath()));
    // Only the upgrade to level 12 calls these.
    if (const int rc = sqlite3_create_function_v2(
            handle(), "fupin_uuid_bytes", 1, flags, nullptr, uuidBytesFunction, nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return Status::failure(SqliteError::describe(rc, shownPath()));
    if (const int rc = sqlite3_create_function_v2(
            handle(), "fupin_unix_time", 1, flags, nullptr, unixTimeFunction, nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return Status::failure(SqliteError::describe(rc, shownPath()));
    // Adds to the phrase table: neither deterministic nor for schema, views or triggers.
    if (const int rc = sqlite3_create_function_v2(handle(), "fupin_phrase", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr,
            phraseFunction, nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return Status::failure(SqliteError::describe(rc, shownPath()));

    // busy_timeout comes first (and again here for the in-memory database): switching to WAL
    // needs a lock that another program's write may hold. WAL keeps readers and the writer
    // apart; FULL makes a committed change survive power loss. A reading connection changes
    // nothing in the file, not even its journal mode.
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = %1").arg(SqliteError::BusyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON")};
    if (m_readOnly)
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    else
        pragmas << QStringLiteral("PRAGMA synchronous = FULL");
    QSqlQuery q(m_db);
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return Status::failure(SqliteError::describe(q.lastError(), shownPath()));
    }
    if (m_readOnly)
        return {};
    // Switching a file in a rollback journal to WAL while another program writes to it fails at
    // once, without SQLite's own wait (it would deadlock), so the wait is here.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            break;
        q.finish();
        if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            break;
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || waited.elapsed() > SqliteError::BusyTimeoutMs)
            return Status::failure(SqliteError::describe(q.lastError(), shownPath()));
        QThread::msleep(50);
    }
    return {};
}

namespace { } // namespace

Status CountyDatabase::writeBackup(int level)
{
    // Unique to the millisecond, and checked: the write lock is held, so no other Fupin backs up
    // the same file meanwhile.
    const QString stem = m_path
        + QStringLiteral(".level%1-%2")
              .arg(level)
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    QString target = stem + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = stem + QStringLiteral("-%1.bak").arg(n);
    // Written under another name and renamed when complete, so a kill or a full disk never
    // leaves a partial file that looks like a backup.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);

    const auto failed = [&](const QString &why) {
        QFile::remove(partial);
        return Status::failure(
            tr("Could not back up the county file before upgrading it, so it was not upgraded: %1").arg(why));
    };
    // A second connection reads the file while this one holds the write lock (and has written
    // nothing yet): VACUUM INTO cannot run inside a transaction.
    sqlite3 *reader = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(m_path).constData(), &reader, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(reader, SqliteError::BusyTimeoutMs);
        sqlite3_stmt *stmt = nullptr;
        rc = sqlite3_prepare_v2(reader, "VACUUM INTO ?", -1, &stmt, nullptr);
        if (rc == SQLITE_OK) {
            const QByteArray name = QFile::encodeName(partial);
            sqlite3_bind_text(stmt, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
            rc = sqlite3_step(stmt);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        sqlite3_finalize(stmt);
    }
    const QString why = rc == SQLITE_OK ? QString() : SqliteError::describe(reader, rc);
    sqlite3_close(reader);
    if (rc != SQLITE_OK)
        return failed(why);
    if (!DiskSync::flush(partial))
        return failed(tr("the backup could not be written to the disk."));
    if (!QFile::rename(partial, target))
        return failed(tr("the backup could not be given its name %1.").arg(QDir::toNativeSeparators(target)));
    DiskSync::flush(QFileInfo(target).absolutePath());
    m_backupPath = target;
    return {};
}

Status CountyDatabase::migrate()
{
    const int latest = latestSchemaLevel();
    if (schemaLevel() >= latest)
        return {};
    if (m_readOnly)
        return Status::failure(tr("%1 must be upgraded before it can be read; it was opened only for reading, so "
                                  "nothing was changed.")
                                   .arg(shownPath()));

    // A migration may rebuild tables (create, copy, drop, rename): foreign keys must not cascade
    // or be checked half-way. The pragma has no effect inside a transaction, so it goes around
    // it, and foreign_key_check verifies the result before the commit.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return Status::failure(SqliteError::describe(q.lastError(), shownPath()));
    const auto foreignKeysBack
        = qScopeGuard([this] { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); });

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(tr("The county file was not upgraded. %1").arg(transaction.error()));
    // Read again under the write lock: another program may have upgraded the file meanwhile.
    const int current = schemaLevel();
    if (current >= latest)
        return {};

    auto dropBackup = qScopeGuard([this] {
        if (!m_backupPath.isEmpty())
            QFile::remove(m_backupPath);
        m_backupPath.clear();
    });
    if (current > 0 && !m_path.isEmpty()) {
        if (Status s = writeBackup(current); !s)
            return s;
    }
    const auto failure = [&](int level, const QString &why) {
        return Status::failure(tr("Upgrading the county file %1 to level %2 failed, so it was left at level %3 as "
                                  "it was. %4")
                                   .arg(shownPath())
                                   .arg(level)
                                   .arg(current)
                                   .arg(why));
    };
    for (const auto &[level, file] : migrationFiles()) {
        if (level <= current)
            continue;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly))
            return Status::failure(tr("Missing schema file %1.").arg(file));
        char *message = nullptr;
        const int rc = sqlite3_exec(handle(), script.readAll().constData(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            const QString detail = QString::fromUtf8(message);
            sqlite3_free(message);
            return failure(level, SqliteError::describe(sqlite3_extended_errcode(handle()), shownPath(), detail));
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return failure(latest, SqliteError::describe(q.lastError(), shownPath()));
    if (q.next()) {
        const QString table = q.value(0).toString();
        const QString parent = q.value(2).toString();
        int rows = 1;
        while (q.next())
            ++rows;
        return failure(latest,
            tr("%n record(s) would point to records that do not exist (the first in table %1, pointing to %2).",
                nullptr, rows)
                .arg(table, parent));
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest))
        || !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(FupinApplicationId)))
        return failure(latest, SqliteError::describe(q.lastError(), shownPath()));
    if (Status s = transaction.commit(); !s)
        return failure(latest, s.error());
    m_upgradedFrom = current;
    dropBackup.dismiss();
    // Levels 12, 15 and 23 rewrote records smaller (16-byte uuids, integer times, fewer indexes, phrases): the file
    // shrinks only when it is written anew. Best effort: the upgrade is committed and the backup
    // kept either way, and a file that could not be compacted now works as it is.
    if (current > 0 && current < CompactedLevel && latest >= CompactedLevel) {
        if (q.exec(QStringLiteral("VACUUM")))
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return {};
}

Status CountyDatabase::updateSearchIndex()
{
    if (m_readOnly)
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM member_search_queue)")) || !q.next())
        return Status::failure(SqliteError::describe(q.lastError(), shownPath()));
    if (!q.value(0).toBool())
        return {};
    q.finish();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    // Both entries of a moved member (old and new household) are queued; each entry in the index is
    // removed with the characters it was made from (the search keeps no copy of them, level 23), and
    // members that still exist are indexed again once.
    const QStringList steps{
        QStringLiteral("INSERT INTO member_search (member_search, rowid, chars, rid) "
                       "SELECT 'delete', search_rowid, fupin_chars(indexed_name), fupin_reverse(indexed_id_number) "
                       "FROM member_search_queue WHERE indexed_name IS NOT NULL"),
        QStringLiteral("INSERT INTO member_search (rowid, chars, rid) "
                       "SELECT (household_id << 24) | (id & 16777215), fupin_chars(name), fupin_reverse(id_number) "
                       "FROM member WHERE id IN (SELECT member_id FROM member_search_queue)"),
        QStringLiteral("DELETE FROM member_search_queue")};
    for (const QString &sql : steps) {
        if (!q.exec(sql))
            return Status::failure(SqliteError::describe(q.lastError(), shownPath()));
    }
    return transaction.commit();
}

Result<QStringList> CountyDatabase::checkIntegrity() const
{
    using R = Result<QStringList>;
    QStringList problems;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return R::failure(SqliteError::describe(q.lastError(), shownPath()));
    int damaged = 0;
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            ++damaged;
    }
    if (q.lastError().isValid())
        return R::failure(SqliteError::describe(q.lastError(), shownPath()));
    if (damaged > 0)
        problems << tr("The structure of the file is damaged in %n place(s) (pages or indexes that do not agree). "
                       "Restore the latest backup, or copy the file and ask your IT support to repair it.",
            nullptr, damaged);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return R::failure(SqliteError::describe(q.lastError(), shownPath()));
    std::map<std::pair<QString, QString>, int> broken;
    while (q.next())
        ++broken[{q.value(0).toString(), q.value(2).toString()}];
    for (const auto &[tables, count] : broken)
        problems << tr("%n record(s) in table %1 point to records of table %2 that do not exist.", nullptr, count)
                        .arg(tables.first, tables.second);

    // The schema the migrations create at the file's level, in memory, against the file's own.
    const int level = schemaLevel();
    if (level <= 0 || level > latestSchemaLevel())
        return problems;
    std::unique_ptr<CountyDatabase> expected(new CountyDatabase);
    expected->m_connectionName = nextConnectionName();
    expected->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), expected->m_connectionName);
    expected->m_db.setDatabaseName(QStringLiteral(":memory:"));
    if (!expected->m_db.open() || !expected->configure()
        || sqlite3_exec(expected->handle(), "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr) != SQLITE_OK)
        return R::failure(tr("The county schema could not be built to compare the file with it."));
    for (const auto &[fileLevel, file] : migrationFiles()) {
        if (fileLevel > level)
            break;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly)
            || sqlite3_exec(expected->handle(), script.readAll().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return R::failure(tr("The county schema could not be built to compare the file with it."));
    }
    const Result<QStringList> differences = SchemaCheck::differences(handle(), expected->handle());
    if (!differences)
        return R::failure(differences.error());
    problems << differences.value();
    return problems;
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

Status CountyDatabase::checkCountyCode(const QString &countyCode)
{
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    if (!sixDigits.match(countyCode).hasMatch())
        return Status::failure(
            tr("The county code must be 6 digits, like 522633; got \"%1\".").arg(countyCode.left(20)));
    // The same region check as resident ID numbers: a number made with this region is valid
    // only if the region is in China.
    if (!CountyAreas::isRegionCode(countyCode))
        return Status::failure(
            tr("The county code %1 is not a Chinese region code (the first two digits name a province).")
                .arg(countyCode));
    if (countyCode.endsWith(QLatin1String("00")))
        return Status::failure(
            tr("The code %1 names a province or prefecture, not a county; a county code does not end in 00.")
                .arg(countyCode));
    return {};
}

Result<QString> CountyDatabase::checkCountyName(const QString &countyName)
{
    using R = Result<QString>;
    const auto invisible = [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Format || c.category() == QChar::Other_Control;
    };
    qsizetype first = 0;
    qsizetype last = countyName.size();
    while (first < last && invisible(countyName.at(first)))
        ++first;
    while (last > first && invisible(countyName.at(last - 1)))
        --last;
    const QString name = countyName.mid(first, last - first);
    if (name.isEmpty())
        return R::failure(tr("The county name is empty (or made only of spaces and invisible characters)."));
    for (const QChar c : name) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_NotAssigned
            || category == QChar::Other_PrivateUse || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || (c.isSpace() && c != u' ' && c != QChar(0x3000)))
            return R::failure(tr("The county name contains control or invisible characters (U+%1); type it again "
                                 "without them.")
                                  .arg(QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper()));
    }
    const qsizetype length = name.toUcs4().size();
    if (length > MaxCountyNameLength)
        return R::failure(
            tr("The county name is too long: %1 characters, at most %2.").arg(length).arg(MaxCountyNameLength));
    return name;
}

Status CountyDatabase::initialize(const QString &countyCode, const QString &countyName)
{
    return CountyAreas::setUp(*this, countyCode, countyName, nullptr);
}

Status CountyDatabase::initialize(const QString &countyCode, const QString &countyName, const NewAccount &administrator)
{
    return CountyAreas::setUp(*this, countyCode, countyName, &administrator);
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
    if (!m_active)
        m_error = SqliteError::describe(q.lastError(), m_db.databaseName());
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
        return Status::failure(SqliteError::describe(q.lastError(), m_db.databaseName()));
    m_active = false;
    return {};
}
