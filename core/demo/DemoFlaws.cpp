// SPDX-License-Identifier: GPL-3.0-or-later
// The demo county's data mistakes: what a village cadre's typing or an old paper form leaves in a
// real register, in about one household in 50, so that the data-quality panel lists something.
#include "demo/DemoHousehold.h"

#include <algorithm>

namespace demo {

namespace {

// Households in 1,000 that carry a mistake (RegisteredTwice shows in two households).
constexpr int FlawPermille = 18;

bool anyone(const Draft &d, bool (*test)(const Person &))
{
    return std::any_of(d.people.begin(), d.people.end(), test);
}

} // namespace

Flaw chooseFlaw(Context &ctx, const Draft &d)
{
    Flaw flaw;
    if (!ctx.plantFlaws)
        return flaw;
    Rng &rng = ctx.flawRng;
    // Two draws for every household, whatever is chosen: the stream does not depend on the county.
    const bool wrong = rng.chance(FlawPermille);
    const int choice = rng.below(1000);
    if (!wrong)
        return flaw;
    std::vector<Flaw> possible;
    const Timeline &t = d.t;
    if (t.poor && std::string_view(t.causes.front()) != "01" && !anyone(d, [](const Person &p) { return p.ill(); }))
        possible.push_back({Flaw::IllnessWithoutIll, -1, {}, {}});
    if (t.poor && std::string_view(t.causes.front()) != "03"
        && !anyone(d, [](const Person &p) { return p.schooling[0] != '0' || p.schooling[1] != '0'; }))
        possible.push_back({Flaw::EducationWithoutStudent, -1, {}, {}});
    if (t.poor && t.support == Support::Subsistence)
        possible.push_back({Flaw::SubsistenceWithoutRecipient, -1, {}, {}});
    for (size_t i = 0; i < d.people.size(); ++i) {
        const Person &p = d.people[i];
        if (!p.workPlace.empty() && p.months > 0) {
            possible.push_back({Flaw::WorkPlaceWithoutMonths, int(i), {}, {}});
            break;
        }
    }
    for (size_t i = 1; i < d.people.size(); ++i) {
        if (std::string_view(d.people[i].relation) == "10") {
            possible.push_back({Flaw::SameSexCouple, int(i), {}, {}});
            break;
        }
    }
    if (!ctx.lastMemberIdNumber.empty() && d.people.size() > 1)
        possible.push_back(
            {Flaw::RegisteredTwice, int(d.people.size() - 1), ctx.lastMemberName, ctx.lastMemberIdNumber});
    if (possible.empty())
        return flaw;
    return possible[size_t(choice) % possible.size()];
}

const char *writtenMainCause(const Flaw &flaw, const Draft &d)
{
    switch (flaw.kind) {
    case Flaw::IllnessWithoutIll:
        return "01";
    case Flaw::EducationWithoutStudent:
        return "03";
    default:
        return d.t.causes.front();
    }
}

Person writtenMember(const Flaw &flaw, const Draft &d, size_t i)
{
    Person p = d.people[i];
    switch (flaw.kind) {
    case Flaw::SubsistenceWithoutRecipient:
        p.subsistence = false; // the allowance was not ticked on anyone's form
        break;
    case Flaw::WorkPlaceWithoutMonths:
        if (int(i) == flaw.member)
            p.months = 0; // the place was typed, the months left empty
        break;
    case Flaw::SameSexCouple:
        if (int(i) == flaw.member)
            p.male = d.people.front().male; // the wrong box ticked
        break;
    case Flaw::RegisteredTwice:
        if (int(i) == flaw.member) {
            // Married into this household and never taken off the register of the one before.
            p.name = flaw.name;
            p.idNumber = flaw.idNumber;
        }
        break;
    default:
        break;
    }
    return p;
}

} // namespace demo
