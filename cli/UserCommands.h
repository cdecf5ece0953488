// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>

// `fupin-cli users …`: the accounts page's operations through the same core calls (Accounts),
// done as the --user account, which must be the county administrator to change anything.
class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)

public:
    // users list|add|set-role|set-scope|set-password|deactivate|activate; returns the exit status.
    static int users(const CommandContext &context);
    static QString usage();
};
