// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>
#include <QString>

// `fupin-cli cards`: household cards (明白卡) of a division or of listed households, written to
// one PDF through the same core builder (HouseholdCards) and drawing (print/) as the GUI. It only
// reads the county file; a refusal or a failure leaves no file.
class CardCommands
{
    Q_DECLARE_TR_FUNCTIONS(CardCommands)

public:
    static int cards(const CommandContext &context);
    static QString usage();
};
