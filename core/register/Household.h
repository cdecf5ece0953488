// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The register's records as plain values (建档立卡). Codes are the codes of resources/codes;
// money is integer fen; land in mu. Ids are 0 until the record is saved.

struct Member
{
    RecordMeta meta;
    QString name;
    QString sexCode;
    QString idNumber;
    QDate birthDate;
    QString relationCode; // 与户主关系; "01" is the head
    QString ethnicityCode = QStringLiteral("01");
    QString politicalCode = QStringLiteral("13");
    QString educationCode;
    QString schoolingCode = QStringLiteral("00");
    QStringList healthCodes{QStringLiteral("1")}; // conditions may combine
    QString labourCode;
    QString workStatusCode;
    QString workPlace;
    int monthsWorked = 0;
    bool medicalInsurance = false;
    bool seriousIllnessInsurance = false;
    bool commercialInsurance = false;
    bool pensionInsurance = false;
    bool subsistenceAllowance = false; // 低保
    bool extremePovertySupport = false; // 特困供养
    bool medicalAssistance = false;
    bool welfareJob = false; // 公益岗位
    int welfareJobMonths = 0;
    QString dropoutReason;

    bool isHead() const { return relationCode == QLatin1String("01"); }
    // The member as people name them: the name, or "member no. N" (position from 1) while it has
    // none. The one way every message and list names a member.
    static QString label(const QString &name, int position);
    QString label(int position) const { return label(name, position); }
    // Age on a day; -1 when the birth date is unknown.
    int ageOn(const QDate &day) const;
    bool hasHealth(const QString &code) const { return healthCodes.contains(code); }

    friend bool operator==(const Member &, const Member &) = default;
};

// One year's income, all in fen (DOMAIN.md §2).
struct IncomeRecord
{
    RecordMeta meta;
    int year = 0;
    int householdSize = 0;
    qint64 wageMigrant = 0;
    qint64 wageWelfareJob = 0;
    qint64 opCrops = 0;
    qint64 opLivestock = 0;
    qint64 opForestry = 0;
    qint64 opOther = 0;
    qint64 propDividend = 0;
    qint64 propLandTransfer = 0;
    qint64 trFamilyPlanning = 0;
    qint64 trSubsistence = 0;
    qint64 trExtremeSupport = 0;
    qint64 trPension = 0;
    qint64 trEcoCompensation = 0;
    qint64 trSubsidies = 0;
    qint64 trAlimony = 0;
    qint64 trInsurance = 0;
    qint64 opCosts = 0;

    qint64 wages() const { return wageMigrant + wageWelfareJob; }
    qint64 operating() const { return opCrops + opLivestock + opForestry + opOther; }
    qint64 property() const { return propDividend + propLandTransfer; }
    qint64 transfers() const
    {
        return trFamilyPlanning + trSubsistence + trExtremeSupport + trPension + trEcoCompensation + trSubsidies
            + trAlimony + trInsurance;
    }
    qint64 netIncome() const { return wages() + operating() + property() + transfers() - opCosts; }
    // (wage + operating + property + transfer − operating costs) ÷ household size, rounded to the
    // nearest fen; nullopt when the size is not positive.
    std::optional<qint64> perCapitaNetIncome() const;

    friend bool operator==(const IncomeRecord &, const IncomeRecord &) = default;
};

// Living conditions and 两不愁三保障 in one year.
struct LivingConditions
{
    RecordMeta meta;
    int year = 0;
    double farmlandMu = 0;
    double irrigatedMu = 0;
    double forestMu = 0;
    double returnedFarmlandMu = 0;
    double fruitForestMu = 0;
    double pastureMu = 0;
    double waterSurfaceMu = 0;
    bool productionPower = true;
    bool householdPower = true;
    bool radioTv = true;
    double roadDistanceKm = 0;
    QString roadSurfaceCode;
    double housingAreaM2 = 0;
    QString houseRatingCode;
    std::optional<int> renovationYear;
    bool waterDifficulty = false;
    bool waterSafe = true;
    bool sanitaryToilet = false;
    QString cookingFuelCode;
    bool foodSecure = true;
    bool clothingSecure = true;
    bool educationSecure = true;
    bool medicalSecure = true;
    bool housingSecure = true;

    friend bool operator==(const LivingConditions &, const LivingConditions &) = default;
};

struct Household
{
    RecordMeta meta;
    QString code; // 户编号
    qint64 townshipId = 0;
    qint64 villageId = 0;
    qint64 groupId = 0; // 0 when no villager group is recorded
    QString address;
    QString phone;
    QString bankName;
    QString bankAccount;
    QString attributeCode;
    QString standardCode = QStringLiteral("1");
    QString statusCode = QStringLiteral("0");
    std::optional<int> identificationYear;
    std::optional<int> plannedExitYear;
    std::optional<int> exitYear;
    QString mainCauseCode;
    QString otherCause1Code;
    QString otherCause2Code;
    QString monitoringCategory; // empty when not a monitoring household
    bool militaryFamily = false;
    bool relocated = false;
    QString relocationMode;
    QString settlementAddress;
    bool cooperative = false;
    bool enterpriseLed = false;

    QList<Member> members;
    QList<IncomeRecord> incomes; // one per year, ascending
    QList<LivingConditions> livingConditions; // one per year, ascending

    const Member *head() const;
    const IncomeRecord *incomeFor(int year) const;
    const LivingConditions *livingFor(int year) const;
    QStringList causeCodes() const;

    // Field by field, meta and rows included: how an editor knows it has unsaved changes.
    friend bool operator==(const Household &, const Household &) = default;
};
