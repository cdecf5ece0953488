// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/BenefitBook.h"

#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"
#include "funds/FundsKinds.h"
#include "register/HouseholdKinds.h"

#include <algorithm>
#include <map>

BenefitBook::BenefitBook(CountyDatabase &db) : m_db(db)
{ }

QList<BenefitBook::Type> BenefitBook::types()
{
    const QString subsidies = QStringLiteral("tr_subsidies");
    return {
        {QStringLiteral("subsistence"), tr("Subsistence allowance (低保)"), QStringLiteral("tr_subsistence")},
        {QStringLiteral("extreme_support"), tr("Extreme-poverty support (特困供养)"),
            QStringLiteral("tr_extreme_support")},
        {QStringLiteral("welfare_job"), tr("Public-welfare job wages (公益岗位)"), QStringLiteral("wage_welfare_job")},
        {QStringLiteral("education"), tr("Education subsidy (雨露计划)"), subsidies},
        {QStringLiteral("medical"), tr("Medical assistance"), subsidies},
        {QStringLiteral("housing"), tr("Housing renovation grant"), subsidies},
        {QStringLiteral("industry"), tr("Industry subsidy"), subsidies},
        {QStringLiteral("dividend"), tr("Asset dividends"), QStringLiteral("prop_dividend")},
        {QStringLiteral("ecological"), tr("Ecological compensation"), QStringLiteral("tr_eco_compensation")},
        {QStringLiteral("other"), tr("Other policy subsidy"), subsidies},
    };
}

QStringList BenefitBook::problems(const HouseholdBenefit &b)
{
    QStringList p;
    if (b.householdId == 0)
        p << tr("Choose the household that receives the benefit.");
    if (b.year < 2000 || b.year > 2100)
        p << tr("The year of the benefit must be between 2000 and 2100.");
    bool known = false;
    for (const Type &t : types())
        known = known || t.code == b.benefitCode;
    if (!known)
        p << tr("Choose the kind of benefit.");
    if (b.amountFen < 0)
        p << tr("The amount of a benefit cannot be negative.");
    return p;
}

Result<qint64> BenefitBook::save(HouseholdBenefit &benefit)
{
    SqliteReader h(m_db.handle(), QStringLiteral("SELECT 1 FROM household WHERE id = ?1 AND deleted_at IS NULL"));
    h.bind(1, benefit.householdId);
    if (!h.step())
        return Result<qint64>::failure(tr("Household %1 is not in the register.").arg(benefit.householdId));
    h.reset();
    return RecordRepository<HouseholdBenefit>(m_db).save(benefit);
}

Result<int> BenefitBook::saveForHouseholds(const QList<qint64> &householdIds, const HouseholdBenefit &benefit)
{
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Result<int>::failure(transaction.error());
    int saved = 0;
    for (qint64 id : householdIds) {
        HouseholdBenefit b = benefit;
        b.meta = {};
        b.householdId = id;
        if (const Result<qint64> r = save(b); !r)
            return Result<int>::failure(r.error());
        ++saved;
    }
    if (Status s = transaction.commit(); !s)
        return Result<int>::failure(s.error());
    return saved;
}

Result<QList<HouseholdBenefit>> BenefitBook::forHousehold(qint64 householdId, int year) const
{
    return RecordRepository<HouseholdBenefit>(m_db).list(
        QStringLiteral("t.household_id = ? AND t.year = ?"), {householdId, qint64(year)});
}

Result<QList<HouseholdBenefit>> BenefitBook::forDivision(qint64 divisionId, int year) const
{
    Result<QList<HouseholdBenefit>> rows = RecordRepository<HouseholdBenefit>(m_db).list(
        QStringLiteral("t.year = ?1 AND t.household_id IN (SELECT h.id FROM household h WHERE h.deleted_at IS NULL "
                       "AND (h.township_id = ?2 OR h.village_id = ?2 OR h.group_id = ?2 OR "
                       "EXISTS (SELECT 1 FROM division d WHERE d.id = ?2 AND d.level = 1)))"),
        {qint64(year), divisionId});
    if (rows)
        std::stable_sort(rows->begin(), rows->end(),
            [](const HouseholdBenefit &a, const HouseholdBenefit &b) { return a.householdId < b.householdId; });
    return rows;
}

Result<QList<IncomeFeed>> BenefitBook::incomeFeeds(qint64 householdId, int year) const
{
    using R = Result<QList<IncomeFeed>>;
    const Result<QList<HouseholdBenefit>> benefits = forHousehold(householdId, year);
    if (!benefits)
        return R::failure(benefits.error());
    std::map<QString, qint64> byColumn;
    for (const HouseholdBenefit &b : benefits.value()) {
        for (const Type &t : types()) {
            if (t.code == b.benefitCode)
                byColumn[t.incomeColumn] += b.amountFen;
        }
    }
    QList<IncomeFeed> feeds;
    for (const auto &[column, fen] : byColumn) {
        IncomeFeed f;
        f.column = column;
        f.benefitsFen = fen;
        if (const auto *field = RecordFields::find<IncomeRecord>(column))
            f.label = RecordFields::tr(field->label);
        // The column name comes from types() above, never from outside.
        SqliteReader s(
            m_db.handle(), QStringLiteral("SELECT %1 FROM income WHERE household_id = ?1 AND year = ?2").arg(column));
        s.bind(1, householdId);
        s.bind(2, qint64(year));
        if (s.step()) {
            f.recordedFen = s.integer(0);
            f.hasIncome = true;
        }
        if (!s.error().isEmpty())
            return R::failure(s.error());
        feeds.append(f);
    }
    return feeds;
}
