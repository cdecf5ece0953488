// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/IncomeStatement.h"

#include <algorithm>

bool IncomeStatement::isLabourer(const Member &member)
{
    return member.labourCode == QLatin1String("1") || member.labourCode == QLatin1String("2");
}

IncomeStatement IncomeStatement::of(const IncomeRecord &income, const QList<Member> &members)
{
    IncomeStatement s;
    s.year = income.year;
    s.netFen = income.netIncome();
    s.perCapitaFen = income.perCapitaNetIncome();
    const int labourers = int(std::count_if(members.cbegin(), members.cend(), isLabourer));
    const qint64 total = income.wages() + income.operating() + income.property() + income.transfers();
    s.rows = {
        {QStringLiteral("A"), tr("Household size"), {}, std::nullopt, income.householdSize},
        {QStringLiteral("B"), tr("Labourers"), {}, std::nullopt, labourers},
        {QStringLiteral("K"), tr("Total income"), QStringLiteral("K = L + M + N + P"), total, std::nullopt},
        {QStringLiteral("L"), tr("Wage income (migrant work, public-welfare jobs)"), {}, income.wages(), std::nullopt},
        {QStringLiteral("M"), tr("Production and operating income"), {}, income.operating(), std::nullopt},
        {QStringLiteral("N"), tr("Property income"), {}, income.property(), std::nullopt},
        {QStringLiteral("P"), tr("Transfer income"), {}, income.transfers(), std::nullopt},
        {QStringLiteral("R"), tr("Production and operating costs"), {}, income.opCosts, std::nullopt},
        {QStringLiteral("S"), tr("Net income"), QStringLiteral("S = K − R"), s.netFen, std::nullopt},
        {QStringLiteral("T"), tr("Per-capita net income"), QStringLiteral("T = S ÷ A"), s.perCapitaFen, std::nullopt},
    };
    return s;
}
