// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/BenefitBook.h"

#include "accounts/AccessPolicy.h"
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

QString BenefitBook::typeName(const QString &code)
{
    for (const Type &t : types()) {
        if (t.code == code)
            return t.name;
    }
    return code;
}

Result<int> BenefitBook::saveForHouseholds(const QList<qint64> &householdIds, const HouseholdBenefit &benefit)
{
    if (householdIds.isEmpty())
        return Result<int>::failure(tr("Choose the households that receive the benefit."));
    HouseholdBenefit probe = benefit;
    probe.householdId = householdIds.first();
    if (const QStringList p = problems(probe); !p.isEmpty())
        return Result<int>::failure(p.join(u'\n'));
    // Every household is checked before the first is written, so that a refusal names the
    // household at fault rather than only the division.
    SqliteReader h(m_db.handle(),
        QStringLiteral("SELECT h.code, (SELECT m.name FROM member m WHERE m.household_id = h.id ORDER BY "
                       "m.relation_code = '01' DESC, m.position LIMIT 1) FROM household h WHERE h.id = ?1 AND "
                       "h.deleted_at IS NULL"));
    for (qint64 id : householdIds) {
        h.bind(1, id);
        if (!h.step())
            return Result<int>::failure(tr("Household %1 is not in the register; no benefit was saved.").arg(id));
        const QString name = tr("household %1 (%2)").arg(h.text(0), h.text(1));
        h.reset();
        if (Status s = AccessPolicy::checkWrite<HouseholdBenefit>(m_db, id); !s)
            return Result<int>::failure(
                tr("No benefit was saved: %1 is outside what you may change. %2").arg(name, s.error()));
    }
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

Status BenefitBook::remove(qint64 benefitId, const QString &reason)
{
    return RecordRepository<HouseholdBenefit>(m_db).softDelete(benefitId, reason);
}

Result<QList<HouseholdBenefit>> BenefitBook::forHousehold(qint64 householdId) const
{
    if (Status s = AccessPolicy::checkReadHousehold(m_db, householdId); !s)
        return Result<QList<HouseholdBenefit>>::failure(s.error());
    Result<QList<HouseholdBenefit>> all
        = RecordRepository<HouseholdBenefit>(m_db).list(QStringLiteral("t.household_id = ?"), {householdId});
    if (all)
        std::stable_sort(all->begin(), all->end(),
            [](const HouseholdBenefit &a, const HouseholdBenefit &b) { return a.year > b.year; });
    return all;
}

Result<BenefitBook::YearSummary> BenefitBook::yearSummary(qint64 householdId, int year) const
{
    using R = Result<YearSummary>;
    YearSummary summary;
    const Result<QList<HouseholdBenefit>> benefits = forHousehold(householdId, year);
    if (!benefits)
        return R::failure(benefits.error());
    for (const HouseholdBenefit &b : benefits.value())
        summary.benefitsFen += b.amountFen;
    Result<QList<IncomeFeed>> feeds = incomeFeeds(householdId, year);
    if (!feeds)
        return R::failure(feeds.error());
    summary.feeds = std::move(feeds).value();
    // The same sum as IncomeRecord::transfers(), over the saved record.
    SqliteReader s(m_db.handle(),
        QStringLiteral("SELECT tr_family_planning + tr_subsistence + tr_extreme_support + tr_pension + "
                       "tr_eco_compensation + tr_subsidies + tr_alimony + tr_insurance FROM income WHERE "
                       "household_id = ?1 AND year = ?2"));
    s.bind(1, householdId);
    s.bind(2, qint64(year));
    if (s.step()) {
        summary.hasIncome = true;
        summary.recordedTransfersFen = s.integer(0);
    }
    if (!s.error().isEmpty())
        return R::failure(s.error());
    return summary;
}

Result<QList<HouseholdBenefit>> BenefitBook::forHousehold(qint64 householdId, int year) const
{
    if (Status s = AccessPolicy::checkReadHousehold(m_db, householdId); !s)
        return Result<QList<HouseholdBenefit>>::failure(s.error());
    return RecordRepository<HouseholdBenefit>(m_db).list(
        QStringLiteral("t.household_id = ? AND t.year = ?"), {householdId, qint64(year)});
}

Result<QList<HouseholdBenefit>> BenefitBook::forDivision(qint64 divisionId, int year) const
{
    const Result<ReadScope> scope = AccessPolicy::readScope(m_db);
    if (!scope)
        return Result<QList<HouseholdBenefit>>::failure(scope.error());
    Result<QList<HouseholdBenefit>> rows = RecordRepository<HouseholdBenefit>(m_db).list(
        QStringLiteral("t.year = ?1 AND t.household_id IN (SELECT h.id FROM household h WHERE h.deleted_at IS NULL "
                       "AND (h.township_id = ?2 OR h.village_id = ?2 OR h.group_id = ?2 OR "
                       "EXISTS (SELECT 1 FROM division d WHERE d.id = ?2 AND d.level = 1))")
            + scope->andVillageIn(QStringLiteral("h.village_id")) + u')',
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
