// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>
#include <QString>

// `fupin-cli notice`: a public notice (公示) of fund allocations, the project list or household
// benefits for a division, written to a PDF through the same core call and layout as the GUI's
// print preview. It only reads the county file.
class NoticeCommands
{
    Q_DECLARE_TR_FUNCTIONS(NoticeCommands)

public:
    static int notice(const CommandContext &context);
    static QString usage();
};
