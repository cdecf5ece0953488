// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QString>

// What a household received from one policy in one year (政策享受): 低保, 特困供养, 公益岗位 wages,
// 雨露计划, medical assistance, housing renovation, industry subsidies, dividends, ecological
// compensation ...
struct HouseholdBenefit
{
    RecordMeta meta;
    qint64 householdId = 0;
    int year = 0;
    QString benefitCode; // BenefitBook::types()
    qint64 amountFen = 0;
    QString note;

    friend bool operator==(const HouseholdBenefit &, const HouseholdBenefit &) = default;
};
