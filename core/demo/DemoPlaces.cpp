// SPDX-License-Identifier: GPL-3.0-or-later
// Townships, administrative villages and villager groups under the county, with statistical
// division codes as the national scheme builds them: towns (镇) 1xx, townships (乡) 2xx,
// village committees (村委会) 2xx, groups a further three digits.

#include "demo/DemoContext.h"
#include "demo/DemoText.h"

#include <algorithm>
#include <set>

namespace demo {

namespace {

std::string threeDigits(int n)
{
    std::string s(3, '0');
    s[0] = char('0' + n / 100 % 10);
    s[1] = char('0' + n / 10 % 10);
    s[2] = char('0' + n % 10);
    return s;
}

// A place name not used yet in the county, so that search and printed notices stay unambiguous.
std::string freshPlace(Context &ctx, std::set<std::string> &used)
{
    for (int tries = 0; tries < 200; ++tries) {
        std::string name = Names::place(ctx.rng);
        if (used.insert(name).second)
            return name;
    }
    // Two syllables ran out: add a third.
    for (;;) {
        std::string name = Names::place(ctx.rng);
        name += cjkAt(Names::place(ctx.rng), 0);
        if (used.insert(name).second)
            return name;
    }
}

// Splits total over weights exactly (largest remainder), so the county gets the requested count.
std::vector<int> apportion(int total, const std::vector<int> &weights)
{
    qint64 sum = 0;
    for (int w : weights)
        sum += w;
    std::vector<int> counts(weights.size());
    std::vector<std::pair<qint64, size_t>> remainders;
    int given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const qint64 share = qint64(total) * weights[i];
        counts[i] = int(share / sum);
        given += counts[i];
        remainders.emplace_back(share % sum, i);
    }
    std::stable_sort(
        remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; i < total - given; ++i)
        ++counts[remainders[size_t(i)].second];
    return counts;
}

} // namespace

void writePlaces(Context &ctx)
{
    Rng &rng = ctx.rng;
    const int townshipCount = std::clamp((ctx.households + 3500) / 7000, 3, 25);
    std::set<std::string> usedNames;
    const Day founded = dayOf(2014, 3, 1);
    auto stamp = [&] {
        const Day day = randomDay(rng, founded, founded + 20);
        return StampText(day, officeSecond(rng));
    };

    int towns = 0, rural = 0;
    for (int t = 0; t < townshipCount; ++t) {
        Township township;
        const bool town = rng.chance(600);
        township.name = freshPlace(ctx, usedNames) + (town ? "镇" : "乡");
        township.code = ctx.countyCode.toStdString() + threeDigits(town ? 100 + towns++ : 200 + rural++);
        const StampText created = stamp();
        township.id = ctx.statements.division.insert(
            ctx.uuid(), ctx.countyId, 2, township.code, township.name, 0, created, created);

        const int villageCount = rng.range(8, 20);
        for (int v = 0; v < villageCount; ++v) {
            Village village;
            village.township = t;
            village.name = freshPlace(ctx, usedNames) + "村";
            village.code = township.code + threeDigits(200 + v);
            // About half the villages were registered poor villages (DOMAIN.md §8: 46 of 90).
            village.poor = rng.chance(450);
            const StampText vCreated = stamp();
            village.id = ctx.statements.division.insert(
                ctx.uuid(), township.id, 3, village.code, village.name, village.poor ? 1 : 0, vCreated, vCreated);

            const int groups = rng.range(3, 8);
            const bool numbered = rng.chance(700);
            std::set<std::string> groupNames;
            for (int g = 1; g <= groups; ++g) {
                std::string name;
                if (numbered) {
                    name = chineseNumber(g) + "组";
                } else {
                    do
                        name = Names::place(rng) + "组";
                    while (!groupNames.insert(name).second);
                }
                const StampText gCreated = stamp();
                village.groupIds.push_back(ctx.statements.division.insert(
                    ctx.uuid(), village.id, 4, village.code + threeDigits(g), name, 0, gCreated, gCreated));
                village.groupNames.push_back(std::move(name));
            }
            township.villages.push_back(int(ctx.villages.size()));
            ctx.villages.push_back(std::move(village));
        }
        ctx.townships.push_back(std::move(township));
    }

    // Villages differ in size by a factor of three or so.
    std::vector<int> weights;
    for (size_t i = 0; i < ctx.villages.size(); ++i)
        weights.push_back(rng.range(50, 150));
    const std::vector<int> counts = apportion(ctx.households, weights);
    for (size_t i = 0; i < ctx.villages.size(); ++i) {
        ctx.villages[i].households = counts[i];
        ctx.townships[size_t(ctx.villages[i].township)].households += counts[i];
    }
}

void writeTargets(Context &ctx)
{
    // The annual goals (年度目标) of every village, township and the county, each with a monthly
    // timetable: up to 2020 the exits planned when the households were identified, from 2021 the risks
    // to clear. The exits and eliminations follow them, except in about one village in seven a
    // year, whose goal asked for a third more than it managed (a village behind). A township rounds
    // its villages' sum up to a multiple of 5 and the county its townships' to a multiple of 10, so
    // the goals grid has differences to show.
    Rng &rng = ctx.goalRng;
    // Exits are reviewed in October and announced in the following weeks; risks are cleared all year.
    static const std::vector<int> exitMonths{0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 6, 2};
    static const std::vector<int> clearMonths{2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2};
    auto write = [&](qint64 division, int year, int households, int people) {
        if (households == 0 && people == 0)
            return;
        const std::vector<int> months = apportion(households, year <= 2020 ? exitMonths : clearMonths);
        const StampText created(randomDay(rng, dayOf(year, 1, 5), dayOf(year, 2, 20)), officeSecond(rng));
        ctx.statements.annualTarget.insert(ctx.goalRng.uuid(ctx.nextUuidTime++), division, year, households, people,
            months[0], months[1], months[2], months[3], months[4], months[5], months[6], months[7], months[8],
            months[9], months[10], months[11], created, created);
    };
    const auto roundUp = [](int n, int step) { return (n + step - 1) / step * step; };
    for (int year = 2014; year <= ctx.lastYear; ++year) {
        const auto &source = year <= 2020 ? ctx.targets : ctx.cleared;
        std::vector<std::pair<int, int>> townships(ctx.townships.size());
        for (size_t v = 0; v < ctx.villages.size(); ++v) {
            const auto it = source.find({int(v), year});
            auto [households, people] = it == source.end() ? std::pair<int, int>{0, 0} : it->second;
            if (households > 0 && rng.chance(140)) {
                const int more = std::max(1, households * rng.range(25, 45) / 100);
                people += more * people / households;
                households += more;
            }
            write(ctx.villages[v].id, year, households, people);
            townships[size_t(ctx.villages[v].township)].first += households;
            townships[size_t(ctx.villages[v].township)].second += people;
        }
        std::pair<int, int> county{0, 0};
        for (size_t t = 0; t < ctx.townships.size(); ++t) {
            auto [households, people] = townships[t];
            const int rounded = roundUp(households, 5);
            people += households ? (rounded - households) * people / households : 0;
            write(ctx.townships[t].id, year, rounded, people);
            county.first += rounded;
            county.second += people;
        }
        const int rounded = roundUp(county.first, 10);
        write(ctx.countyId, year, rounded,
            county.second + (county.first ? (rounded - county.first) * county.second / county.first : 0));
    }
}

} // namespace demo
