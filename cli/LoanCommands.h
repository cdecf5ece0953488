// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>
#include <QString>

// `fupin-cli loans events|repay|reverse`: a loan's events with their reversals, a repayment, and
// the reversal of a mistyped repayment, extension or subsidy, through MicroloanBook. Amounts in
// JSON, in and out, are integer fen (`*_fen`) or a plain decimal string of yuan ("1000.00").
class LoanCommands
{
    Q_DECLARE_TR_FUNCTIONS(LoanCommands)

public:
    // Whether the word after `loans` names one of these subcommands.
    static bool handles(const QString &subcommand);
    static int run(const CommandContext &context);
    static QString usage();
};
