// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliRun.h"

#include <QTemporaryDir>
#include <QVariant>

// A small demo county for the writing commands' tests: run a command as one of the demo's accounts
// (county staff, a village cadre ...), read what it stored, and tell whether the file changed.
struct CliWriteCounty
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("c.fupin"));

    CliWriteCounty();

    // `command` with --db and --user `login`, the demo's password given.
    Run as(const QString &login, const QStringList &command) const;
    Run county(const QStringList &command) const { return as(QStringLiteral("county"), command); }
    // The JSON object a successful command printed with --json; fails the test otherwise.
    QJsonObject written(const Run &run) const;

    QVariant scalar(const QString &sql) const;
    // The county file's bytes: a refused write leaves them as they were.
    QByteArray bytes() const;
    // A file beside the county holding `content`.
    QString file(const QString &name, const QByteArray &content) const;

    // A household of the village account's village, and one of another village.
    QString ownHousehold() const;
    QString otherHousehold() const;
};
