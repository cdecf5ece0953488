// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Masking.h"

QString Masking::mask(const QString &value)
{
    QString compact;
    compact.reserve(value.size());
    for (const QChar c : value) {
        if (!c.isSpace() && c != u'-')
            compact.append(c);
    }
    if (compact.size() <= KeepFirst + KeepLast)
        return QString(compact.size(), u'*');
    return compact.left(KeepFirst) + QString(compact.size() - KeepFirst - KeepLast, u'*') + compact.right(KeepLast);
}
