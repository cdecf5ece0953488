// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "county/PovertyStandards.h"
#include "register/Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class CountyDatabase;

// Whether a household meets the conditions of DOMAIN.md §3 to exit poverty (脱贫退出) or to have
// its risk marked eliminated (风险消除), each condition named with why it fails. The status
// procedure consults it for those two steps; the progress dashboard assesses households in bulk
// with it.
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
    };

    struct Result
    {
        QList<Finding> findings;
        bool met() const;
        // The unmet conditions' texts, in order.
        QStringList unmet() const;
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

private:
    QList<Finding> incomeAndLiving(const Household &household, int year) const;
    int measuresInPlace(qint64 householdId, const QDate &date) const;

    CountyDatabase &m_db;
    PovertyStandards m_standards;
};
