// SPDX-License-Identifier: GPL-3.0-or-later
// `fupin-cli assess`: the same households, unmet conditions and totals as the core call.
#include "CliRun.h"

#include "accounts/SignIn.h"
#include "db/CountyDatabase.h"
#include "progress/BulkAssessment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

const QStringList Password{QStringLiteral("FUPIN_PASSWORD=fupin-demo")};

BulkAssessment::Report core(const QString &path, const QString &login, int year, BulkAssessment::Kind kind)
{
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ReadOnly);
    REQUIRE(db.ok());
    REQUIRE(SignIn::signIn(*db.value(), login, QStringLiteral("fupin-demo")).ok());
    const Result<BulkAssessment::Request> request = BulkAssessment::prepare(*db.value(), year, kind, QString());
    REQUIRE(request.ok());
    const Result<BulkAssessment::Report> report = BulkAssessment::run(*db.value(), request.value());
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    return report.value();
}

void sameAsCore(const QJsonObject &printed, const BulkAssessment::Report &report)
{
    const QJsonArray households = printed.value(QStringLiteral("households")).toArray();
    REQUIRE(households.size() == report.households.size());
    CHECK(printed.value(QStringLiteral("met")).toInt() == report.met());
    CHECK(printed.value(QStringLiteral("date")).toString() == report.date.toString(Qt::ISODate));
    for (qsizetype i = 0; i < report.households.size(); ++i) {
        const HouseholdAssessment &a = report.households.at(i);
        const QJsonObject h = households.at(i).toObject();
        INFO(a.code.toStdString());
        CHECK(h.value(QStringLiteral("code")).toString() == a.code);
        CHECK(h.value(QStringLiteral("head")).toString() == a.head);
        CHECK(h.value(QStringLiteral("met")).toBool() == a.result.met());
        QStringList texts;
        for (const QJsonValue &u : h.value(QStringLiteral("unmet")).toArray())
            texts << u.toObject().value(QStringLiteral("text")).toString();
        CHECK(texts == a.result.unmet());
    }
    const QJsonArray totals = printed.value(QStringLiteral("totals")).toArray();
    const QList<BulkAssessment::ConditionTotal> expected = report.totals();
    REQUIRE(totals.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        CHECK(totals.at(i).toObject().value(QStringLiteral("name")).toString() == expected.at(i).name);
        CHECK(totals.at(i).toObject().value(QStringLiteral("unmet")).toInt() == expected.at(i).unmet);
    }
}

} // namespace

TEST_CASE("assess prints the households and totals of the core call, for each kind and account", "[cli][assess]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    makeDemoCounty(db, 200, 7);
    for (const auto &[login, year, word, kind] : QList<std::tuple<QString, int, QString, BulkAssessment::Kind>>{
             {QStringLiteral("county"), 2019, QStringLiteral("exit"), BulkAssessment::Kind::Exit},
             {QStringLiteral("county"), 2024, QStringLiteral("elimination"), BulkAssessment::Kind::RiskElimination},
             {QStringLiteral("village"), 2018, QStringLiteral("exit"), BulkAssessment::Kind::Exit}}) {
        INFO(login.toStdString() << ' ' << year << ' ' << word.toStdString());
        const Run run = cli(
            {QStringLiteral("assess"), QStringLiteral("--db"), db, QStringLiteral("--year"), QString::number(year),
                QStringLiteral("--kind"), word, QStringLiteral("--json"), QStringLiteral("--user"), login},
            Password);
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
        const BulkAssessment::Report report = core(db, login, year, kind);
        CHECK_FALSE(report.households.isEmpty());
        sameAsCore(json(run).object(), report);
    }
    // The village account sees fewer households than the county's.
    CHECK(core(db, QStringLiteral("village"), 2018, BulkAssessment::Kind::Exit).households.size()
        < core(db, QStringLiteral("county"), 2018, BulkAssessment::Kind::Exit).households.size());

    // Text: one line per household, then the totals.
    const Run text = cli({QStringLiteral("assess"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                             QStringLiteral("2019"), QStringLiteral("--user"), QStringLiteral("county")},
        Password);
    REQUIRE(text.status == 0);
    const BulkAssessment::Report report = core(db, QStringLiteral("county"), 2019, BulkAssessment::Kind::Exit);
    CHECK(text.out.contains(report.households.first().code + u'\t' + report.households.first().head));
    CHECK(text.out.contains(QStringLiteral("Income above the standard")));

    // Refused in words: no year, a wrong kind, a division that does not exist.
    const auto refused = [&](const QStringList &args) {
        const Run r = cli(QStringList{QStringLiteral("assess"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                              QStringLiteral("county")}
                + args,
            Password);
        CHECK(r.status == 1);
        return r.err;
    };
    CHECK(refused({}).contains(QStringLiteral("--year")));
    CHECK(refused({QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--kind"), QStringLiteral("x")})
              .contains(QStringLiteral("elimination")));
    CHECK(
        refused({QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--division"), QStringLiteral("999")})
            .contains(QStringLiteral("999")));

    const Run help = cli({QStringLiteral("assess"), QStringLiteral("--help")});
    CHECK(help.status == 0);
    CHECK(help.out.contains(QStringLiteral("--kind")));
}
