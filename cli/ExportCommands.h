// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>
#include <QString>

// `fupin-cli export`: a list written to .xlsx or .csv by the same core calls as the GUI's 导出…
// (ListExport), within the account's read scope; `--what template` writes the import template. It
// only reads the county file; a refusal or a failure leaves no file.
class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)

public:
    static int exportList(const CommandContext &context);
    static QString usage();
};
