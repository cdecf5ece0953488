// SPDX-License-Identifier: GPL-3.0-or-later
// Wrong passwords count on every open of a county file, a reading one too, even while another
// program holds the write lock; a deactivated login is told apart only with its password.
#include "TestCounty.h"

#include "accounts/Accounts.h"
#include "accounts/SignIn.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <optional>

namespace {

const QString Right = QStringLiteral("secret-1");
const QString Wrong = QStringLiteral("wrong-one");

// A county file with the administrator "admin" and the village account "li".
QString countyWithAccount(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("county.fupin"));
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
    REQUIRE(db);
    REQUIRE(db.value()->initialize(QStringLiteral("522633"), QStringLiteral("从江县"),
        {QStringLiteral("admin"), {}, {}, Role::Administrator, {}, QStringLiteral("admin-secret")}));
    const Result<qint64> added
        = Accounts(*db.value()).add({QStringLiteral("li"), QStringLiteral("李"), {}, Role::Auditor, {}, Right});
    INFO(added.error().toStdString());
    REQUIRE(added);
    return path;
}

// Another program (sqlite3, a second Fupin) in the middle of a write: it holds the write lock.
class OtherWriter
{
public:
    explicit OtherWriter(const QString &path)
    {
        REQUIRE(
            sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_exec(m_db, "BEGIN IMMEDIATE; UPDATE county_info SET value = value", nullptr, nullptr, nullptr)
            == SQLITE_OK);
    }
    ~OtherWriter()
    {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
    }
    OtherWriter(const OtherWriter &) = delete;
    OtherWriter &operator=(const OtherWriter &) = delete;

private:
    sqlite3 *m_db = nullptr;
};

// One value read by a test-only connection of its own, as another SQLite tool would.
QString rawValue(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
    const QString value = QString::fromUtf8(text ? text : "");
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

// Every file in the folder with its content: what a reading sign-in must leave as it was.
QMap<QString, QByteArray> folderContent(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile f(info.filePath());
        REQUIRE(f.open(QIODevice::ReadOnly));
        files.insert(info.fileName(), f.readAll());
    }
    return files;
}

Result<Account> signInReading(const QString &path, const QString &password)
{
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ReadOnly);
    REQUIRE(db);
    return SignIn::signIn(*db.value(), QStringLiteral("li"), password, SignIn::Kind::Command);
}

} // namespace

TEST_CASE("Six wrong passwords on reading opens lock the login, even while another program writes", "[accounts]")
{
    QTemporaryDir dir;
    const QString path = countyWithAccount(dir);
    const bool busy = GENERATE(false, true);
    INFO((busy ? "another program holds the write lock" : "the file is free"));
    std::optional<OtherWriter> writer;
    if (busy)
        writer.emplace(path);

    for (int i = 1; i < SignIn::MaxFailures; ++i) {
        const Result<Account> r = signInReading(path, Wrong);
        REQUIRE_FALSE(r);
        CHECK(r.error().contains(QStringLiteral("login or the password is wrong")));
    }
    const Result<Account> locked = signInReading(path, Wrong);
    REQUIRE_FALSE(locked);
    CHECK(locked.error().contains(QStringLiteral("locked for 5 minutes")));
    const Result<Account> sixth = signInReading(path, Wrong);
    REQUIRE_FALSE(sixth);
    CHECK(sixth.error().contains(QStringLiteral("locked until")));
    // The right password no longer opens it, whatever the command.
    const Result<Account> right = signInReading(path, Right);
    REQUIRE_FALSE(right);
    CHECK(right.error().contains(QStringLiteral("locked until")));
    {
        auto writable = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
        if (!busy) {
            REQUIRE(writable);
            const Result<Account> session = SignIn::signIn(*writable.value(), QStringLiteral("li"), Right);
            REQUIRE_FALSE(session);
            CHECK(session.error().contains(QStringLiteral("locked until")));
        }
    }

    // Once the county file can be written, it holds the lock, and the lock is in the audit trail.
    writer.reset();
    CHECK_FALSE(signInReading(path, Right));
    CHECK_FALSE(rawValue(path, "SELECT coalesce(locked_until, '') FROM app_user WHERE login = 'li'").isEmpty());
    CHECK(rawValue(path,
              "SELECT count(*) FROM audit_log WHERE table_name = 'app_user' AND record_uuid = 'li' "
              "AND field = 'locked_until'")
        == QStringLiteral("1"));
    // Nothing else is left beside the county file.
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".signin")));
    // Other logins are not locked.
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ReadOnly);
    REQUIRE(db);
    CHECK(SignIn::signIn(*db.value(), QStringLiteral("admin"), QStringLiteral("admin-secret"), SignIn::Kind::Command));
}

TEST_CASE("Wrong passwords in a row are counted by reading opens and cleared by the right one", "[accounts]")
{
    QTemporaryDir dir;
    const QString path = countyWithAccount(dir);
    for (int i = 1; i < SignIn::MaxFailures; ++i)
        REQUIRE_FALSE(signInReading(path, Wrong));
    CHECK(rawValue(path, "SELECT failed_logins FROM app_user WHERE login = 'li'") == QStringLiteral("4"));
    REQUIRE(signInReading(path, Right));
    CHECK(rawValue(path, "SELECT failed_logins FROM app_user WHERE login = 'li'") == QStringLiteral("0"));
    // So four more wrong ones do not lock it: the count is of wrong passwords in a row.
    for (int i = 1; i < SignIn::MaxFailures; ++i)
        REQUIRE_FALSE(signInReading(path, Wrong));
    CHECK(signInReading(path, Right));
    // With nothing to clear, a reading sign-in leaves the folder byte for byte as it was.
    const QMap<QString, QByteArray> before = folderContent(dir.path());
    CHECK(signInReading(path, Right));
    CHECK(folderContent(dir.path()) == before);
}

TEST_CASE("A deactivated login answers a wrong password as a wrong password", "[accounts]")
{
    TestCounty c;
    c.actAs(QStringLiteral("li"));
    REQUIRE(SignIn::signIn(*c.db, QStringLiteral("admin"), QString()));
    REQUIRE(Accounts(*c.db).setActive(QStringLiteral("li"), false));
    const Result<Account> wrong = SignIn::signIn(*c.db, QStringLiteral("li"), Wrong);
    REQUIRE_FALSE(wrong);
    // Exactly what an unknown login gets: the account's state is not learned without its password.
    CHECK(wrong.error() == SignIn::signIn(*c.db, QStringLiteral("nobody"), Wrong).error());
    CHECK_FALSE(wrong.error().contains(QStringLiteral("deactivated")));
    const Result<Account> right = SignIn::signIn(*c.db, QStringLiteral("li"), Right);
    REQUIRE_FALSE(right);
    CHECK(right.error().contains(QStringLiteral("deactivated")));
}
