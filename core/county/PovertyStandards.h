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
    // The last year measured against the poverty line; from the next year households are measured
    // against the monitoring threshold (the transition period after 2020).
    static constexpr int LastPovertyLineYear = 2020;

    struct Standard
    {
        bool isThreshold = false; // the monitoring threshold, not the poverty line
        qint64 fen = 0; // per person per year
    };

    explicit PovertyStandards(CountyDatabase &db);

    // The standard a household's per-capita net income is measured against in a year: the one
    // definition every part of the app uses. nullopt when the county has no figure for the year.
    std::optional<Standard> forYear(int year) const;

    std::optional<qint64> line(int year) const;
    std::optional<qint64> threshold(int year) const;

private:
    QMap<int, qint64> m_lines;
    QMap<int, qint64> m_thresholds;
};
