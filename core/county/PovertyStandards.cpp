// SPDX-License-Identifier: GPL-3.0-or-later
#include "county/PovertyStandards.h"

#include "db/CountyDatabase.h"

#include <QSqlQuery>

PovertyStandards::PovertyStandards(CountyDatabase &db)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT year, line_fen FROM poverty_line"));
    while (q.next())
        m_lines.insert(q.value(0).toInt(), q.value(1).toLongLong());
    q.exec(QStringLiteral("SELECT year, threshold_fen FROM monitoring_threshold"));
    while (q.next())
        m_thresholds.insert(q.value(0).toInt(), q.value(1).toLongLong());
}

std::optional<qint64> PovertyStandards::line(int year) const
{
    const auto it = m_lines.constFind(year);
    return it == m_lines.cend() ? std::nullopt : std::optional<qint64>(*it);
}

std::optional<qint64> PovertyStandards::threshold(int year) const
{
    const auto it = m_thresholds.constFind(year);
    return it == m_thresholds.cend() ? std::nullopt : std::optional<qint64>(*it);
}

std::optional<PovertyStandards::Standard> PovertyStandards::forYear(int year) const
{
    const bool isThreshold = year > LastPovertyLineYear;
    const std::optional<qint64> fen = isThreshold ? threshold(year) : line(year);
    if (!fen)
        return std::nullopt;
    return Standard{isThreshold, *fen};
}
