// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// The villages whose people the acting account may read (names, ID numbers, phones, household
// details, and what is recorded about them): every village for a county-wide role, the villages
// in and under its divisions for a township or village account. AccessPolicy::readScope makes one
// per call; a list then filters by it in SQL (the village ids), so 100,000 households are never
// checked one by one, and a county-wide role is not filtered at all.
class ReadScope
{
public:
    bool isCountyWide() const { return m_countyWide; }
    // The villages in scope, ascending; empty for a county-wide scope.
    const QList<qint64> &villageIds() const { return m_villages; }
    bool containsVillage(qint64 villageId) const;
    // " AND <villageColumn> IN (…)" to add to a WHERE clause, empty for a county-wide scope. The
    // ids are the division table's integers, never text a user typed.
    QString andVillageIn(const QString &villageColumn) const;

private:
    friend class AccessPolicy;
    ReadScope() = default;

    bool m_countyWide = false;
    QList<qint64> m_villages;
};
