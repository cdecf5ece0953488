// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

class CountyDatabase;
class QTextStream;

// `fupin-cli household …` and `fupin-cli history`: what the register's window does, through the
// same core calls (HouseholdRepository, HouseholdList, StatusProcedure, AuditLog).
class HouseholdCommands
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdCommands)

public:
    // Opens the county file named by the --db option: CommandLine's one way of opening, so these
    // commands open a file exactly as the others do. `writes`: whether the command changes it.
    using OpenCounty = std::function<Result<std::unique_ptr<CountyDatabase>>(bool writes)>;

    struct Context
    {
        QCommandLineParser &parser;
        QStringList arguments; // the program name, then what follows the command
        QTextStream &out;
        QTextStream &err;
        QCommandLineOption dbOption;
        OpenCounty open;
    };

    // household show|search|save|delete|restore|step; returns the exit status.
    static int household(const Context &context);
    static int history(const Context &context);
    // The lines these commands add to fupin-cli's usage.
    static QString usage();
};
