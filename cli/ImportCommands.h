// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>

// `fupin-cli import`: a roster of households and members from .xlsx, .xls or .csv, through the same
// core call as the import wizard (HouseholdImport).
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    // Returns the exit status: 0 when the roster was imported (or, with --dry-run, could be), 1 when
    // the file was refused or any row has a problem (then nothing is written).
    static int import(const CommandContext &context);
    // The lines this command adds to fupin-cli's usage.
    static QString usage();
};
