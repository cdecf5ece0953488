// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <memory>

class CountyDatabase;
class QJsonValue;
class QTextStream;

// What a group of subcommands (household …, users …) needs from fupin-cli: the parser, the
// streams, and CommandLine's one way of opening the county file named by --db and signing in as
// --user. `writes`: whether the command changes the file (a reading command opens it read-only).
struct CommandContext
{
    using OpenCounty = std::function<Result<std::unique_ptr<CountyDatabase>>(bool writes)>;

    QCommandLineParser &parser;
    QStringList arguments; // the program name, then what follows the command
    QTextStream &out;
    QTextStream &err;
    QCommandLineOption dbOption;
    OpenCounty open;
    // Opens another county file (a backup) only to read it, signing in as --user.
    std::function<Result<std::unique_ptr<CountyDatabase>>(const QString &path)> openOther;

    int fail(const QString &message) const;
    // Prints a JSON object or array, indented, for a script.
    void printJson(const QJsonValue &value) const;
    // Adds the options, parses what follows the subcommand and returns its positional arguments;
    // the parser's error text when it cannot.
    Result<QStringList> parseSubcommand(const QList<QCommandLineOption> &options, const QString &positional = {}) const;
};
