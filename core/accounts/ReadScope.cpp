// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/ReadScope.h"

#include <QStringList>

#include <algorithm>

bool ReadScope::containsVillage(qint64 villageId) const
{
    return m_countyWide || std::binary_search(m_villages.cbegin(), m_villages.cend(), villageId);
}

QString ReadScope::andVillageIn(const QString &villageColumn) const
{
    if (m_countyWide)
        return {};
    if (m_villages.isEmpty())
        return QStringLiteral(" AND 0");
    QStringList ids;
    ids.reserve(m_villages.size());
    for (qint64 id : m_villages)
        ids << QString::number(id);
    return QStringLiteral(" AND ") + villageColumn + QStringLiteral(" IN (") + ids.join(u',') + u')';
}
