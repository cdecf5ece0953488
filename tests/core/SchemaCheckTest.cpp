// SPDX-License-Identifier: GPL-3.0-or-later
// `fupin-cli check` and Help → 检查县数据文件 compare the file's schema with what the migrations
// create: a file that lost a table, a column, an index or a trigger is not sound.
#include "TestCounty.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

namespace {

// Copies the county to a file and runs SQL on it as the sqlite3 tool would.
QString copyAndRun(TestCounty &c, const QTemporaryDir &dir, const QStringList &statements)
{
    const QString path = dir.filePath(QStringLiteral("county.fupin"));
    QFile::remove(path);
    c.exec(QStringLiteral("VACUUM INTO ?"), {path});
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    for (const QString &sql : statements) {
        INFO(sql.toStdString());
        CHECK(sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    sqlite3_close(db);
    return path;
}

QStringList problemsOf(const QString &path)
{
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::Inspect);
    INFO((db ? QString() : db.error()).toStdString());
    REQUIRE(db);
    const Result<QStringList> problems = db.value()->checkIntegrity();
    INFO(problems.error().toStdString());
    REQUIRE(problems.ok());
    return problems.value();
}

} // namespace

TEST_CASE("the check finds tables, columns, indexes and triggers that are missing or changed")
{
    TestCounty c;
    QTemporaryDir dir;
    CHECK(problemsOf(copyAndRun(c, dir, {})) == QStringList());

    const QStringList dropped = problemsOf(copyAndRun(c, dir,
        {QStringLiteral("DROP TABLE visit"), QStringLiteral("DROP TABLE fund_receipt"),
            QStringLiteral("DROP TABLE app_user")}));
    INFO(dropped.join(u'\n').toStdString());
    CHECK(dropped.contains(QStringLiteral("Table visit is missing.")));
    CHECK(dropped.contains(QStringLiteral("Table fund_receipt is missing.")));
    CHECK(dropped.contains(QStringLiteral("Table app_user is missing.")));
    // A dropped table's own indexes and triggers are not listed once more.
    CHECK_FALSE(dropped.join(u' ').contains(QStringLiteral("fund_receipt_no_update")));

    const QStringList changed = problemsOf(copyAndRun(c, dir,
        {QStringLiteral("DROP TRIGGER fund_allocation_within_received"), QStringLiteral("DROP INDEX microloan_due"),
            QStringLiteral("DROP TRIGGER loan_event_no_delete"),
            QStringLiteral(
                "CREATE TRIGGER loan_event_no_delete BEFORE DELETE ON loan_event WHEN 0 BEGIN SELECT 1; END"),
            QStringLiteral("ALTER TABLE household_benefit DROP COLUMN note"),
            QStringLiteral("ALTER TABLE microloan ADD COLUMN secret TEXT"),
            QStringLiteral("CREATE TABLE scratch (x)")}));
    INFO(changed.join(u'\n').toStdString());
    CHECK(changed.contains(QStringLiteral("Trigger fund_allocation_within_received is missing.")));
    CHECK(changed.contains(QStringLiteral("Index microloan_due is missing.")));
    CHECK(changed.contains(
        QStringLiteral("Trigger loan_event_no_delete differs from the one the county schema defines.")));
    CHECK(changed.contains(QStringLiteral("Column note of table household_benefit is missing.")));
    CHECK(changed.contains(
        QStringLiteral("Table microloan has a column secret that the county schema does not define.")));
    CHECK(changed.contains(QStringLiteral("Table scratch is not part of the county schema.")));
    CHECK(changed.size() == 6);
}
