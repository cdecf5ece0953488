// SPDX-License-Identifier: GPL-3.0-or-later
// `fupin-cli notice` on a demo county: a PDF whose text (read back with pdftotext, poppler-utils)
// shows resident IDs and bank numbers masked and never whole; the county file unchanged; bad
// arguments refused in words with no file written.
#include "../TestSql.h"
#include "CliRun.h"
#include "common/Masking.h"
#include "db/CountyDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext (poppler-utils) is needed to read the notice back");
    REQUIRE_FALSE(tool.isEmpty());
    QProcess p;
    p.start(tool, {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("fupin-cli notice writes a funds notice PDF with masked numbers and leaves the county as it was")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    makeDemoCounty(db, 600, 5);
    // The village with the most payments to households, and those households' heads and accounts.
    QString village;
    QStringList ids, accounts;
    {
        auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ReadOnly);
        REQUIRE(opened);
        QSqlQuery q(TestSql::of(*opened.value()));
        REQUIRE(q.exec(QStringLiteral("SELECT v.code FROM fund_disbursement f JOIN household h ON h.id = "
                                      "f.household_id JOIN division v ON v.id = h.village_id GROUP BY v.id "
                                      "ORDER BY count(*) DESC, v.code LIMIT 1")));
        REQUIRE(q.next());
        village = q.value(0).toString();
        REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT m.id_number, h.bank_account FROM fund_disbursement f JOIN "
                                      "household h ON h.id = f.household_id JOIN division v ON v.id = h.village_id "
                                      "JOIN member m ON m.household_id = h.id AND m.relation_code = '01' "
                                      "WHERE v.code = '%1' AND f.paid_on <= '2030-01-01'")
                           .arg(village)));
        while (q.next()) {
            ids << q.value(0).toString();
            accounts << q.value(1).toString();
        }
    }
    REQUIRE_FALSE(ids.isEmpty());
    const QByteArray before = digest(db);
    const QStringList signIn{QStringLiteral("--user"), QStringLiteral("auditor")};
    const QStringList password{QStringLiteral("FUPIN_PASSWORD=fupin-demo")};
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));

    const Run run = cli(QStringList{QStringLiteral("notice"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                            QStringLiteral("funds"), QStringLiteral("--division"), village, QStringLiteral("--out"),
                            pdf, QStringLiteral("--posted"), QStringLiteral("2030-01-01")}
            + signIn,
        password);
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(run.out.contains(pdf));
    REQUIRE(QFile::exists(pdf));
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2); // the county and the PDF: no temporary left
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("public notice")));
    for (const QString &id : std::as_const(ids)) {
        CHECK(text.contains(Masking::mask(id)));
        CHECK_FALSE(text.contains(id));
        CHECK_FALSE(text.contains(id.mid(6, 8))); // not even the birth date in the middle
    }
    for (const QString &account : std::as_const(accounts)) {
        if (account.isEmpty())
            continue;
        CHECK(text.contains(Masking::mask(account)));
        CHECK_FALSE(text.contains(account));
    }
    // A reading command: the county file is byte for byte as it was.
    CHECK(digest(db) == before);

    // Bad arguments: a message, no file, and a file already there left alone.
    const QString other = dir.filePath(QStringLiteral("other.pdf"));
    const auto refused = [&](const QStringList &arguments, const QString &says) {
        const Run r
            = cli(QStringList{QStringLiteral("notice"), QStringLiteral("--db"), db} + arguments + signIn, password);
        INFO(r.err.toStdString());
        CHECK(r.status == 1);
        CHECK(r.err.contains(says));
        CHECK_FALSE(QFile::exists(other));
    };
    refused({QStringLiteral("--kind"), QStringLiteral("loans"), QStringLiteral("--division"), village,
                QStringLiteral("--out"), other},
        QStringLiteral("loans"));
    refused({QStringLiteral("--kind"), QStringLiteral("funds"), QStringLiteral("--division"),
                QStringLiteral("522633999999"), QStringLiteral("--out"), other},
        QStringLiteral("522633999999"));
    refused({QStringLiteral("--kind"), QStringLiteral("funds"), QStringLiteral("--division"), village,
                QStringLiteral("--out"), other, QStringLiteral("--days"), QStringLiteral("9")},
        QStringLiteral("10"));
    refused({QStringLiteral("--kind"), QStringLiteral("funds"), QStringLiteral("--division"), village,
                QStringLiteral("--out"), dir.filePath(QStringLiteral("notice.txt"))},
        QStringLiteral(".pdf"));
    refused({QStringLiteral("--kind"), QStringLiteral("projects"), QStringLiteral("--division"), village,
                QStringLiteral("--out"), other, QStringLiteral("--posted"), QStringLiteral("1/1/2030")},
        QStringLiteral("1/1/2030"));
    const QByteArray written = digest(pdf);
    const Run over = cli(QStringList{QStringLiteral("notice"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                             QStringLiteral("benefits"), QStringLiteral("--division"), QStringLiteral("522633999"),
                             QStringLiteral("--out"), pdf}
            + signIn,
        password);
    CHECK(over.status == 1);
    CHECK(digest(pdf) == written);
    CHECK(digest(db) == before);
}

TEST_CASE("fupin-cli notice refuses a village account the notice of another village, in Chinese, writing nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    makeDemoCounty(db, 200, 3);
    QString own, other;
    {
        auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ReadOnly);
        REQUIRE(opened);
        QSqlQuery q(TestSql::of(*opened.value()));
        REQUIRE(q.exec(QStringLiteral("SELECT d.code FROM app_user u JOIN app_user_scope s ON s.user_id = u.id "
                                      "JOIN division d ON d.id = s.division_id WHERE u.login = 'village'")));
        REQUIRE(q.next());
        own = q.value(0).toString();
        REQUIRE(q.exec(QStringLiteral("SELECT code FROM division WHERE level = 3 AND code <> '%1' LIMIT 1").arg(own)));
        REQUIRE(q.next());
        other = q.value(0).toString();
    }
    const QByteArray before = digest(db);
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    const auto asVillage = [&](const QString &division, const QString &kind) {
        return cli({QStringLiteral("notice"), QStringLiteral("--db"), db, QStringLiteral("--kind"), kind,
                       QStringLiteral("--division"), division, QStringLiteral("--out"), pdf, QStringLiteral("--user"),
                       QStringLiteral("village")},
            // Without XDG_RUNTIME_DIR (a root shell, a cron job) Qt's own start-up warns about it.
            {QStringLiteral("FUPIN_PASSWORD=fupin-demo"), QStringLiteral("LANG=zh_CN.UTF-8"),
                QStringLiteral("LC_ALL=zh_CN.UTF-8"), QStringLiteral("XDG_RUNTIME_DIR=")});
    };
    for (const QString &kind : {QStringLiteral("funds"), QStringLiteral("projects"), QStringLiteral("benefits")}) {
        const Run refused = asVillage(other, kind);
        INFO(refused.err.toStdString());
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(QStringLiteral("不能制作")));
        CHECK(refused.err.trimmed().count(u'\n') == 0); // the refusal alone
        CHECK(refused.err.contains(QStringLiteral("village")));
        CHECK(refused.out.isEmpty());
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("c.fupin")});
    }
    // Its own village it may post.
    const Run mine = asVillage(own, QStringLiteral("benefits"));
    INFO(mine.err.toStdString());
    CHECK(mine.status == 0);
    CHECK(mine.err.isEmpty()); // nothing but what the user needs: no Qt start-up warnings
    CHECK(QFile::exists(pdf));
    CHECK(digest(db) == before);
}
