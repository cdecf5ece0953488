// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"

#include <QProcessEnvironment>

#include <catch2/catch.hpp>

QProcess *startCli(const QStringList &arguments)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
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

Run cli(const QStringList &arguments)
{
    return finishCli(startCli(arguments));
}

QJsonDocument json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}
