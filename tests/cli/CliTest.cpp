// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real fupin-cli executable, as a county IT person's script would.
#include "CliRun.h"
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("fupin-cli --version and unknown commands")
{
    Run version = cli({QStringLiteral("--version")});
    CHECK(version.status == 0);
    CHECK(version.out.startsWith(QStringLiteral("fupin-cli ")));
    Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.status == 1);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command")));
}

TEST_CASE("fupin-cli check-id tells valid from invalid numbers")
{
    Run ok = cli({QStringLiteral("check-id"), QStringLiteral("11010519491231002X")});
    CHECK(ok.status == 0);
    CHECK(ok.out.contains(QStringLiteral("1949-12-31")));
    Run bad
        = cli({QStringLiteral("check-id"), QStringLiteral("11010519491231002X"), QStringLiteral("110105194912310021")});
    CHECK(bad.status == 1);
    const QStringList lines = bad.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("11010519491231002X\tvalid\t")));
    CHECK(lines.at(1).startsWith(QStringLiteral("110105194912310021\tinvalid\t")));
    // The reason sends the user to the card; it names no digit to put at the end.
    const QString reason = lines.at(1).section(u'\t', 2);
    CHECK(reason.contains(QStringLiteral("digit by digit")));
    CHECK_FALSE(reason.contains(u'X'));
    Run asJson = cli({QStringLiteral("check-id"), QStringLiteral("--json"), QStringLiteral("110105194902300021")});
    CHECK(asJson.status == 1);
    const QJsonArray results = json(asJson).array();
    REQUIRE(results.size() == 1);
    CHECK_FALSE(results.at(0).toObject().value(QStringLiteral("valid")).toBool());
    CHECK(results.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("1949-02-30")));
}

TEST_CASE("fupin-cli check-id refuses disability certificate numbers and numbers with a line break")
{
    Run certificate = cli({QStringLiteral("check-id"), QStringLiteral("11010519491231002X11")});
    CHECK(certificate.status == 1);
    CHECK(certificate.out.contains(QStringLiteral("\tinvalid\t")));
    CHECK(certificate.out.contains(QStringLiteral("disability certificate")));
    CHECK_FALSE(certificate.out.contains(QStringLiteral("1949-12-31")));

    Run newline = cli({QStringLiteral("check-id"), QStringLiteral("110105\n19491231002X")});
    CHECK(newline.status == 1);
    CHECK(newline.out.contains(QStringLiteral("control character")));
    // One line per number: the line break is shown, not printed.
    CHECK(newline.out.count(u'\n') == 1);
    CHECK(newline.out.startsWith(QStringLiteral("110105\\u000a19491231002X\t")));
}

