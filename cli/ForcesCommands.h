// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HouseholdCommands.h"

// `fupin-cli units|cadres|pairings|pair|visits`: the assistance forces page's lists and pairing,
// through the same core calls (ForcesLists, AssistanceForces).
class ForcesCommands
{
    Q_DECLARE_TR_FUNCTIONS(ForcesCommands)

public:
    using Context = CommandContext;

    static int units(const Context &context);
    static int cadres(const Context &context);
    static int pairings(const Context &context);
    static int pair(const Context &context);
    static int visits(const Context &context);
    static QString usage();
};
