// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HouseholdCommands.h"

#include <QCoreApplication>
#include <QString>

// `fupin-cli ledger`, `projects` and `loans`: the funds page's figures through the same core calls
// (FundLedger, ProjectLibrary, MicroloanBook). They only read.
class FundsCommands
{
    Q_DECLARE_TR_FUNCTIONS(FundsCommands)

public:
    using Context = CommandContext;

    static int ledger(const Context &context);
    static int projects(const Context &context);
    static int loans(const Context &context);
    static QString usage();
};
