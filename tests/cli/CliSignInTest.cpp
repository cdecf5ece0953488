// SPDX-License-Identifier: GPL-3.0-or-later
// Wrong passwords lock a login whatever command was used: a reading one too, and while another
// program holds the county file's write lock; a deactivated login needs its password to say so.
#include "CliRun.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <optional>

namespace {
const QString Demo = QStringLiteral("FUPIN_PASSWORD=fupin-demo");
const QString Wrong = QStringLiteral("FUPIN_PASSWORD=wrong-one");

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

// One value, read as another SQLite tool would (a test-only connection of its own).
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

Run divisions(const QString &db, const QString &login, const QString &password)
{
    return cli({QStringLiteral("divisions"), QStringLiteral("--db"), db, QStringLiteral("--user"), login}, {password});
}
} // namespace

TEST_CASE("fupin-cli: six wrong passwords on the reading command divisions lock the login, and the lock is audited")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    makeDemoCounty(db, 20, 3);
    const bool busy = GENERATE(false, true);
    INFO((busy ? "another program holds the write lock" : "the file is free"));
    std::optional<OtherWriter> writer;
    if (busy)
        writer.emplace(db);

    for (int i = 1; i <= 4; ++i) {
        const Run run = divisions(db, QStringLiteral("village"), Wrong);
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("login or the password is wrong")));
    }
    Run run = divisions(db, QStringLiteral("village"), Wrong);
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("locked for 5 minutes")));
    run = divisions(db, QStringLiteral("village"), Wrong);
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("locked until")));
    // Now the right password is refused too, with the lock's words.
    run = divisions(db, QStringLiteral("village"), Demo);
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("locked until")));
    CHECK(run.out.isEmpty());
    // Another login is not locked.
    CHECK(divisions(db, QStringLiteral("auditor"), Demo).status == 0);

    writer.reset();
    run = divisions(db, QStringLiteral("village"), Demo);
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("locked until")));
    CHECK_FALSE(rawValue(db, "SELECT coalesce(locked_until, '') FROM app_user WHERE login = 'village'").isEmpty());
    CHECK(rawValue(db,
              "SELECT count(*) FROM audit_log WHERE table_name = 'app_user' AND record_uuid = 'village' "
              "AND field = 'locked_until'")
        == QStringLiteral("1"));
    CHECK_FALSE(QFile::exists(db + QStringLiteral(".signin")));
}

TEST_CASE("fupin-cli: a deactivated login with a wrong password is told the password is wrong")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    makeDemoCounty(db, 20, 3);
    REQUIRE(cli({QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("--db"), db,
                    QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--login"),
                    QStringLiteral("village")},
                {Demo})
                .status
        == 0);
    Run run = divisions(db, QStringLiteral("village"), Wrong);
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("login or the password is wrong")));
    CHECK_FALSE(run.err.contains(QStringLiteral("deactivated")));
    run = divisions(db, QStringLiteral("village"), Demo);
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("deactivated")));
}
