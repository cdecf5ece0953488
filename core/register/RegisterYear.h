// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

// The years the register can be about: from 2011, the year of the current poverty line, to the
// end of any plausible use. The CLI reads a year with it; the GUI's year fields take the same range.
class RegisterYear
{
    Q_DECLARE_TR_FUNCTIONS(RegisterYear)

public:
    static constexpr int First = 2011;
    static constexpr int Last = 2099;

    // A year as typed ("2019", " 2019 "); refused with the reason when it is not a whole number
    // from First to Last.
    static Result<int> parse(const QString &text);
};
