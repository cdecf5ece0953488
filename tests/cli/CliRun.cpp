// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"

#include <QProcessEnvironment>

#include <catch2/catch.hpp>

QProcess *startCli(const QStringList &arguments, const QStringList &environment)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("FUPIN_PASSWORD"));
    env.remove(QStringLiteral("FUPIN_NEW_PASSWORD"));
    for (const QString &entry : environment)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(FUPIN_CLI), arguments);
    return p;
}

Run finishCli(QProcess *p)
{
    REQUIRE(p->waitForFinished(120000));
    Run run{p->exitCode(), QString::fromUtf8(p->readAllStandardOutput()), QString::fromUtf8(p->readAllStandardError())};
    delete p;
    return run;
}

Run cli(const QStringList &arguments, const QStringList &environment)
{
    return finishCli(startCli(arguments, environment));
}

QJsonDocument json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

void makeDemoCounty(const QString &db, int households, int seed)
{
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--county-code"),
                    QStringLiteral("522633"), QStringLiteral("--county-name"), QStringLiteral("从江县")})
                .status
        == 0);
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                    QString::number(households), QStringLiteral("--seed"), QString::number(seed)})
                .status
        == 0);
}
