// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>
#include <QString>

// `fupin-cli assess`: exit assessment (脱贫退出) or risk elimination (风险消除) of every household of
// a division in a year, through the same core call as the GUI's assessment view (BulkAssessment).
// It only reads the county file.
class AssessCommands
{
    Q_DECLARE_TR_FUNCTIONS(AssessCommands)

public:
    static int assess(const CommandContext &context);
    static QString usage();
};
