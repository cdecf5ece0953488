// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCoreApplication>
#include <QString>

// `fupin-cli backup` and `fupin-cli restore`: the same core calls as File → 备份 / 恢复
// (core/backup): a checked copy of the county into a folder, and a county file replaced by a
// checked backup, keeping the file it replaces.
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)

public:
    static int backup(const CommandContext &context);
    static int restore(const CommandContext &context);
    static QString usage();
};
