// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "county/PovertyStandards.h"
#include "register/Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class CountyDatabase;

// Whether a household meets the conditions of DOMAIN.md §3 to exit poverty (脱贫退出) or to have
// its risk marked eliminated (风险消除), each condition named with why it fails. The status
// procedure consults it for those two steps; BulkAssessment (core/progress) assesses a whole
// division with the same judgement: both gather the household's Facts, then judgeExit() or
// judgeRiskElimination() decide, so that each condition has one definition.
class ExitAssessment
{
    Q_DECLARE_TR_FUNCTIONS(ExitAssessment)

public:
    enum class Condition { Income, Food, Clothing, Education, Medical, Housing, Water, Measure, HalfYear, Labour };

    struct Finding
    {
        Condition condition;
        bool met = false;
        QString text; // what was checked, and for an unmet condition why, in words

        friend bool operator==(const Finding &, const Finding &) = default;
    };

    struct Result
    {
        QList<Finding> findings;
        bool met() const;
        // The unmet conditions' texts, in order.
        QStringList unmet() const;
    };

    // What the conditions look at, for one household on one day.
    struct Facts
    {
        QDate date;
        std::optional<IncomeRecord> income; // the latest recorded up to the date's year
        std::optional<LivingConditions> living; // the latest recorded up to the date's year
        // Risk elimination only.
        QDate monitoringStart;
        int measuresInPlace = 0;
        bool canWork = false; // at least one member can work
    };

    explicit ExitAssessment(CountyDatabase &db);

    // Exit on `date`: the per-capita net income of the latest year recorded up to the date's year
    // above that year's standard; food, clothing, compulsory education, basic medical care and
    // housing secure (两不愁三保障) and safe drinking water in the latest living conditions.
    Result forExit(const Household &household, const QDate &date) const;
    // Risk elimination on `date` for a household monitored since `monitoringStart`: income above the
    // year's standard, 三保障 and water as for exit, monitored for at least half a year, at least one
    // assistance measure in place, and at least one member who can work.
    Result forRiskElimination(const Household &household, const QDate &date, const QDate &monitoringStart) const;

    // The facts of a household as loaded (measures in place are not part of a Household: 0).
    static Facts factsOf(const Household &household, const QDate &date);
    // The judgements themselves, on facts however they were gathered.
    static Result judgeExit(const Facts &facts, const PovertyStandards &standards);
    static Result judgeRiskElimination(const Facts &facts, const PovertyStandards &standards);

    // Labour skills of a member who can work (普通劳动力, 技能劳动力, 弱劳动力或半劳动力).
    static const QStringList &workingLabourCodes();
    // The condition on a measure row for it to be in place on the day bound as ?1; `alias` is the
    // measure table's ("t."), if the query gives it one.
    static QString measureInPlaceSql(const QString &alias = QString());
    // The condition's name for a total ("Income above the standard").
    static QString conditionName(Condition condition);

private:
    int measuresInPlace(qint64 householdId, const QDate &date) const;

    CountyDatabase &m_db;
    PovertyStandards m_standards;
};
