// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/Household.h"

#include <QCoreApplication>

#include <algorithm>

int Member::ageOn(const QDate &day) const
{
    if (!birthDate.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

std::optional<qint64> IncomeRecord::perCapitaNetIncome() const
{
    if (householdSize <= 0)
        return std::nullopt;
    const qint64 net = netIncome();
    const qint64 half = householdSize / 2;
    return net >= 0 ? (net + half) / householdSize : -((-net + half) / householdSize);
}

const Member *Household::head() const
{
    const auto it = std::find_if(members.cbegin(), members.cend(), [](const Member &m) { return m.isHead(); });
    return it == members.cend() ? nullptr : &*it;
}

const IncomeRecord *Household::incomeFor(int year) const
{
    const auto it
        = std::find_if(incomes.cbegin(), incomes.cend(), [&](const IncomeRecord &r) { return r.year == year; });
    return it == incomes.cend() ? nullptr : &*it;
}

const LivingConditions *Household::livingFor(int year) const
{
    const auto it = std::find_if(
        livingConditions.cbegin(), livingConditions.cend(), [&](const LivingConditions &l) { return l.year == year; });
    return it == livingConditions.cend() ? nullptr : &*it;
}

QStringList Household::causeCodes() const
{
    QStringList codes{mainCauseCode};
    for (const QString &c : {otherCause1Code, otherCause2Code}) {
        if (!c.isEmpty())
            codes << c;
    }
    return codes;
}

QString Member::label(const QString &name, int position)
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? QCoreApplication::translate("Member", "member no. %1").arg(position) : trimmed;
}
