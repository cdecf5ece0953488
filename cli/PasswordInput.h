// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class QTextStream;

// Passwords never come as arguments (they would show in the process list): from an environment
// variable, or typed on a terminal without echo.
class PasswordInput
{
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)

public:
    // The acting account's password, and a new password for an account.
    static constexpr const char *PasswordVariable = "FUPIN_PASSWORD";
    static constexpr const char *NewPasswordVariable = "FUPIN_NEW_PASSWORD";

    // From the variable when it is set (even to nothing), else asked on the terminal (twice when
    // `confirm`); refused when there is neither.
    static Result<QString> read(const char *variable, const QString &prompt, QTextStream &err, bool confirm = false);
};
