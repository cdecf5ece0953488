// SPDX-License-Identifier: GPL-3.0-or-later
// `fupin-cli export`: a list to .csv or .xlsx within the account's read scope; every argument
// checked before a file is made.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

Run exportAs(const QString &user, const QStringList &arguments)
{
    return cli(QStringList{QStringLiteral("export"), QStringLiteral("--user"), user} + arguments,
        {QStringLiteral("FUPIN_PASSWORD=fupin-demo")});
}

// The household codes (the first column) of a CSV export.
QStringList codesIn(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    QStringList codes;
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            codes << QString::fromUtf8(lines.at(i).split(',').first());
    }
    return codes;
}

// The codes of the households of the village account's divisions, read straight from the file.
QStringList villageCodes(const QString &db)
{
    QStringList codes;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("export"));
        sql.setDatabaseName(db);
        REQUIRE(sql.open());
        QSqlQuery q(sql);
        REQUIRE(q.exec(QStringLiteral("SELECT h.code FROM household h WHERE h.deleted_at IS NULL AND h.village_id IN "
                                      "(SELECT s.division_id FROM app_user_scope s JOIN app_user u ON u.id = "
                                      "s.user_id WHERE u.login = 'village') ORDER BY h.code")));
        while (q.next())
            codes << q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("export"));
    return codes;
}

} // namespace

TEST_CASE("fupin-cli export writes a village account's own villages only", "[cli][export]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    makeDemoCounty(db, 80, 5);
    const QString all = dir.filePath(QStringLiteral("all.csv"));
    const Run admin = exportAs(QStringLiteral("admin"),
        {QStringLiteral("--db"), db, QStringLiteral("--what"), QStringLiteral("households"), QStringLiteral("--out"),
            all});
    INFO(admin.err.toStdString());
    REQUIRE(admin.status == 0);
    CHECK(codesIn(all).size() == 80);

    const QString own = dir.filePath(QStringLiteral("own"));
    const Run village = exportAs(QStringLiteral("village"),
        {QStringLiteral("--db"), db, QStringLiteral("--what"), QStringLiteral("households"), QStringLiteral("--out"),
            own, QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(village.err.toStdString());
    REQUIRE(village.status == 0);
    const QStringList expected = villageCodes(db);
    REQUIRE_FALSE(expected.isEmpty());
    REQUIRE(expected.size() < 80);
    CHECK(codesIn(own + QStringLiteral(".csv")) == expected);
}

TEST_CASE("fupin-cli export checks its arguments before it makes a file", "[cli][export]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    makeDemoCounty(db, 10, 6);
    const QStringList base{QStringLiteral("--db"), db};
    for (const QStringList &wrong : {QStringList{QStringLiteral("--what"), QStringLiteral("everything"),
                                         QStringLiteral("--out"), dir.filePath(QStringLiteral("a.xlsx"))},
             QStringList{QStringLiteral("--what"), QStringLiteral("members"), QStringLiteral("--out"),
                 dir.filePath(QStringLiteral("a.txt"))},
             QStringList{QStringLiteral("--what"), QStringLiteral("members"), QStringLiteral("--out"),
                 dir.filePath(QStringLiteral("a.xlsx")), QStringLiteral("--format"), QStringLiteral("csv")},
             QStringList{QStringLiteral("--what"), QStringLiteral("members"), QStringLiteral("--out"),
                 dir.filePath(QStringLiteral("a.xlsx")), QStringLiteral("--division"), QStringLiteral("999")},
             QStringList{QStringLiteral("--what"), QStringLiteral("members"), QStringLiteral("--out"), db}}) {
        const Run run = exportAs(QStringLiteral("admin"), base + wrong);
        INFO(wrong.join(u' ').toStdString());
        CHECK(run.status == 1);
        CHECK_FALSE(run.err.isEmpty());
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("c.fupin")});
    const Run help = cli({QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(help.status == 0);
    CHECK(help.out.contains(QStringLiteral("--what")));
}
