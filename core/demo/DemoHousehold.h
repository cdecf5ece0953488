// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One demo household while it is being made: its people and its history, before the rows are
// written.

#include "demo/DemoContext.h"
#include "demo/DemoText.h"

#include <string>
#include <vector>

namespace demo {

// What the household lives on besides work: 低保 (subsistence allowance) or 特困供养 (extreme-poverty
// support); decides the attribute code (01/04/06, after exit 05/02/03).
enum class Support { General, Subsistence, Extreme };

struct Person
{
    std::string name;
    bool male = true;
    Day birth = 0;
    int age = 0; // on the last day of the generated years
    const char *relation = "01";
    const char *ethnicity = "01";
    const char *political = "13";
    const char *education = "";
    const char *schooling = "00";
    bool chronic = false, serious = false, disabled = false;
    const char *labour = "";
    const char *work = "";
    std::string workPlace;
    int months = 0;
    bool medicalInsurance = false, seriousIllnessInsurance = false, commercialInsurance = false,
         pensionInsurance = false, subsistence = false, extreme = false, medicalAssistance = false, welfareJob = false;
    int welfareMonths = 0;
    const char *dropout = "";
    std::string idNumber;
    qint64 id = 0; // the member row, once written

    bool ill() const { return chronic || serious; }
    // In school beyond preschool: what 因学 and the 雨露计划 are about.
    bool student() const { return schooling[0] != '0' || (schooling[1] != '0' && schooling[1] != '1'); }
    bool labourer() const { return labour[0] >= '1' && labour[0] <= '3'; }
    std::string healthCodes() const;
};

// What the family must contain so that the household's causes and support are consistent.
struct FamilyNeeds
{
    int size = 3;
    Support support = Support::General;
    bool student = false; // 因学
    bool ill = false; // 因病
    bool disabled = false; // 因残
    bool fewHands = false; // 缺劳力: an older head
    bool poor = true; // registered poor: commercial insurance and medical assistance are more common
    int minHeadAge = 18; // the head was an adult when the household was registered
};

std::vector<Person> makeFamily(Context &ctx, const Names &names, const FamilyNeeds &needs, const std::string &township);

// The household's history over the generated years. Years and days past the last generated day
// are planned but not written: a household whose exit falls later is still poor in the file.
struct Timeline
{
    bool poor = true; // registered poor (建档立卡); false for a monitored household never registered
    Support support = Support::General;
    int startYear = 0; // identification year, or the year it was taken into monitoring
    Day start = 0;
    int plannedExit = 0; // as planned at identification; annual targets count these
    int firstExit = 0;
    int relapseYear = 0; // 返贫, then out again in reexitYear
    int reexitYear = 0;
    Day proposalDays[2] = {0, 0}; // exit_proposal, exit_notice and exit of each exit
    Day noticeDays[2] = {0, 0};
    Day exitDays[2] = {0, 0};
    Day relapseDay = 0;
    bool policiesEnded = false; // 已脱贫（不再享受政策）
    const char *category = nullptr; // monitoring_category.csv
    Day monitorDay = 0;
    Day eliminatedDay = 0; // 0 when the risk is not eliminated within the generated years
    std::vector<const char *> causes; // poverty_cause.csv, main cause first
    std::vector<const char *> risks; // risk_type.csv, main risk first
    int relocationYear = 0; // 易地扶贫搬迁, 0 when not relocated
    bool dangerousHouse = false;
    int renovationYear = 0;
    bool waterProblem = false;

    // As of a day: out of poverty (the latest exit passed and no relapse since), monitored.
    bool outOfPovertyOn(Day day) const;
    bool monitoredOn(Day day) const
    {
        return monitorDay && monitorDay <= day && !(eliminatedDay && eliminatedDay <= day);
    }
};

struct Draft
{
    qint64 id = 0;
    int village = 0;
    int township = 0;
    std::string headName;
    Timeline t;
    std::vector<Person> people;
    int welfareStart = 0; // year the public-welfare job began
    int dangerousRenovated = 0; // year a dangerous house was made safe, for the measure
};

// A mistake of a kind the national data-quality checks exist to catch (DOMAIN.md §7) that the
// register accepts when it is typed: planted in about one household in 50 so that the quality
// check has something to find. Chosen from DemoFlaws' own random stream, and applied only to the
// values written, never to the draft the rest of the generator draws from.
struct Flaw
{
    enum Kind {
        None,
        IllnessWithoutIll, // cause 因病, nobody ill (Q03)
        EducationWithoutStudent, // cause 因学, nobody in school (Q05)
        SubsistenceWithoutRecipient, // a 低保 household with nobody on 低保 (Q06)
        WorkPlaceWithoutMonths, // a work place with 0 months worked (Q09)
        SameSexCouple, // head and spouse of the same sex (Q11)
        RegisteredTwice, // a member carries the ID number of a person of the previous household (Q16)
    };
    Kind kind = None;
    int member = -1; // the member whose record is wrong, for the member kinds
    std::string name, idNumber; // RegisteredTwice: who else the member is
};
// Draws whether and how the household is wrong.
Flaw chooseFlaw(Context &ctx, const Draft &d);
// The main cause as written: the draft's, or the one the flaw puts in its place.
const char *writtenMainCause(const Flaw &flaw, const Draft &d);
// Member i as written: the draft's person, or that person with the flaw's mistake.
Person writtenMember(const Flaw &flaw, const Draft &d, size_t i);

// Pairings, visits, measures and project links of a written household.
void writeAssistance(Context &ctx, const Draft &draft);

// What the household's income record of the last year holds, in yuan, field by field, for the
// benefits that feed it (DemoCredit.cpp).
struct PolicyIncome
{
    qint64 welfareJob = 0, dividend = 0, subsistence = 0, extreme = 0, ecological = 0, subsidies = 0;
};
// 政策享受 of the last year and 扶贫小额信贷 over the years of a written household.
void writeCredit(Context &ctx, const Draft &draft, const PolicyIncome &lastYear);

} // namespace demo
