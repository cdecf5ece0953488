// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/RegisterYear.h"

Result<int> RegisterYear::parse(const QString &text)
{
    bool ok = false;
    const int year = text.trimmed().toInt(&ok);
    if (!ok || year < First || year > Last)
        return Result<int>::failure(tr("A year of the register is a whole number from %1 to %2.").arg(First).arg(Last));
    return year;
}
