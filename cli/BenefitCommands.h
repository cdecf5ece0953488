// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>
#include <QString>

// `fupin-cli benefits list|add|remove`: a household's benefits (政策享受) as the household editor's
// benefits section and its dialog enter them, one household or many at once, through BenefitBook.
class BenefitCommands
{
    Q_DECLARE_TR_FUNCTIONS(BenefitCommands)

public:
    static int benefits(const CommandContext &context);
    static QString usage();
};
