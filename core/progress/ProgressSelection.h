// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

#include <utility>

// The households behind one bar or slice of the progress dashboard (进度), as a filter of the
// register: the dashboard's counts and the register's rows come from these same conditions, so the
// count on a bar is the number of rows the register shows for it. Kind None filters nothing.
struct ProgressSelection
{
    enum class Kind {
        None,
        // A status event of eventKind (exit, risk_eliminated, identify, monitor) in the year, in the
        // month when month > 0; of the monitoring category when category is set.
        Event,
        // Poor at the end of the year: the last identification, exit or relapse then was not an exit.
        PoorAtYearEnd,
        // Monitored now, with the risk type `code`.
        Risk,
        // Identified (or taken into monitoring) in the year without a measure within one month.
        LateMeasure,
        // Paired at the reference date (the year's end, or today) and not visited in the days before.
        VisitOverdue,
    };

    Kind kind = Kind::None;
    int year = 0;
    int month = 0; // 1-12, or 0 for the whole year
    QString eventKind;
    QString code; // a monitoring category (Event) or a risk type (Risk)
    qint64 villageId = 0; // 0: every village of the listed division
    int overdueDays = 0; // VisitOverdue
    QString referenceDate; // VisitOverdue: yyyy-MM-dd

    bool isNone() const { return kind == Kind::None; }
    bool operator==(const ProgressSelection &) const = default;

    // The condition on the household aliased h, with its values appended to binds; empty for None.
    QString condition(QVariantList &binds) const;

    // The households poor at the end of `year` (alias-free subquery of household ids) and its values;
    // among those of the subquery `among` (with its values) when given, which a village's figures
    // read through the history's index instead of the whole county's history.
    static QString poorAtYearEnd(
        int year, QVariantList &binds, const QString &among = {}, const QVariantList &amongBinds = {});
    // Paired with a cadre at the reference date (two values: the date twice). Correlated (EXISTS per
    // household) for a village, a list of the county's pairings otherwise: the same households.
    static QString pairedAt(bool correlated);
    // Visited (or not, when `visited` is false) in the days after the first value and up to the
    // second (two values: the first day before the period and the reference date).
    static QString visitedIn(bool visited);
    // The first day of the year (and month) and the first day after it, yyyy-MM-dd.
    static std::pair<QString, QString> period(int year, int month);
};
