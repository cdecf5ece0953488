// SPDX-License-Identifier: GPL-3.0-or-later
// The people of one household: relations, names, sexes and ages that fit together, then the
// member fields (education, schooling, health, labour, work, insurance) that follow from age
// and health, as of 31 December of the last generated year.

#include "demo/DemoHousehold.h"

#include <algorithm>

namespace demo {

std::string Person::healthCodes() const
{
    if (!ill() && !disabled)
        return "1";
    std::string codes;
    for (const auto &[has, code] : {std::pair{chronic, "2"}, std::pair{serious, "3"}, std::pair{disabled, "4"}}) {
        if (!has)
            continue;
        if (!codes.empty())
            codes += ',';
        codes += code;
    }
    return codes;
}

namespace {

struct Slot
{
    const char *relation;
    bool male;
    int age;
    bool ownSurname; // spouses and in-laws keep their own surname
};

const char *educationForAge(Rng &rng, int age)
{
    if (age < 6)
        return "";
    if (age < 16)
        return "2";
    static const Weighted<const char *> young{{"1", 2}, {"2", 10}, {"3", 55}, {"4", 23}, {"5", 7}, {"6", 3}};
    static const Weighted<const char *> middle{{"1", 8}, {"2", 35}, {"3", 45}, {"4", 10}, {"5", 2}};
    static const Weighted<const char *> older{{"1", 30}, {"2", 45}, {"3", 22}, {"4", 3}};
    static const Weighted<const char *> old{{"1", 60}, {"2", 35}, {"3", 5}};
    return (age < 30 ? young : age < 50 ? middle : age < 70 ? older : old).pick(rng);
}

// Schooling status (schooling_status.csv) by age; forced is for the student a 因学 household needs.
const char *schoolingForAge(Rng &rng, int age, bool forced)
{
    static constexpr const char *Senior[] = {"11", "12", "13"};
    static constexpr const char *Vocational[] = {"21", "22", "23"};
    static constexpr const char *Higher[] = {"31", "32", "33"};
    static constexpr const char *Compulsory[] = {"07", "08", "09"};
    if (age >= 3 && age <= 5)
        return rng.chance(700) ? "01" : "00";
    if (age >= 6 && age <= 11)
        return "02";
    if (age >= 12 && age <= 14)
        return Compulsory[age - 12];
    if (age >= 15 && age <= 17) {
        const int r = rng.below(1000);
        if (r < (forced ? 600 : 500))
            return Senior[age - 15];
        if (r < 800 || forced)
            return Vocational[age - 15];
        return "00";
    }
    if (age >= 18 && age <= 20) {
        const int r = rng.below(1000);
        if (r < (forced ? 500 : 150))
            return Higher[age - 18];
        if (r < 350 || forced)
            return "40";
        return "00";
    }
    if (age >= 21 && age <= 22)
        return rng.chance(forced ? 1000 : 200) ? "40" : "00";
    return "00";
}

const char *educationForSchooling(const char *schooling)
{
    const std::string_view s(schooling);
    if (s == "02")
        return "2";
    if (s == "07" || s == "08" || s == "09")
        return "3";
    if (s[0] == '1' || s[0] == '2')
        return "4";
    return "5";
}

std::vector<Slot> makeSlots(Rng &rng, const FamilyNeeds &needs)
{
    int headAge;
    if (needs.support == Support::Extreme)
        headAge = rng.range(60, 88);
    else if (needs.fewHands)
        headAge = rng.range(58, 84);
    else if (needs.student)
        headAge = rng.range(38, 56);
    else
        headAge = rng.around(26, 82);
    if (headAge < needs.minHeadAge)
        headAge = std::min(95, needs.minHeadAge + rng.below(12));

    int room = needs.size - 1;
    const bool headMale = rng.chance(needs.size == 1 ? 600 : needs.support == Support::Extreme ? 550 : 860);
    std::vector<Slot> people{{"01", headMale, headAge, false}};
    // The student a 因学 household needs comes before a spouse.
    if (room > (needs.student ? 1 : 0) && rng.chance(headMale ? 880 : 120)) {
        const int age = headMale ? headAge - rng.range(-2, 6) : headAge + rng.range(-1, 6);
        people.push_back({"10", !headMale, std::clamp(age, 18, 95), true});
        --room;
    }
    if (needs.support == Support::Extreme) {
        // A second person under extreme-poverty support is an old sibling or a disabled child.
        if (room > 0)
            people.push_back({"70", rng.chance(500), std::clamp(headAge + rng.range(-8, 8), 60, 95), false});
        return people;
    }
    if (needs.student && room > 0) {
        const int age = std::min(rng.range(15, 20), headAge - 18);
        const bool male = rng.chance(520);
        people.push_back({male ? "20" : "30", male, age, false});
        --room;
    }
    if (!needs.student && room >= 3 && headAge >= 50 && rng.chance(650)) {
        // Three generations: a married child and grandchildren; now and then a son-in-law who
        // married into the family (上门女婿).
        const bool uxorilocal = rng.chance(150);
        const int childAge = std::max(20, headAge - rng.range(20, 30));
        people.push_back({uxorilocal ? "30" : "20", !uxorilocal, childAge, false});
        people.push_back({uxorilocal ? "31" : "21", uxorilocal, std::max(18, childAge + rng.range(-4, 3)), true});
        room -= 2;
        while (room > 0 && childAge >= 20) {
            int age = childAge - rng.range(20, 30);
            if (age < 0)
                age = rng.range(0, childAge - 20);
            // A daughter's children are 外孙, even when they carry the family surname of a son-in-law
            // who married in.
            const bool male = rng.chance(520);
            people.push_back({male ? (uxorilocal ? "43" : "41") : (uxorilocal ? "44" : "42"), male, age, false});
            --room;
        }
    }
    for (int children = 0; room > 0 && children < 5; ++children) {
        const int age = headAge - rng.range(18, 35);
        if (age < 0)
            break;
        const bool male = rng.chance(520);
        people.push_back({male ? "20" : "30", male, age, false});
        --room;
    }
    if (room > 0 && headAge <= 60) {
        people.push_back({"51", true, std::min(95, headAge + rng.range(22, 32)), false});
        --room;
    }
    if (room > 0 && headAge <= 60) {
        people.push_back({"52", false, std::min(95, headAge + rng.range(20, 30)), true});
        --room;
    }
    while (room-- > 0) {
        const bool male = rng.chance(500);
        people.push_back({"70", male, std::clamp(headAge + rng.range(-10, 10), 16, 90), false});
    }
    return people;
}

void fillHealth(Rng &rng, Person &p)
{
    const int age = p.age;
    p.chronic = rng.chance(age >= 60 ? 200 : age >= 40 ? 80 : age >= 16 ? 20 : 5);
    p.serious = rng.chance(age >= 50 ? 40 : 12);
    p.disabled = rng.chance(age >= 60 ? 60 : 25);
}

// The adult most likely to carry the household's illness or disability: the head or spouse when
// they are past forty, otherwise anyone grown up.
Person &pickPatient(Rng &rng, std::vector<Person> &people)
{
    for (Person &p : people) {
        if ((std::string_view(p.relation) == "01" || std::string_view(p.relation) == "10") && p.age >= 40
            && rng.chance(700))
            return p;
    }
    std::vector<Person *> adults;
    for (Person &p : people) {
        if (p.age >= 16)
            adults.push_back(&p);
    }
    return adults.empty() ? people.front() : *rng.pick(adults);
}

void fillWork(Context &ctx, Person &p, Support support, const std::string &township)
{
    Rng &rng = ctx.rng;
    const int age = p.age;
    if (age < 16 || p.student())
        p.labour = "5";
    else if (support == Support::Extreme)
        p.labour = p.ill() || p.disabled ? "4" : "5";
    else if (p.serious || p.disabled)
        p.labour = age < 65 && rng.chance(400) ? "3" : "4";
    else if (age >= 65)
        p.labour = rng.chance(450) ? "3" : "5";
    else if (p.chronic)
        p.labour = rng.chance(500) ? "3" : "1";
    else if (age >= 60)
        p.labour = rng.chance(700) ? "3" : "1";
    else {
        const int r = rng.below(100);
        p.labour = r < 78 ? "1" : r < 94 ? "2" : "3";
    }

    const std::string_view labour(p.labour);
    const bool works = ((labour == "1" || labour == "2") && age <= 60 && rng.chance(780))
        || (labour == "3" && age < 65 && rng.chance(250));
    if (works) {
        static const Weighted<const char *> status{{"1", 20}, {"2", 12}, {"3", 20}, {"4", 42}, {"9", 6}};
        p.work = status.pick(rng);
        const std::string_view s(p.work);
        p.months = s == "3" || s == "4" ? rng.range(6, 12) : s == "9" ? rng.range(2, 10) : rng.range(3, 12);
        p.workPlace = phrases::workPlace(rng, s, township, ctx.county, ctx.province);
    }
}

} // namespace

std::vector<Person> makeFamily(Context &ctx, const Names &names, const FamilyNeeds &needs, const std::string &township)
{
    Rng &rng = ctx.rng;
    const std::vector<Slot> room = makeSlots(rng, needs);
    const Day ref = ctx.lastDay;
    const int refYear = ctx.lastYear;

    std::vector<Person> people(room.size());
    const std::string headSurname = names.surname(rng);
    const char *headEthnicity = ctx.ethnicities.pick(rng);
    std::string spouseSurname;
    for (size_t i = 0; i < room.size(); ++i) {
        const Slot &slot = room[i];
        Person &p = people[i];
        p.relation = slot.relation;
        p.male = slot.male;
        p.age = slot.age;
        const int birthYear = refYear - slot.age;
        p.birth = std::min(randomDay(rng, dayOf(birthYear, 1, 1), dayOf(birthYear, 12, 31)), ref);
        std::string surname = slot.ownSurname ? names.surname(rng) : headSurname;
        if (std::string_view(slot.relation) == "10")
            spouseSurname = surname;
        // A woman heading a household with her husband: the children carry his surname.
        const bool child = std::string_view(slot.relation) == "20" || std::string_view(slot.relation) == "30"
            || std::string_view(slot.relation) == "41" || std::string_view(slot.relation) == "42"
            || std::string_view(slot.relation) == "43" || std::string_view(slot.relation) == "44";
        if (child && !room.front().male && !spouseSurname.empty())
            surname = spouseSurname;
        p.name = surname + names.given(rng, p.male, birthYear);
        p.ethnicity = slot.ownSurname && rng.chance(200) ? ctx.ethnicities.pick(rng) : headEthnicity;
    }

    for (Person &p : people)
        fillHealth(rng, p);
    if (needs.ill && std::none_of(people.begin(), people.end(), [](const Person &p) { return p.ill(); })) {
        Person &patient = pickPatient(rng, people);
        (rng.chance(600) ? patient.chronic : patient.serious) = true;
    }
    if (needs.disabled && std::none_of(people.begin(), people.end(), [](const Person &p) { return p.disabled; }))
        pickPatient(rng, people).disabled = true;
    if (needs.support == Support::Extreme) {
        // Extreme-poverty support is for people who cannot work: nobody aged 16–65 able to.
        for (Person &p : people) {
            if (p.age < 65 && !p.ill())
                p.disabled = true;
        }
    }

    bool studentPlaced = false;
    for (Person &p : people) {
        const std::string_view relation(p.relation);
        const bool forced
            = needs.student && !studentPlaced && (relation == "20" || relation == "30") && p.age >= 15 && p.age <= 22;
        p.schooling = schoolingForAge(rng, p.age, forced);
        studentPlaced = studentPlaced || p.student();
        p.education = p.student() ? educationForSchooling(p.schooling) : educationForAge(rng, p.age);
        if (p.age >= 15 && p.age <= 17 && !p.student()) {
            static constexpr const char *Reasons[] = {"家庭经济困难", "学习困难", "外出务工"};
            p.dropout = Reasons[rng.below(3)];
        }
        if (p.age >= 18 && rng.chance(std::string_view(p.relation) == "01" ? 50 : 25))
            p.political = "01";
        else if (p.age >= 14 && p.age <= 28 && rng.chance(p.student() ? 400 : 150))
            p.political = "03";

        fillWork(ctx, p, needs.support, township);

        p.medicalInsurance = rng.chance(996);
        p.seriousIllnessInsurance = p.medicalInsurance;
        p.commercialInsurance = rng.chance(needs.poor ? 550 : 200);
        p.pensionInsurance = p.age >= 60 || (p.age >= 16 && !p.student() && rng.chance(850));
        p.medicalAssistance = (p.ill() || p.disabled) && rng.chance(needs.poor ? 750 : 400);
        p.extreme = needs.support == Support::Extreme;
    }
    if (needs.support == Support::Subsistence) {
        // 低保 covers people: often the whole household, otherwise those who cannot earn.
        const bool everyone = rng.chance(500);
        bool any = false;
        for (Person &p : people) {
            p.subsistence = everyone || p.ill() || p.disabled || p.age >= 60 || rng.chance(300);
            any = any || p.subsistence;
        }
        if (!any)
            people.front().subsistence = true;
    }
    return people;
}

} // namespace demo
