// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/HouseholdChecks.h"

#include "common/Money.h"
#include "register/IdNumber.h"
#include "register/PhoneNumber.h"

#include <QHash>

#include <algorithm>

namespace {

bool isMonths(int months)
{
    return months >= 0 && months <= 12;
}

} // namespace

QStringList HouseholdChecks::problems(const Household &h)
{
    QStringList problems;
    if (h.townshipId == 0 || h.villageId == 0)
        problems << tr("Choose the township and village.");
    if (h.code.trimmed().isEmpty())
        problems << tr("The household code is empty.");
    if (!h.phone.isEmpty()) {
        if (const PhoneNumber::Check phone = PhoneNumber::check(h.phone); !phone.valid())
            problems << tr("Phone: %1").arg(phone.reason);
    }
    if (h.attributeCode.isEmpty())
        problems << tr("Choose the household attribute.");

    if (h.members.isEmpty()) {
        problems << tr("Add the members of the household, the head first.");
    } else {
        const auto heads
            = std::count_if(h.members.cbegin(), h.members.cend(), [](const Member &m) { return m.isHead(); });
        if (heads == 0)
            problems << tr("No member is the head of household (户主).");
        else if (heads > 1)
            problems << tr("%1 members are marked as head; only one can be.").arg(heads);
    }
    QHash<QString, QString> ids; // normalized ID → member name
    for (int i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        const QString who = m.label(i + 1);
        if (m.name.trimmed().isEmpty())
            problems << tr("%1 has no name.").arg(who);
        if (m.relationCode.isEmpty())
            problems << tr("%1: choose the relation to the head.").arg(who);
        // The ID number, then the months: a member without a valid ID is still checked for both.
        if (m.idNumber.isEmpty()) {
            problems << tr("%1 has no ID number.").arg(who);
        } else if (const IdNumber::Check check = IdNumber::check(m.idNumber); !check.valid) {
            problems << tr("%1's ID number %2: %3").arg(who, m.idNumber, check.reason);
        } else {
            if (const QString other = ids.value(check.normalized); !other.isEmpty())
                problems << tr("%1 and %2 have the same ID number %3.").arg(other, who, check.normalized);
            ids.insert(check.normalized, who);
        }
        if (!isMonths(m.monthsWorked))
            problems << tr("%1: months worked must be 0 to 12.").arg(who);
        if (!isMonths(m.welfareJobMonths))
            problems << tr("%1: welfare-job months must be 0 to 12.").arg(who);
    }
    if (h.mainCauseCode.isEmpty())
        problems << tr("Choose the main poverty cause.");
    // What the county file refuses as well; said here in words, before a write is tried.
    for (const IncomeRecord &income : h.incomes) {
        const qint64 amounts[] = {income.wageMigrant, income.wageWelfareJob, income.opCrops, income.opLivestock,
            income.opForestry, income.opOther, income.propDividend, income.propLandTransfer, income.trFamilyPlanning,
            income.trSubsistence, income.trExtremeSupport, income.trPension, income.trEcoCompensation,
            income.trSubsidies, income.trAlimony, income.trInsurance, income.opCosts};
        if (const auto negative = std::find_if(std::begin(amounts), std::end(amounts), [](qint64 a) { return a < 0; });
            negative != std::end(amounts))
            problems << tr("Income in %1: an amount is negative (%2 yuan); amounts cannot be below zero.")
                            .arg(income.year)
                            .arg(Money::fromFen(*negative).toString());
    }
    for (const LivingConditions &l : h.livingConditions) {
        const double sizes[] = {l.farmlandMu, l.irrigatedMu, l.forestMu, l.returnedFarmlandMu, l.fruitForestMu,
            l.pastureMu, l.waterSurfaceMu, l.roadDistanceKm, l.housingAreaM2};
        if (const auto negative = std::find_if(std::begin(sizes), std::end(sizes), [](double v) { return v < 0; });
            negative != std::end(sizes))
            problems << tr("Living conditions in %1: an area or distance is negative (%2); it cannot be below zero.")
                            .arg(l.year)
                            .arg(*negative);
    }
    return problems;
}
