// SPDX-License-Identifier: GPL-3.0-or-later
// Households with their members, procedure history (status_event), risks, yearly income and
// living conditions: the two eras of DOMAIN.md §3 played out household by household.

#include "demo/DemoHousehold.h"

#include <algorithm>

namespace demo {

bool Timeline::outOfPovertyOn(Day day) const
{
    if (!poor || !exitDays[0] || exitDays[0] > day)
        return false;
    if (relapseDay && relapseDay <= day)
        return exitDays[1] && exitDays[1] <= day;
    return true;
}

namespace {

const char *attributeCode(Support support, bool outOfPoverty)
{
    switch (support) {
    case Support::Subsistence:
        return outOfPoverty ? "02" : "04";
    case Support::Extreme:
        return outOfPoverty ? "03" : "06";
    default:
        return outOfPoverty ? "05" : "01";
    }
}

// Main poverty causes in about the shares the national register found (因病 some 40%).
const Weighted<const char *> &mainCauses()
{
    static const Weighted<const char *> causes{{"01", 400}, {"07", 140}, {"09", 120}, {"08", 100}, {"03", 80},
        {"02", 70}, {"04", 20}, {"05", 20}, {"10", 20}, {"06", 10}, {"11", 15}, {"12", 5}, {"13", 5}, {"99", 5}};
    return causes;
}

// What a monitoring risk (risk_type.csv) means as a poverty cause, for the required main cause.
const char *causeForRisk(std::string_view risk)
{
    if (risk == "01")
        return "01";
    if (risk == "02")
        return "03";
    if (risk == "03")
        return "02";
    if (risk == "04")
        return "04";
    if (risk == "06")
        return "09";
    if (risk == "07")
        return "07";
    if (risk == "08")
        return "08";
    return "99";
}

Day dayIn(Rng &rng, int year, int fromMonth, int toMonth)
{
    const Day last = toMonth == 12 ? dayOf(year, 12, 31) : dayOf(year, toMonth + 1, 1) - 1;
    return randomDay(rng, dayOf(year, fromMonth, 1), last);
}

void planPoor(Context &ctx, Timeline &t)
{
    Rng &rng = ctx.rng;
    static const Weighted<int> idYears{{2014, 720}, {2015, 80}, {2016, 60}, {2017, 50}, {2018, 50}, {2019, 40}};
    t.startYear = std::min(idYears.pick(rng), ctx.lastYear);
    static const Weighted<int> firstWave{
        {2014, 30}, {2015, 120}, {2016, 170}, {2017, 200}, {2018, 200}, {2019, 170}, {2020, 110}};
    if (t.startYear == 2014) {
        t.plannedExit = firstWave.pick(rng);
    } else {
        Weighted<int> later;
        for (int y = t.startYear + 1; y <= 2020; ++y)
            later.add(y, y == 2020 ? 15 : 10);
        t.plannedExit = later.pick(rng);
    }
    // 2014 was the big registration campaign (April–October); later years are the yearly
    // adjustments (动态调整) in the autumn. A household out in its first year was identified early
    // enough for the October review.
    if (t.plannedExit == t.startYear)
        t.start = dayIn(rng, t.startYear, 4, 7);
    else
        t.start = t.startYear == 2014 ? dayIn(rng, 2014, 4, 10) : dayIn(rng, t.startYear, 6, 10);
    t.firstExit = t.plannedExit < 2020 && rng.chance(100) ? t.plannedExit + 1 : t.plannedExit;
    if (t.firstExit <= 2018 && rng.chance(40)) {
        t.relapseYear = rng.range(t.firstExit + 1, 2019);
        t.reexitYear = rng.range(t.relapseYear + 1, 2020);
        t.relapseDay = dayIn(rng, t.relapseYear, 3, 8);
    }
    // Exit procedure (DOMAIN.md §3): democratic review in October, a seven-day notice in the
    // village, then the county's announcement removes the household from the register.
    for (int i = 0; i < 2; ++i) {
        const int year = i == 0 ? t.firstExit : t.reexitYear;
        if (!year)
            continue;
        t.proposalDays[i] = dayIn(rng, year, 10, 10);
        t.noticeDays[i] = t.proposalDays[i] + rng.range(3, 8);
        t.exitDays[i] = t.noticeDays[i] + 7 + rng.range(3, 30);
    }
    t.policiesEnded = ctx.lastYear >= 2021 && t.firstExit <= 2017 && !t.relapseYear && rng.chance(60);

    static const Weighted<const char *> extremeCauses{{"08", 50}, {"02", 25}, {"01", 25}};
    static const Weighted<int> supports{{0, 700}, {1, 250}, {2, 50}};
    t.support = Support(supports.pick(rng));
    t.causes.push_back(t.support == Support::Extreme ? extremeCauses.pick(rng) : mainCauses().pick(rng));
    const int others = rng.below(10) < 3 ? 0 : rng.below(10) < 6 ? 1 : 2;
    for (int i = 0; i < others; ++i) {
        const char *cause = mainCauses().pick(rng);
        if (std::none_of(t.causes.begin(), t.causes.end(), [&](const char *c) { return std::string_view(c) == cause; }))
            t.causes.push_back(cause);
    }

    if (ctx.lastYear >= 2021 && !t.policiesEnded && rng.chance(70)) {
        t.category = "1"; // 脱贫不稳定户
        t.monitorDay = dayIn(rng, rng.range(2021, ctx.lastYear), 3, 11);
    }
    const int relocateFrom = std::max(2016, t.startYear), relocateTo = std::min(t.firstExit, 2019);
    if (relocateFrom <= relocateTo && rng.chance(80))
        t.relocationYear = rng.range(relocateFrom, relocateTo);
    t.dangerousHouse = rng.chance(300);
    if (t.dangerousHouse && !t.relocationYear)
        t.renovationYear = rng.range(t.startYear, t.firstExit);
    t.waterProblem = rng.chance(200);
}

void planMonitoredOnly(Context &ctx, Timeline &t)
{
    Rng &rng = ctx.rng;
    // 边缘易致贫户 and 突发严重困难户: never registered poor, taken into monitoring since 2021.
    t.poor = false;
    t.category = rng.chance(700) ? "2" : "3";
    t.startYear = rng.range(2021, ctx.lastYear);
    t.start = dayIn(rng, t.startYear, 3, 11);
    t.monitorDay = t.start;
    static const Weighted<int> supports{{0, 830}, {1, 150}, {2, 20}};
    t.support = Support(supports.pick(rng));
    static const Weighted<const char *> risks{
        {"01", 35}, {"07", 15}, {"04", 10}, {"05", 12}, {"03", 10}, {"02", 10}, {"08", 5}, {"06", 3}};
    t.risks.push_back(t.support == Support::Extreme ? "08" : risks.pick(rng));
    t.causes.push_back(causeForRisk(t.risks.front()));
    t.dangerousHouse = std::string_view(t.risks.front()) == "04";
}

bool hasCause(const Timeline &t, std::string_view code)
{
    return std::any_of(t.causes.begin(), t.causes.end(), [&](const char *c) { return code == c; });
}

bool hasRisk(const Timeline &t, std::string_view code)
{
    return std::any_of(t.risks.begin(), t.risks.end(), [&](const char *c) { return code == c; });
}

// Risks of a monitored household: the ones its people explain, and some outside events.
void addRisks(Rng &rng, Timeline &t, const std::vector<Person> &people)
{
    std::vector<const char *> candidates;
    auto any = [&](auto pred) { return std::any_of(people.begin(), people.end(), pred); };
    if (any([](const Person &p) { return p.ill(); }))
        candidates.push_back("01");
    if (any([](const Person &p) { return p.student(); }))
        candidates.push_back("02");
    if (any([](const Person &p) { return p.disabled; }))
        candidates.push_back("03");
    if (!any([](const Person &p) { return p.labourer(); }))
        candidates.push_back("08");
    if (rng.chance(150))
        candidates.push_back("07");
    if (rng.chance(80))
        candidates.push_back("04");
    if (rng.chance(80))
        candidates.push_back("05");
    if (candidates.empty())
        candidates.push_back(rng.chance(500) ? "07" : "99");
    const size_t wanted = size_t(rng.range(1, 3));
    for (const char *risk : candidates) {
        if (t.risks.size() >= std::max<size_t>(wanted, t.poor ? 0 : 1))
            break;
        if (!hasRisk(t, risk) && (t.risks.empty() || rng.chance(600)))
            t.risks.push_back(risk);
    }
    if (t.risks.empty())
        t.risks.push_back(candidates.front());
}

void placeWelfareJob(Context &ctx, Draft &d, const std::string &township)
{
    Rng &rng = ctx.rng;
    // 公益岗位 (forest rangers, road and village cleaners) went to poor labourers from 2016 on.
    if (ctx.lastYear < 2016 || !rng.chance(d.t.poor ? 120 : 250))
        return;
    for (Person &p : d.people) {
        if (p.age < 18 || p.age > 65 || !p.labourer() || std::string_view(p.work) == "4")
            continue;
        p.welfareJob = true;
        p.welfareMonths = rng.range(6, 12);
        p.work = "1";
        p.months = p.welfareMonths;
        p.workPlace = phrases::workPlace(rng, "1", township, ctx.county, ctx.province);
        d.welfareStart = rng.range(std::max(2016, d.t.startYear), ctx.lastYear);
        return;
    }
}

std::string bankAccount(Rng &rng)
{
    std::string account = "6217";
    for (int i = 0; i < 15; ++i)
        account += char('0' + rng.below(10));
    return account;
}

void writeEvents(Context &ctx, const Draft &d)
{
    Rng &rng = ctx.rng;
    const Timeline &t = d.t;
    auto add = [&](const char *kind, Day day, std::string_view reason, std::optional<Day> noticeStart,
                   const char *category) {
        if (day > ctx.lastDay)
            return;
        const StampText stamp(day, officeSecond(rng));
        std::optional<std::string> notice;
        if (noticeStart)
            notice = std::string(DateText(*noticeStart).view());
        ctx.statements.event.insert(ctx.uuid(), d.id, kind, DateText(day), reason, notice,
            noticeStart ? std::optional<int>(7) : std::nullopt, category, "demo", nullptr, stamp, stamp);
    };
    if (t.poor) {
        add("identify", t.start, "经农户申请、民主评议、两公示一公告，识别为建档立卡贫困户", std::nullopt, nullptr);
        for (int i = 0; i < 2; ++i) {
            if (!t.exitDays[i])
                continue;
            if (i == 1)
                add("relapse", t.relapseDay, "收入下降，低于当年扶贫标准，经评议认定返贫", std::nullopt, nullptr);
            add("exit_proposal", t.proposalDays[i],
                "人均纯收入稳定超过扶贫标准，两不愁三保障和饮水安全有保障，经民主评议提出退出", std::nullopt, nullptr);
            add("exit_notice", t.noticeDays[i], "在村内公示7天，无异议", t.noticeDays[i], nullptr);
            add("exit", t.exitDays[i], "经乡镇审核、县级公告，退出贫困户", std::nullopt, nullptr);
        }
    }
    if (t.monitorDay) {
        const std::string_view reason = t.poor ? "收入不稳定，存在返贫风险，经农户申请和村级评议纳入监测"
            : std::string_view(t.category) == "2" ? "收入略高于监测标准，存在致贫风险，经排查纳入监测"
                                                  : "突发变故导致生活严重困难，经农户申请纳入监测";
        add("monitor", t.monitorDay, reason, std::nullopt, t.category);
        if (t.eliminatedDay)
            add("risk_eliminated", t.eliminatedDay, "收入持续稳定超过监测标准，三保障和饮水安全有保障，风险已消除",
                std::nullopt, t.category);
    }
}

struct Land
{
    int farmland = 0, irrigated = 0, forest = 0, returned = 0, fruit = 0, pasture = 0, water = 0; // tenths of a mu
};

double mu(int tenths)
{
    return tenths / 10.0;
}

Land writeLiving(Context &ctx, const Draft &d)
{
    Rng &rng = ctx.rng;
    const Timeline &t = d.t;
    const int size = int(d.people.size());
    Land land;
    land.farmland = size * rng.range(4, 15);
    land.irrigated = land.farmland * rng.range(20, 70) / 100;
    land.forest = rng.chance(700) ? rng.range(5, 150) : 0;
    land.returned = rng.chance(300) ? rng.range(5, 30) : 0;
    land.fruit = rng.chance(200) ? rng.range(2, 20) : 0;
    land.pasture = rng.chance(50) ? rng.range(5, 40) : 0;
    land.water = rng.chance(50) ? rng.range(1, 10) : 0;

    const bool modern = t.startYear >= 2021;
    static const Weighted<const char *> oldRoads{{"1", 30}, {"2", 30}, {"3", 35}, {"4", 5}};
    static const Weighted<const char *> newRoads{{"2", 5}, {"3", 80}, {"4", 15}};
    static const Weighted<const char *> oldFuel{{"1", 70}, {"3", 10}, {"4", 15}, {"9", 5}};
    static const Weighted<const char *> newFuel{{"1", 35}, {"3", 5}, {"4", 60}};
    const int road = rng.chance(800) ? rng.range(0, 60) : rng.range(60, 150);
    const int area = rng.range(40, 150);
    const char *rating = t.dangerousHouse ? (t.poor && rng.chance(400) ? "D" : "C") : rng.chance(250) ? "A" : "B";
    const bool poorStart = t.poor;
    const bool waterDifficulty = t.waterProblem;
    const bool waterSafe = !waterDifficulty && (!poorStart || rng.chance(900));
    const bool food = !poorStart || rng.chance(970), clothing = !poorStart || rng.chance(980);
    const bool education = !poorStart || rng.chance(970), medical = !poorStart || rng.chance(930);

    // Filled field by field: one random draw per statement keeps the order of draws fixed.
    struct Row
    {
        int year = 0, road = 0, area = 0;
        const char *surface = "", *rating = "", *fuel = "";
        std::optional<int> renovated;
        bool difficulty = false, safe = true, toilet = false, production = true, radio = true;
        bool food = true, clothing = true, education = true, medical = true, housing = true;
        Day when = 0;
    };
    auto write = [&](const Row &r) {
        const StampText stamp(r.when, officeSecond(rng));
        const UuidBytes uuid = ctx.uuid();
        ctx.statements.living.insert(uuid, d.id, r.year, mu(land.farmland), mu(land.irrigated), mu(land.forest),
            mu(land.returned), mu(land.fruit), mu(land.pasture), mu(land.water), r.production, 1, r.radio, mu(r.road),
            r.surface, double(r.area), r.rating, r.renovated, r.difficulty, r.safe, r.toilet, r.fuel, r.food,
            r.clothing, r.education, r.medical, r.housing, stamp, stamp);
    };
    const bool dangerous = t.dangerousHouse;
    Row first;
    first.year = t.startYear;
    first.road = road;
    first.surface = (modern ? newRoads : oldRoads).pick(rng);
    first.area = area;
    first.rating = rating;
    first.difficulty = waterDifficulty;
    first.safe = waterSafe;
    first.toilet = rng.chance(modern ? 600 : 200);
    first.fuel = (modern ? newFuel : oldFuel).pick(rng);
    first.production = modern || rng.chance(900);
    first.radio = modern || rng.chance(850);
    first.food = food;
    first.clothing = clothing;
    first.education = education;
    first.medical = medical;
    first.housing = !dangerous;
    first.when = t.start + rng.range(3, 20);
    write(first);
    if (ctx.lastYear == t.startYear)
        return land;

    // The last year: everything secure once out of poverty or out of risk; dangerous houses were
    // renovated (or left behind by relocation) before the exit.
    const bool settled = t.poor ? t.outOfPovertyOn(ctx.lastDay) : !t.monitoredOn(ctx.lastDay);
    const bool relocated = t.relocationYear && t.relocationYear <= ctx.lastYear;
    const bool renovated = t.renovationYear && t.renovationYear <= ctx.lastYear;
    const bool stillDangerous = dangerous && !relocated && !renovated && !settled;
    Row last;
    last.year = ctx.lastYear;
    last.road = relocated ? rng.range(1, 5) : road * rng.range(30, 100) / 100;
    last.surface = relocated ? "3" : newRoads.pick(rng);
    last.area = relocated ? 20 * size : area;
    last.rating = stillDangerous ? rating : relocated ? "A" : dangerous ? (rng.chance(300) ? "A" : "B") : rating;
    if (renovated)
        last.renovated = t.renovationYear;
    last.difficulty = waterDifficulty && !settled && rng.chance(500);
    last.safe = !last.difficulty && (settled || waterSafe || rng.chance(500));
    last.toilet = relocated || rng.chance(850);
    last.fuel = relocated ? "4" : newFuel.pick(rng);
    last.radio = rng.chance(980);
    last.food = settled || food || rng.chance(500);
    last.clothing = settled || clothing || rng.chance(500);
    last.education = settled || education || rng.chance(500);
    last.medical = settled || medical || rng.chance(500);
    last.housing = !stillDangerous;
    last.when = dayIn(rng, ctx.lastYear, 12, 12);
    last.when -= rng.below(12);
    write(last);
    return land;
}

enum class YearState { Poor, ExitYear, Out, Risk, Recovered };

YearState stateIn(const Timeline &t, int year)
{
    if (t.monitorDay && year >= yearOf(t.monitorDay))
        return t.eliminatedDay && year >= yearOf(t.eliminatedDay) ? YearState::Recovered : YearState::Risk;
    if (!t.poor)
        return YearState::Out;
    if (year < t.firstExit || (t.relapseYear && year >= t.relapseYear && year < t.reexitYear))
        return YearState::Poor;
    if (year == t.firstExit || year == t.reexitYear)
        return YearState::ExitYear;
    return YearState::Out;
}

PolicyIncome writeIncomes(Context &ctx, const Draft &d, const Land &land)
{
    PolicyIncome policy;
    Rng &rng = ctx.rng;
    const Timeline &t = d.t;
    const auto size = qint64(d.people.size());
    qint64 dibao = 0, extreme = 0, disabled = 0;
    bool ill = false, workers = false;
    const Person *welfare = nullptr;
    for (const Person &p : d.people) {
        dibao += p.subsistence;
        extreme += p.extreme;
        disabled += p.disabled;
        ill = ill || p.ill();
        workers = workers || (p.months > 0 && !p.welfareJob);
        if (p.welfareJob)
            welfare = &p;
    }
    // Choices that stay with the household from year to year.
    const qint64 subsistenceShare = rng.range(500, 900);
    const bool familyPlanning = rng.chance(30);
    const qint64 alimony = rng.chance(40) ? rng.range(6, 24) * 100 : 0;
    const int dividendStart = t.poor && rng.chance(450) ? rng.range(2017, 2019) : 0;
    const qint64 dividend = rng.range(3, 12) * 100;
    const qint64 landTransfer = rng.chance(120) ? rng.range(3, 15) * 100 : 0;
    const qint64 wageShare = rng.range(450, 850), costShare = rng.range(200, 400);
    // Shares of gross operating income; together at most 1000, so "other" is never negative.
    const qint64 cropShare = rng.range(450, 650), livestockShare = rng.range(100, 200);
    const qint64 forestShare = land.forest || land.fruit ? rng.range(20, 150) : 0;

    qint64 perCapita = 0; // yuan
    // Last year's income grown by 3–13%, but at least the floor given (drawn first).
    const auto grown
        = [&](qint64 previous, qint64 floor) { return std::max(previous * rng.range(1030, 1130) / 1000, floor); };
    for (int year = t.startYear; year <= ctx.lastYear; ++year) {
        const qint64 line = ctx.lineFor(year), reference = ctx.referenceFor(year);
        switch (stateIn(t, year)) {
        case YearState::Poor:
            perCapita = line * rng.range(600, 930) / 1000;
            break;
        case YearState::ExitYear:
            perCapita = line * rng.range(1120, 1600) / 1000;
            break;
        case YearState::Out:
            perCapita = grown(perCapita, reference * rng.range(1080, 1300) / 1000);
            break;
        case YearState::Risk:
            perCapita = ctx.thresholdFor(year) * rng.range(700, 1020) / 1000;
            break;
        case YearState::Recovered:
            perCapita = grown(perCapita, ctx.thresholdFor(year) * rng.range(1100, 1400) / 1000);
            break;
        }
        const qint64 net = perCapita * size;

        const int since = year - 2014;
        qint64 elderly = 0;
        for (const Person &p : d.people)
            elderly += p.age - (ctx.lastYear - year) >= 60;
        // Policy payments in yuan a year, following the people they are paid to.
        qint64 parts[11] = {
            welfare && d.welfareStart && year >= d.welfareStart ? welfare->welfareMonths * (500 + 30 * (year - 2016))
                                                                : 0, // public-welfare job wage
            dividendStart && year >= dividendStart ? dividend : 0, landTransfer, familyPlanning && elderly ? 960 : 0,
            dibao * (2000 + 230 * since) * subsistenceShare / 1000, extreme * (2600 + 300 * since),
            elderly * (660 + 90 * since),
            land.returned * 20 + land.forest / 10, // 退耕还林 and forest ecological compensation
            disabled * 720 + land.farmland * 10, // disability and farmland subsidies
            alimony, ill && rng.chance(250) ? rng.range(5, 50) * 100 : 0, // insurance payouts
        };
        qint64 fixed = 0;
        for (qint64 part : parts)
            fixed += part;
        // Payments never make up all of a poor household's income; farming always brings some.
        const qint64 limit = net * 850 / 1000;
        if (fixed > limit) {
            qint64 scaled = 0;
            for (qint64 &part : parts) {
                part = part * limit / fixed;
                scaled += part;
            }
            fixed = scaled;
        }
        const qint64 rest = net - fixed;
        const qint64 migrant = workers ? rest * wageShare / 1000 : 0;
        const qint64 operatingNet = rest - migrant;
        const qint64 gross = operatingNet * 1000 / (1000 - costShare);
        const qint64 costs = gross - operatingNet;
        const qint64 crops = gross * cropShare / 1000, livestock = gross * livestockShare / 1000,
                     forestry = gross * forestShare / 1000;
        const qint64 other = gross - crops - livestock - forestry;

        const Day surveyed = dayIn(rng, year, 12, 12);
        const StampText stamp(surveyed, officeSecond(rng));
        const UuidBytes uuid = ctx.uuid();
        constexpr qint64 fen = 100;
        ctx.statements.income.insert(uuid, d.id, year, int(size), migrant * fen, parts[0] * fen, crops * fen,
            livestock * fen, forestry * fen, other * fen, parts[1] * fen, parts[2] * fen, parts[3] * fen,
            parts[4] * fen, parts[5] * fen, parts[6] * fen, parts[7] * fen, parts[8] * fen, parts[9] * fen,
            parts[10] * fen, costs * fen, stamp, stamp);
        if (year == ctx.lastYear)
            policy = {parts[0], parts[1], parts[4], parts[5], parts[7], parts[8]};
    }
    return policy;
}

void writeOne(Context &ctx, const Names &names, int villageIndex, int serial)
{
    Rng &rng = ctx.rng;
    const Village &village = ctx.villages[size_t(villageIndex)];
    const Township &township = ctx.townships[size_t(village.township)];
    Draft d;
    d.village = villageIndex;
    d.township = village.township;
    Timeline &t = d.t;
    if (ctx.lastYear >= 2021 && rng.chance(60))
        planMonitoredOnly(ctx, t);
    else
        planPoor(ctx, t);

    static const Weighted<int> sizes{{1, 12}, {2, 21}, {3, 23}, {4, 22}, {5, 13}, {6, 6}, {7, 2}, {8, 1}};
    FamilyNeeds needs;
    needs.size = t.support == Support::Extreme ? (rng.chance(750) ? 1 : 2) : sizes.pick(rng);
    needs.support = t.support;
    needs.poor = t.poor;
    needs.ill = hasCause(t, "01");
    needs.disabled = hasCause(t, "02");
    needs.student = hasCause(t, "03");
    needs.fewHands = hasCause(t, "08");
    if (t.support == Support::Extreme)
        needs.student = false; // nobody under extreme-poverty support has children at school
    else if (needs.student && needs.size < 2)
        needs.size = 3;
    needs.minHeadAge = ctx.lastYear - t.startYear + 20;
    d.people = makeFamily(ctx, names, needs, township.name);
    placeWelfareJob(ctx, d, township.name);
    // The national checks flag 因病 without anyone ill, 因学 without a student, 因残 without a
    // disabled member (DOMAIN.md §7): drop another cause the family does not bear out.
    const auto borneOut = [&](std::string_view cause) {
        return std::any_of(d.people.begin(), d.people.end(), [&](const Person &p) {
            return cause == "01" ? p.ill() : cause == "02" ? p.disabled : cause == "03" ? p.student() : true;
        });
    };
    t.causes.erase(std::remove_if(t.causes.begin() + 1, t.causes.end(), [&](const char *c) { return !borneOut(c); }),
        t.causes.end());
    for (Person &p : d.people)
        p.idNumber = ctx.idNumber(ctx.countyCode, p.birth, p.male);
    d.headName = d.people.front().name;

    if (t.monitorDay) {
        addRisks(rng, t, d.people);
        // Elimination needs half a year of stable income and some labour (DOMAIN.md §3).
        const bool labour = std::any_of(d.people.begin(), d.people.end(), [](const Person &p) { return p.labourer(); });
        const Day eliminated = t.monitorDay + rng.range(190, 560);
        if (labour && eliminated <= ctx.lastDay && rng.chance(750))
            t.eliminatedDay = eliminated;
    }

    // The household as it stands at the end of the last year.
    const bool out = t.outOfPovertyOn(ctx.lastDay);
    const bool relapsed = t.poor && !out && t.relapseDay && t.relapseDay <= ctx.lastDay;
    // Households monitored without ever being registered poor are ordinary rural households
    // (一般农户): attribute 00 and status 9, with identification_year NULL.
    const char *status = !t.poor ? "9" : out ? (t.policiesEnded ? "4" : "1") : relapsed ? "3" : "0";
    const int lastExit = t.exitDays[1] && t.exitDays[1] <= ctx.lastDay ? t.reexitYear : t.firstExit;
    const bool relocated = t.relocationYear && t.relocationYear <= ctx.lastYear;
    const size_t g = size_t(rng.below(int(village.groupIds.size())));
    // The yearly review (动态调整) in December of the last year touches every household and member.
    Day review = dayIn(rng, ctx.lastYear, 12, 12);
    review -= rng.below(20);
    Day updated = std::max(t.start, review);
    for (Day day : {t.exitDays[0], t.exitDays[1], t.relapseDay, t.monitorDay, t.eliminatedDay}) {
        if (day && day <= ctx.lastDay)
            updated = std::max(updated, day);
    }
    std::string code = village.code;
    code += char('0' + serial / 1000 % 10);
    code += char('0' + serial / 100 % 10);
    code += char('0' + serial / 10 % 10);
    code += char('0' + serial % 10);
    static constexpr const char *Banks[] = {"农村信用合作联社", "中国农业银行", "中国邮政储蓄银行"};
    const int bank = rng.below(10);
    const bool hasBank = rng.chance(960);
    const StampText created(t.start, officeSecond(rng));
    const StampText changed(updated, officeSecond(rng));
    // One draw per statement: function arguments are evaluated in an unspecified order.
    const std::string phone = rng.chance(750) ? ctx.mobile() : std::string();
    const std::string bankName = !hasBank ? std::string()
        : bank < 6                        ? ctx.county + Banks[0]
                                          : std::string(Banks[bank < 8 ? 1 : 2]);
    const std::string account = hasBank ? bankAccount(rng) : std::string();
    const char *standard = t.poor && rng.chance(100) ? "2" : "1";
    const int military = rng.chance(15);
    const char *relocationMode = relocated ? (rng.chance(850) ? "集中安置" : "分散安置") : "";
    std::string settlement;
    if (relocated)
        settlement
            = rng.chance(700) ? ctx.county + "城区" + Names::place(rng) + "社区安置点" : township.name + "集镇安置点";
    const int cooperative = rng.chance(t.poor ? 350 : 150);
    const int enterprise = rng.chance(t.poor ? 200 : 50);
    const UuidBytes uuid = ctx.uuid();
    const Flaw flaw = chooseFlaw(ctx, d);
    d.id = ctx.statements.household.insert(uuid, code, township.id, village.id, village.groupIds[g],
        township.name + village.name + village.groupNames[g], phone, bankName, account,
        t.poor ? attributeCode(t.support, out) : "00", standard, status,
        t.poor ? std::optional<int>(t.startYear) : std::nullopt,
        t.poor ? std::optional<int>(t.relapseDay && t.relapseDay <= ctx.lastDay ? t.reexitYear : t.plannedExit)
               : std::nullopt,
        out ? std::optional<int>(lastExit) : std::nullopt, writtenMainCause(flaw, d),
        t.causes.size() > 1 ? t.causes[1] : nullptr, t.causes.size() > 2 ? t.causes[2] : nullptr,
        t.monitoredOn(ctx.lastDay) ? t.category : nullptr, military, relocated ? 1 : 0, relocationMode, settlement,
        cooperative, enterprise, created, changed);

    for (size_t i = 0; i < d.people.size(); ++i) {
        Person &p = d.people[i];
        // Children born after registration were added when the birth was reported.
        const Day added = std::min(ctx.lastDay, std::max(t.start, p.birth + rng.range(10, 60)));
        const StampText addedAt(added, officeSecond(rng)), reviewed(std::max(added, review), officeSecond(rng));
        const UuidBytes memberUuid = ctx.uuid();
        const Person w = writtenMember(flaw, d, i);
        p.id = ctx.statements.member.insert(memberUuid, d.id, int(i + 1), w.name, w.male ? "1" : "2", w.idNumber,
            DateText(w.birth), w.relation, w.ethnicity, w.political, w.education, w.schooling, w.healthCodes(),
            w.labour, w.work, w.workPlace, w.months, w.medicalInsurance, w.seriousIllnessInsurance,
            w.commercialInsurance, w.pensionInsurance, w.subsistence, w.extreme, w.medicalAssistance, w.welfareJob,
            w.welfareMonths, w.dropout, addedAt, reviewed);
    }
    ctx.lastMemberName = d.people.back().name;
    ctx.lastMemberIdNumber = d.people.back().idNumber;
    writeEvents(ctx, d);
    // As StatusProcedure does: eliminating the risk clears the category and the risk types; the
    // monitor and risk_eliminated events keep the history.
    if (t.monitoredOn(ctx.lastDay)) {
        for (const char *risk : t.risks)
            ctx.statements.risk.insert(d.id, risk);
    }
    const Land land = writeLiving(ctx, d);
    const PolicyIncome policy = writeIncomes(ctx, d, land);
    d.dangerousRenovated = t.renovationYear;
    writeAssistance(ctx, d);
    writeCredit(ctx, d, policy);

    if (t.poor) {
        auto &[households, people] = ctx.targets[{d.village, t.plannedExit}];
        ++households;
        people += int(d.people.size());
    }
    if (t.eliminatedDay && yearOf(t.eliminatedDay) > 2020) {
        auto &[households, people] = ctx.cleared[{d.village, yearOf(t.eliminatedDay)}];
        ++households;
        people += int(d.people.size());
    }
}

} // namespace

void writeHouseholds(Context &ctx)
{
    const Names names(ctx.southwest);
    int done = 0;
    for (size_t v = 0; v < ctx.villages.size(); ++v) {
        for (int serial = 1; serial <= ctx.villages[v].households; ++serial) {
            writeOne(ctx, names, int(v), serial);
            if (++done % 50 == 0 && ctx.progress && !ctx.progress(done, ctx.households))
                throw Cancelled{};
        }
    }
}

} // namespace demo