TEST_CASE("fupin-cli init, demo, divisions, stats and validate work on one county file")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.fupin"));
    Run init = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--county-code"),
        QStringLiteral("522633"), QStringLiteral("--county-name"), QStringLiteral("从江县")});
    REQUIRE(init.status == 0);
    Run again = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--county-code"),
        QStringLiteral("522633"), QStringLiteral("--county-name"), QStringLiteral("从江县")});
    CHECK(again.status == 1);
    CHECK_FALSE(again.err.isEmpty());

    Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
        QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")});
    REQUIRE(demo.status == 0);
    // The demo county has accounts: the commands act as its county staff.
    const auto asCounty = [](const QStringList &arguments) {
        return cli(arguments + QStringList{QStringLiteral("--user"), QStringLiteral("county")},
            {QStringLiteral("FUPIN_PASSWORD=fupin-demo")});
    };

    const QJsonObject county
        = json(asCounty({QStringLiteral("divisions"), QStringLiteral("--db"), db, QStringLiteral("--json")})).object();
    CHECK(county.value(QStringLiteral("code")).toString() == QStringLiteral("522633"));
    CHECK(county.value(QStringLiteral("name")).toString() == QStringLiteral("从江县"));
    const QJsonArray townships = county.value(QStringLiteral("children")).toArray();
    REQUIRE_FALSE(townships.isEmpty());
    const QJsonObject village = townships.at(0).toObject().value(QStringLiteral("children")).toArray().at(0).toObject();
    CHECK(village.value(QStringLiteral("code")).toString().size() == 12);
    CHECK(village.value(QStringLiteral("code")).toString().startsWith(QStringLiteral("522633")));

    const QJsonObject stats
        = json(asCounty({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")})).object();
    const int households = stats.value(QStringLiteral("households")).toInt();
    CHECK(households == county.value(QStringLiteral("households")).toInt());
    CHECK(households > 250);
    int byTownship = 0;
    for (const QJsonValue &t : stats.value(QStringLiteral("byTownship")).toArray())
        byTownship += t.toObject().value(QStringLiteral("households")).toInt();
    CHECK(byTownship == households);
    CHECK(stats.value(QStringLiteral("people")).toInt() > households);

    // The demo's register is clean; a household whose cause is disability without a disabled member
    // gives the checks something to find. It is saved through the CLI: the warning does not block.
    QString villageCode;
    for (const QJsonValue &v : townships.at(0).toObject().value(QStringLiteral("children")).toArray()) {
        if (v.toObject().value(QStringLiteral("households")).toInt() > 0)
            villageCode = v.toObject().value(QStringLiteral("code")).toString();
    }
    REQUIRE_FALSE(villageCode.isEmpty());
    const QJsonArray found = json(asCounty({QStringLiteral("household"), QStringLiteral("search"), villageCode,
                                      QStringLiteral("--db"), db, QStringLiteral("--json")}))
                                 .object()
                                 .value(QStringLiteral("households"))
                                 .toArray();
    REQUIRE_FALSE(found.isEmpty());
    const QString code = found.at(0).toObject().value(QStringLiteral("code")).toString();
    QJsonObject household = json(asCounty({QStringLiteral("household"), QStringLiteral("show"), code,
                                     QStringLiteral("--db"), db, QStringLiteral("--json")}))
                                .object();
    household.insert(QStringLiteral("main_cause_code"), QStringLiteral("02"));
    household.insert(QStringLiteral("other_cause1_code"), QString());
    household.insert(QStringLiteral("other_cause2_code"), QString());
    QJsonArray members = household.value(QStringLiteral("members")).toArray();
    for (int i = 0; i < members.size(); ++i) {
        QJsonObject m = members.at(i).toObject();
        m.insert(QStringLiteral("health_codes"), QJsonArray{QStringLiteral("1")});
        members[i] = m;
    }
    household.insert(QStringLiteral("members"), members);
    const QString file = dir.filePath(QStringLiteral("h.json"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(household).toJson());
    out.close();
    Run saved = asCounty({QStringLiteral("household"), QStringLiteral("save"), QStringLiteral("--json"), file,
        QStringLiteral("--db"), db});
    INFO(saved.err.toStdString());
    REQUIRE(saved.status == 0);

    Run validate = asCounty({QStringLiteral("validate"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    CHECK(validate.status == 0);
    const QJsonObject report = json(validate).object();
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    REQUIRE_FALSE(findings.isEmpty());
    bool disability = false;
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        INFO(QJsonDocument(f).toJson().toStdString());
        CHECK(f.value(QStringLiteral("rule")).toString().startsWith(u'Q'));
        CHECK(QStringList{QStringLiteral("error"), QStringLiteral("warning")}.contains(
            f.value(QStringLiteral("severity")).toString()));
        CHECK(f.value(QStringLiteral("household")).toString().startsWith(QStringLiteral("522633")));
        CHECK_FALSE(f.value(QStringLiteral("message")).toString().isEmpty());
        disability = disability
            || (f.value(QStringLiteral("rule")).toString() == QLatin1String("Q04")
                && f.value(QStringLiteral("household")).toString() == code
                && f.value(QStringLiteral("severity")).toString() == QLatin1String("warning")
                && f.value(QStringLiteral("message")).toString().contains(QStringLiteral("disab")));
    }
    CHECK(disability);
    const int year = report.value(QStringLiteral("year")).toInt();
    CHECK(year >= 2014);
    CHECK(year <= QDate::currentDate().year());

    Run given = asCounty({QStringLiteral("validate"), QStringLiteral("--db"), db, QStringLiteral("--year"),
        QString::number(year - 1), QStringLiteral("--json")});
    CHECK(given.status == 0);
    CHECK(json(given).object().value(QStringLiteral("year")).toInt() == year - 1);
    for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("1999"),
             QStringLiteral("20190"), QStringLiteral("2019x"), QString()}) {
        Run refused = asCounty({QStringLiteral("validate"), QStringLiteral("--db"), db, QStringLiteral("--year"), bad});
        INFO(bad.toStdString());
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(QStringLiteral("--year")));
        CHECK(refused.out.isEmpty());
    }
}

TEST_CASE("fupin-cli explains user errors on stderr with status 1")
{
    QTemporaryDir dir;
    Run noDb = cli({QStringLiteral("stats")});
    CHECK(noDb.status == 1);
    CHECK(noDb.err.contains(QStringLiteral("--db")));
    Run missing = cli({QStringLiteral("stats"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.fupin"))});
    CHECK(missing.status == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    Run badCount = cli({QStringLiteral("demo"), QStringLiteral("--db"), dir.filePath(QStringLiteral("x.fupin")),
        QStringLiteral("--households"), QStringLiteral("many")});
    CHECK(badCount.status == 1);
    CHECK(badCount.err.contains(QStringLiteral("--households")));
}
