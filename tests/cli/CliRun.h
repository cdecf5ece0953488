// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs fupin-cli as a user would, in a C locale so that messages are the English source text.
struct Run
{
    int status = -1;
    QString out;
    QString err;
};

// Starts fupin-cli (for tests that run several at once); finish() waits, reads and deletes it.
// `environment` adds NAME=value entries (FUPIN_PASSWORD ...) to the test's own.
QProcess *startCli(const QStringList &arguments, const QStringList &environment = {});
Run finishCli(QProcess *process);
Run cli(const QStringList &arguments, const QStringList &environment = {});
// The JSON the command printed; fails the test when it is not JSON.
QJsonDocument json(const Run &run);
// Creates the county file `db` and fills it with a demo county; fails the test when either fails.
void makeDemoCounty(const QString &db, int households, int seed);
