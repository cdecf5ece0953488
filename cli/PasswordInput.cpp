// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordInput.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {
// One line from the terminal with echo off; the terminal is restored whatever happens.
std::optional<QString> readHidden(const QString &prompt, QTextStream &err)
{
    err << prompt;
    err.flush();
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool read = bool(std::getline(std::cin, line));
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << Qt::endl;
    if (!read)
        return std::nullopt;
    return QString::fromStdString(line);
}
} // namespace

Result<QString> PasswordInput::read(const char *variable, const QString &prompt, QTextStream &err, bool confirm)
{
    using R = Result<QString>;
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    if (!isatty(STDIN_FILENO))
        return R::failure(tr("Give the password in the environment variable %1 (never as an argument: it would show "
                             "in the process list), or run the command on a terminal to be asked for it.")
                              .arg(QString::fromLatin1(variable)));
    const std::optional<QString> password = readHidden(prompt, err);
    if (!password)
        return R::failure(tr("No password was typed."));
    if (confirm) {
        const std::optional<QString> again = readHidden(tr("Once more: "), err);
        if (!again || *again != *password)
            return R::failure(tr("The two passwords differ; nothing was changed."));
    }
    return *password;
}
