// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>

#include <optional>

class CountyDatabase;

// The per-year poverty line (until 2020) and monitoring threshold (from 2021), in fen per person,
// as the county keeps them (tables poverty_line and monitoring_threshold).
class PovertyStandards
{
public:
    explicit PovertyStandards(CountyDatabase &db);

    std::optional<qint64> line(int year) const;
    std::optional<qint64> threshold(int year) const;

private:
    QMap<int, qint64> m_lines;
    QMap<int, qint64> m_thresholds;
};
