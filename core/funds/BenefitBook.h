// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "funds/HouseholdBenefit.h"
#include "funds/IncomeFeed.h"

#include <QCoreApplication>
#include <QList>

class CountyDatabase;

// Benefits per household per year (政策享受): entered one by one or in bulk for a list of
// households, and compared with the household's income of the year field by field. Reads are of
// the acting account's divisions only: a household outside them is refused, naming its village, and
// a division's list leaves out the households of others.
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

    // The year's benefits of a household beside what its income record of the year says.
    struct YearSummary
    {
        qint64 benefitsFen = 0; // all the year's benefits
        qint64 recordedTransfersFen = 0; // the transfer income the household's income record holds
        bool hasIncome = false; // false when no income is recorded for the year
        QList<IncomeFeed> feeds; // field by field
    };

    // The kind's name, or the code itself when unknown.
    static QString typeName(const QString &code);

    // Saves one benefit (audited, revision-checked); refused for a household not in the register.
    Result<qint64> save(HouseholdBenefit &benefit);
    // The same benefit for each household of the list, all or none, in one transaction; returns
    // how many were saved. Refused in full, before anything is written, when a household is not in
    // the register or not in the acting account's divisions, naming that household.
    Result<int> saveForHouseholds(const QList<qint64> &householdIds, const HouseholdBenefit &benefit);
    // Removes a benefit entered by mistake (soft delete, audited, with the reason).
    Status remove(qint64 benefitId, const QString &reason);
    Result<QList<HouseholdBenefit>> forHousehold(qint64 householdId, int year) const;
    // Every year's benefits of the household, the latest year first.
    Result<QList<HouseholdBenefit>> forHousehold(qint64 householdId) const;
    // The year's benefits of every registered household in a division (the county, a township, a
    // village or a group) and below it, by household; for the benefit notices (公示).
    Result<QList<HouseholdBenefit>> forDivision(qint64 divisionId, int year) const;
    // The income fields the year's benefits feed, with both amounts.
    Result<QList<IncomeFeed>> incomeFeeds(qint64 householdId, int year) const;
    Result<YearSummary> yearSummary(qint64 householdId, int year) const;

private:
    CountyDatabase &m_db;
};
