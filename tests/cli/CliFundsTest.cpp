// SPDX-License-Identifier: GPL-3.0-or-later
// The funds commands of the real fupin-cli executable, on a demo county: balances that reconcile,
// the project library, and the loan lists.
#include "../TestSql.h"
#include "CliRun.h"
#include "db/CountyDatabase.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

// Amounts in --json are whole fen, JSON integers a script adds exactly; anything else fails the test.
qint64 sum(const QJsonArray &rows, const char *field)
{
    qint64 fen = 0;
    for (const QJsonValue &v : rows) {
        const QJsonValue amount = v.toObject().value(QLatin1String(field));
        INFO(field << " = " << QJsonDocument(QJsonArray{amount}).toJson(QJsonDocument::Compact).toStdString());
        REQUIRE(amount.isDouble());
        REQUIRE(double(amount.toInteger()) == amount.toDouble());
        fen += amount.toInteger();
    }
    return fen;
}

} // namespace

TEST_CASE("fupin-cli ledger, projects and loans read the demo county's funds")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    makeDemoCounty(db, 300, 5);
    // The demo county has accounts: reading as the auditor, who reads everything.
    const auto asAuditor = [](const QStringList &arguments) {
        return cli(arguments + QStringList{QStringLiteral("--user"), QStringLiteral("auditor")},
            {QStringLiteral("FUPIN_PASSWORD=fupin-demo")});
    };

    const Run ledger = asAuditor({QStringLiteral("ledger"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    INFO(ledger.err.toStdString());
    REQUIRE(ledger.status == 0);
    const QJsonObject l = json(ledger).object();
    CHECK(l.value(QStringLiteral("reconciles")).toBool());
    const QJsonArray sources = l.value(QStringLiteral("sources")).toArray();
    const QJsonArray projects = l.value(QStringLiteral("projects")).toArray();
    REQUIRE_FALSE(sources.isEmpty());
    // Both views of the same money agree to the fen with the raw rows.
    auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ReadOnly);
    REQUIRE(opened);
    QSqlQuery q(TestSql::of(*opened.value()));
    // SQLite's total() is a floating-point sum; sum() of integers is exact (and fails on overflow).
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT COALESCE(sum(amount_fen), 0) FROM fund_allocation), "
                                  "(SELECT COALESCE(sum(amount_fen), 0) FROM fund_disbursement)")));
    REQUIRE(q.next());
    REQUIRE(q.value(0).typeId() != QMetaType::Double);
    CHECK(sum(sources, "allocated_fen") == q.value(0).toLongLong());
    CHECK(sum(projects, "allocated_fen") == q.value(0).toLongLong());
    CHECK(sum(projects, "disbursed_fen") == q.value(1).toLongLong());
    CHECK(sum({l}, "allocated_fen") == q.value(0).toLongLong());
    CHECK(sum({l}, "disbursed_fen") == q.value(1).toLongLong());
    CHECK(sum({l}, "received_fen") == sum(sources, "received_fen"));
    for (const QJsonValue &v : sources) {
        const QJsonObject s = v.toObject();
        CHECK(sum({s}, "received_fen") >= sum({s}, "allocated_fen"));
    }

    const QString firstSource = sources.first().toObject().value(QStringLiteral("id")).toString();
    const Run one = asAuditor({QStringLiteral("ledger"), QStringLiteral("--db"), db, QStringLiteral("--source"),
        firstSource, QStringLiteral("--as-of"), QStringLiteral("2019-06-30"), QStringLiteral("--json")});
    REQUIRE(one.status == 0);
    CHECK(json(one).object().value(QStringLiteral("sources")).toArray().size() <= 1);
    CHECK(json(one).object().value(QStringLiteral("projects")).toArray().isEmpty());
    CHECK(asAuditor({QStringLiteral("ledger"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                        QStringLiteral("30/06/2019")})
              .status
        == 1);

    const Run all = asAuditor({QStringLiteral("projects"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    REQUIRE(all.status == 0);
    const Run cancelled = asAuditor({QStringLiteral("projects"), QStringLiteral("--db"), db, QStringLiteral("--status"),
        QStringLiteral("cancelled"), QStringLiteral("--json")});
    REQUIRE(cancelled.status == 0);
    CHECK(json(all).array().size() > json(cancelled).array().size());
    for (const QJsonValue &v : json(cancelled).array())
        CHECK(v.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("cancelled"));
    CHECK(asAuditor({QStringLiteral("projects"), QStringLiteral("--db"), db, QStringLiteral("--status"),
                        QStringLiteral("finished")})
              .status
        == 1);

    const Run loans = asAuditor(
        {QStringLiteral("loans"), QStringLiteral("--db"), db, QStringLiteral("--overdue"), QStringLiteral("--json")});
    INFO(loans.err.toStdString());
    REQUIRE(loans.status == 0);
    // The demo county lends; what is listed as overdue is owed and past its due date, and agrees
    // with the loans in the file.
    const QJsonArray overdue = json(loans).array();
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM microloan")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 0);
    CHECK(overdue.size() <= q.value(0).toInt());
    for (const QJsonValue &v : overdue) {
        const QJsonObject loan = v.toObject();
        CHECK(sum({loan}, "outstanding_fen") > 0);
        CHECK(QDate::fromString(loan.value(QStringLiteral("due")).toString(), Qt::ISODate) < QDate::currentDate());
    }
    const Run soon = asAuditor({QStringLiteral("loans"), QStringLiteral("--db"), db, QStringLiteral("--due-within"),
        QStringLiteral("400"), QStringLiteral("--as-of"), QStringLiteral("2020-01-01"), QStringLiteral("--json")});
    REQUIRE(soon.status == 0);
    CHECK_FALSE(json(soon).array().isEmpty());
    for (const QJsonValue &v : json(soon).array()) {
        const QDate due = QDate::fromString(v.toObject().value(QStringLiteral("due")).toString(), Qt::ISODate);
        CHECK((due >= QDate(2020, 1, 1) && due <= QDate(2020, 1, 1).addDays(400)));
    }
}
