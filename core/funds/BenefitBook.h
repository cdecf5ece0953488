// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "funds/HouseholdBenefit.h"
#include "funds/IncomeFeed.h"

#include <QCoreApplication>
#include <QList>

class CountyDatabase;

// Benefits per household per year (政策享受): entered one by one or in bulk for a list of
// households, and compared with the household's income of the year field by field.
class BenefitBook
{
    Q_DECLARE_TR_FUNCTIONS(BenefitBook)

public:
    struct Type
    {
        QString code;
        QString name;
        QString incomeColumn; // the income field it feeds
    };

    explicit BenefitBook(CountyDatabase &db);

    static QList<Type> types();
    static QStringList problems(const HouseholdBenefit &benefit);

    // Saves one benefit (audited, revision-checked); refused for a household not in the register.
    Result<qint64> save(HouseholdBenefit &benefit);
    // The same benefit for each household of the list, all or none; returns how many were saved.
    Result<int> saveForHouseholds(const QList<qint64> &householdIds, const HouseholdBenefit &benefit);
    Result<QList<HouseholdBenefit>> forHousehold(qint64 householdId, int year) const;
    // The year's benefits of every registered household in a division (the county, a township, a
    // village or a group) and below it, by household; for the benefit notices (公示).
    Result<QList<HouseholdBenefit>> forDivision(qint64 divisionId, int year) const;
    // The income fields the year's benefits feed, with both amounts.
    Result<QList<IncomeFeed>> incomeFeeds(qint64 householdId, int year) const;

private:
    CountyDatabase &m_db;
};
