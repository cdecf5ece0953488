// SPDX-License-Identifier: GPL-3.0-or-later
// `fupin-cli loans events|repay|reverse` and the schema check of `fupin-cli check`, through the real
// executable on a demo county.
#include "../TestSql.h"
#include "CliRun.h"
#include "db/CountyDatabase.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

namespace {

Run asCounty(const QStringList &arguments)
{
    return cli(arguments + QStringList{QStringLiteral("--user"), QStringLiteral("county")},
        {QStringLiteral("FUPIN_PASSWORD=fupin-demo")});
}

} // namespace

TEST_CASE("fupin-cli loans repay and reverse: a mistyped repayment is reversed, in text and JSON")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    makeDemoCounty(db, 120, 3);
    qint64 loan = 0;
    qint64 owed = 0;
    {
        auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ReadOnly);
        REQUIRE(opened);
        QSqlQuery q(TestSql::of(*opened.value()));
        REQUIRE(q.exec(QStringLiteral(
            "SELECT l.id, l.amount_fen - COALESCE((SELECT SUM(amount_fen) FROM loan_event e WHERE e.loan_id = l.id "
            "AND kind = 'repayment'), 0) AS owed FROM microloan l WHERE l.deleted_at IS NULL ORDER BY owed DESC "
            "LIMIT 1")));
        REQUIRE(q.next());
        loan = q.value(0).toLongLong();
        owed = q.value(1).toLongLong();
    }
    REQUIRE(owed > 1000'00);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString id = QString::number(loan);

    // 10.00 typed as 1,000.00.
    const Run repaid = asCounty({QStringLiteral("loans"), QStringLiteral("repay"), QStringLiteral("--db"), db,
        QStringLiteral("--loan"), id, QStringLiteral("--amount"), QStringLiteral("1000.00"), QStringLiteral("--date"),
        today, QStringLiteral("--json")});
    INFO(repaid.err.toStdString());
    REQUIRE(repaid.status == 0);
    const QJsonObject r = json(repaid).object();
    CHECK(r.value(QStringLiteral("outstanding_fen")).toInteger() == owed - 1000'00);
    const qint64 event = r.value(QStringLiteral("event")).toInteger();
    REQUIRE(event > 0);

    // More than is owed, in words, and nothing written.
    const Run tooMuch = asCounty(
        {QStringLiteral("loans"), QStringLiteral("repay"), QStringLiteral("--db"), db, QStringLiteral("--loan"), id,
            QStringLiteral("--amount"), QStringLiteral("50000.00"), QStringLiteral("--date"), today});
    CHECK(tooMuch.status == 1);
    CHECK(tooMuch.err.contains(QStringLiteral("still owed")));

    // The reversal, its request read as JSON.
    QFile request(dir.filePath(QStringLiteral("reverse.json")));
    REQUIRE(request.open(QIODevice::WriteOnly));
    request.write(QStringLiteral("{\"event\": %1, \"reason\": \"金额录错\"}").arg(event).toUtf8());
    request.close();
    const Run reversed = asCounty({QStringLiteral("loans"), QStringLiteral("reverse"), QStringLiteral("--db"), db,
        QStringLiteral("--input"), request.fileName(), QStringLiteral("--json")});
    INFO(reversed.err.toStdString());
    REQUIRE(reversed.status == 0);
    const QJsonObject v = json(reversed).object();
    CHECK(v.value(QStringLiteral("outstanding_fen")).toInteger() == owed);
    CHECK(v.value(QStringLiteral("loan")).toInteger() == loan);
    const qint64 reversal = v.value(QStringLiteral("event")).toInteger();

    // The right amount, as a JSON request in fen.
    QFile right(dir.filePath(QStringLiteral("repay.json")));
    REQUIRE(right.open(QIODevice::WriteOnly));
    right.write(QStringLiteral("{\"loan\": %1, \"amount_fen\": 1000, \"date\": \"%2\"}").arg(id, today).toUtf8());
    right.close();
    const Run again = asCounty({QStringLiteral("loans"), QStringLiteral("repay"), QStringLiteral("--db"), db,
        QStringLiteral("--input"), right.fileName()});
    INFO(again.err.toStdString());
    REQUIRE(again.status == 0);
    CHECK(again.out.contains(QStringLiteral("10.00 yuan")));

    // The events list shows the mistake, its reversal and the right repayment.
    const Run events = asCounty({QStringLiteral("loans"), QStringLiteral("events"), QStringLiteral("--db"), db,
        QStringLiteral("--loan"), id, QStringLiteral("--json")});
    INFO(events.err.toStdString());
    REQUIRE(events.status == 0);
    const QJsonObject e = json(events).object();
    CHECK(e.value(QStringLiteral("outstanding_fen")).toInteger() == owed - 10'00);
    const QJsonArray rows = e.value(QStringLiteral("events")).toArray();
    bool mistake = false, reversalRow = false;
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        if (o.value(QStringLiteral("id")).toInteger() == event)
            mistake = o.value(QStringLiteral("reversed_by")).toInteger() == reversal
                && o.value(QStringLiteral("amount_fen")).toInteger() == 1000'00;
        if (o.value(QStringLiteral("id")).toInteger() == reversal)
            reversalRow = o.value(QStringLiteral("reverses")).toInteger() == event
                && o.value(QStringLiteral("amount_fen")).toInteger() == -1000'00;
    }
    CHECK(mistake);
    CHECK(reversalRow);
    const Run text = asCounty(
        {QStringLiteral("loans"), QStringLiteral("events"), QStringLiteral("--db"), db, QStringLiteral("--loan"), id});
    CHECK(text.out.contains(QStringLiteral("(reverses event %1)").arg(event)));

    // Twice is refused in words.
    const Run twice = asCounty({QStringLiteral("loans"), QStringLiteral("reverse"), QStringLiteral("--db"), db,
        QStringLiteral("--event"), QString::number(event), QStringLiteral("--reason"), QStringLiteral("再冲")});
    CHECK(twice.status == 1);
    CHECK(twice.err.contains(QStringLiteral("already been reversed")));
}

TEST_CASE("fupin-cli check finds tables dropped by another SQLite tool")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--county-code"),
                    QStringLiteral("522633"), QStringLiteral("--county-name"), QStringLiteral("从江县")})
                .status
        == 0);
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open_v2(QFile::encodeName(db).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
        for (const char *sql : {"DROP TABLE visit", "DROP TABLE fund_receipt", "DROP TABLE app_user"})
            CHECK(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    const Run checked = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    INFO(QString(checked.out + checked.err).toStdString());
    CHECK(checked.status == 1);
    CHECK_FALSE(checked.out.contains(QStringLiteral("sound")));
    CHECK(checked.out.contains(QStringLiteral("Table visit is missing.")));
    CHECK(checked.out.contains(QStringLiteral("Table fund_receipt is missing.")));
    CHECK(checked.out.contains(QStringLiteral("Table app_user is missing.")));
}
