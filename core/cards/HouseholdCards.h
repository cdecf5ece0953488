// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/CardTemplate.h"
#include "cards/HouseholdCard.h"
#include "common/Result.h"
#include "county/Divisions.h"
#include "county/PovertyStandards.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>

class CodeLists;
class CountyDatabase;
class ForcesLists;
struct Household;

// Builds household cards (明白卡) from the register, one call per household or a division's
// households one by one, through the scoped reads (HouseholdRepository, AssistanceRecords,
// BenefitBook): a township or village account gets the cards of its own divisions only and is
// refused in words for any other. Lists, settings and the division names are read once per
// builder, so a builder is made once per print run.
class HouseholdCards
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdCards)

public:
    explicit HouseholdCards(CountyDatabase &db, int year, const QDate &printedOn = QDate::currentDate());
    ~HouseholdCards();

    // What the cards are for: the policy card reads every measure and benefit since identification,
    // which the others do not need. The household card by default.
    void setTemplate(CardTemplate kind) { m_template = kind; }
    // The policy standards printed when the county sets none (CountySettings::CardPolicyStandards).
    static QStringList defaultPolicyStandards();

    Result<HouseholdCard> build(qint64 householdId) const;
    // Each live household of the division (a county, township, village or group code) in code
    // order, built and handed over one at a time: memory does not grow with the count. Stops early
    // when visit returns false. Refused, naming the division, when the account may not read it.
    Status forDivision(const QString &divisionCode, const std::function<bool(const HouseholdCard &)> &visit) const;
    // The number of live households forDivision visits (for a progress bar).
    Result<int> countInDivision(const QString &divisionCode) const;

    // The title when the county sets none: "<county>精准扶贫明白卡（<year>年）".
    static QString defaultTitle(const QString &countyName, int year);

private:
    Result<qint64> divisionIdOf(const QString &divisionCode) const;
    Result<HouseholdCard> fill(const Household &household) const;
    void fillWorkTeam(HouseholdCard &card, qint64 villageId) const;
    Status fillHistory(HouseholdCard &card, const Household &household) const;

    CountyDatabase &m_db;
    int m_year = 0;
    QDate m_printedOn;
    std::unique_ptr<CodeLists> m_codes;
    PovertyStandards m_standards;
    QHash<qint64, Division> m_divisions;
    QString m_title;
    QString m_countyCode;
    bool m_wholeIds = false;
    CardTemplate m_template = CardTemplate::Household;
    QStringList m_policyStandards;
    QString m_pledge;
    QStringList m_supervision;
    struct Team
    {
        QString unit;
        QString members;
        QString firstSecretary;
    };
    mutable QHash<qint64, Team> m_teams; // by village, read once
};
