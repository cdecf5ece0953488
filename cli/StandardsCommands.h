// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>

// `fupin-cli standards …`: the poverty line (up to 2020) and the monitoring threshold (from 2021) of
// each year, listed, or set through the same core call as the county settings' editor
// (PovertyStandards::set: county-level accounts, audited).
class StandardsCommands
{
    Q_DECLARE_TR_FUNCTIONS(StandardsCommands)

public:
    // standards list|set; returns the exit status.
    static int standards(const CommandContext &context);
    static QString usage();
};
