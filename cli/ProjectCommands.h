// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>
#include <QString>

// `fupin-cli projects add|edit|step|history|beneficiaries`: the project dialog, the step dialog
// and the beneficiary picker of the projects page, through ProjectLibrary and ProjectLifecycle;
// every rule (the lifecycle's order, what a step needs, who may change projects) is theirs.
class ProjectCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommands)

public:
    static bool handles(const QString &subcommand);
    static int run(const CommandContext &context);
    static QString usage();
};
