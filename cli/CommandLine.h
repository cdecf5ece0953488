// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// fupin-cli: the scripting face of the same core functions the GUI calls.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Runs one command; arguments as in argv (program name first). Returns the exit status:
    // 0 on success, 1 on a user error (with a message on err).
    static int run(const QStringList &arguments);
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
