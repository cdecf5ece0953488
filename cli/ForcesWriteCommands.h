// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>
#include <QString>

// The assistance forces' writes: `units add|edit|activate|deactivate|delete`,
// `cadres add|edit|activate|deactivate`, `measures list|add|edit|delete`,
// `visits add|edit|delete|photos|remove-photo`, `teams list|add|add-member|remove-member`, `rank-cap`.
// Each reads the request (options or --input FILE) and makes the one core call its dialog makes
// (AssistanceForces, VisitPhotos); every check and refusal is core's.
class ForcesWriteCommands
{
    Q_DECLARE_TR_FUNCTIONS(ForcesWriteCommands)

public:
    // Whether `command subcommand` is one of these.
    static bool handles(const QString &command, const QString &subcommand);
    static int run(const QString &command, const CommandContext &context);
    // `measures …`, `teams …` and `rank-cap`: commands of their own.
    static int measures(const CommandContext &context);
    static int teams(const CommandContext &context);
    static int rankCap(const CommandContext &context);
    static QString usage();
};
