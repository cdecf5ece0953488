// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>
#include <QString>

// `fupin-cli ledger receive|allocate|disburse|reverse|entries`: the fund ledger's entries as the
// funds page's entry and reversal dialogs make them, through FundLedger; every rule (a source's
// allocations within what it received, a project's payments within its allocations, a reversal
// once) is the ledger's. Amounts in JSON, in and out, are integer fen (`*_fen`).
class LedgerCommands
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCommands)

public:
    static bool handles(const QString &subcommand);
    static int run(const CommandContext &context);
    static QString usage();
};
