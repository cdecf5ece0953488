// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class CountyDatabase;

// The per-year poverty line (until 2020) and monitoring threshold (from 2021), in fen per person,
// as the county keeps them (tables poverty_line and monitoring_threshold), read and changed here.
// A change (set()) is audited, and every PovertyStandards of the program reads the new figure at its
// next question, so an assessment, a card or an income section open beside the editor uses it at once.
class PovertyStandards
{
    Q_DECLARE_TR_FUNCTIONS(PovertyStandards)

public:
    // The last year measured against the poverty line; from the next year households are measured
    // against the monitoring threshold (the transition period after 2020).
    static constexpr int LastPovertyLineYear = 2020;
    static constexpr int FirstYear = 2000;
    static constexpr int LastYear = 2100;
    // The largest figure accepted (per person per year): 100,000 yuan.
    static constexpr qint64 MaxFen = 100'000'00;

    struct Standard
    {
        bool isThreshold = false; // the monitoring threshold, not the poverty line
        qint64 fen = 0; // per person per year
    };

    // One year as the editor and `fupin-cli standards list` show it.
    struct YearFigures
    {
        int year = 0;
        std::optional<qint64> lineFen;
        QString lineNote; // where the figure comes from ("placeholder: …" for the shipped guesses)
        std::optional<qint64> thresholdFen;
        QString thresholdNote;
    };

    enum class Kind { Line, Threshold };

    explicit PovertyStandards(CountyDatabase &db);

    // The standard a household's per-capita net income is measured against in a year: the one
    // definition every part of the app uses. nullopt when the county has no figure for the year.
    std::optional<Standard> forYear(int year) const;

    std::optional<qint64> line(int year) const;
    std::optional<qint64> threshold(int year) const;

    // Every year with a line or a threshold, ascending.
    Result<QList<YearFigures>> all() const;

    // Which kind of figure a year is measured against: the line up to 2020, the threshold after.
    static Kind kindFor(int year) { return year > LastPovertyLineYear ? Kind::Threshold : Kind::Line; }

    // Sets the poverty line or the monitoring threshold of a year (county-level accounts only:
    // AccessPolicy SetStandards), in one transaction with its audit entry. The line is kept for years
    // up to 2020 and the threshold from 2021, when each is used; a figure must be more than 0 and at
    // most MaxFen. The note says where the figure comes from (a province's notice); empty clears the
    // shipped "placeholder" note.
    Status set(Kind kind, int year, qint64 fen, const QString &note = {});

private:
    void reloadIfChanged() const;

    CountyDatabase &m_db;
    mutable quint64 m_generation = 0;
    mutable QMap<int, qint64> m_lines;
    mutable QMap<int, qint64> m_thresholds;
};
