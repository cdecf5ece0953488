// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real fupin-cli executable, as a county IT person's script would.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FUPIN_CLI), arguments);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QJsonDocument json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

} // namespace

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
    CHECK(bad.out.count(u'\n') == 2);
    CHECK(bad.out.contains(QStringLiteral("X")));
    Run asJson = cli({QStringLiteral("check-id"), QStringLiteral("--json"), QStringLiteral("110105194902300021")});
    CHECK(asJson.status == 1);
    const QJsonArray results = json(asJson).array();
    REQUIRE(results.size() == 1);
    CHECK_FALSE(results.at(0).toObject().value(QStringLiteral("valid")).toBool());
    CHECK_FALSE(results.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());
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

    const QJsonObject county
        = json(cli({QStringLiteral("divisions"), QStringLiteral("--db"), db, QStringLiteral("--json")})).object();
    CHECK(county.value(QStringLiteral("code")).toString() == QStringLiteral("522633"));
    CHECK(county.value(QStringLiteral("name")).toString() == QStringLiteral("从江县"));
    const QJsonArray townships = county.value(QStringLiteral("children")).toArray();
    REQUIRE_FALSE(townships.isEmpty());
    const QJsonObject village = townships.at(0).toObject().value(QStringLiteral("children")).toArray().at(0).toObject();
    CHECK(village.value(QStringLiteral("code")).toString().size() == 12);
    CHECK(village.value(QStringLiteral("code")).toString().startsWith(QStringLiteral("522633")));

    const QJsonObject stats
        = json(cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")})).object();
    const int households = stats.value(QStringLiteral("households")).toInt();
    CHECK(households == county.value(QStringLiteral("households")).toInt());
    CHECK(households > 250);
    int byTownship = 0;
    for (const QJsonValue &t : stats.value(QStringLiteral("byTownship")).toArray())
        byTownship += t.toObject().value(QStringLiteral("households")).toInt();
    CHECK(byTownship == households);
    CHECK(stats.value(QStringLiteral("people")).toInt() > households);

    Run validate = cli({QStringLiteral("validate"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    CHECK(validate.status == 0);
    CHECK(json(validate).object().value(QStringLiteral("findings")).isArray());
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
