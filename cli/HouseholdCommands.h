// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>

// `fupin-cli household …` and `fupin-cli history`: what the register's window does, through the
// same core calls (HouseholdRepository, HouseholdList, StatusProcedure, AuditLog).
class HouseholdCommands
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdCommands)

public:
    // household show|search|save|delete|restore|step; returns the exit status.
    static int household(const CommandContext &context);
    static int history(const CommandContext &context);
    // The lines these commands add to fupin-cli's usage.
    static QString usage();
};
