// SPDX-License-Identifier: GPL-3.0-or-later
// What the assistance forces did for one household: its responsible cadres over time (pairing),
// their visits, the measures it received and the projects it benefited from.

#include "demo/DemoHousehold.h"

#include <algorithm>

namespace demo {

namespace {

struct Span
{
    int cadre;
    Day from;
    Day to;
};

std::vector<Span> writePairings(Context &ctx, const Draft &d)
{
    Rng &rng = ctx.rng;
    const Day start = d.t.start;
    const int first = takeCadre(ctx, d.township);
    std::vector<Span> spans{{first, start, ctx.visitsUntil}};
    // About one household in seven changed its cadre, most often at the 2021 rotation.
    if (rng.chance(150)) {
        Day change = 0;
        if (ctx.lastYear >= 2021 && start < dayOf(2021, 1, 1) && rng.chance(500))
            change = randomDay(rng, dayOf(2021, 3, 1), dayOf(2021, 6, 30));
        else if (start + 365 < ctx.lastDay - 30)
            change = randomDay(rng, start + 365, ctx.lastDay - 30);
        if (change) {
            const int next = takeCadre(ctx, d.township, first);
            releaseCadre(ctx, d.township, first);
            if (next != first) {
                spans[0].to = change - 1;
                spans.push_back({next, change, ctx.visitsUntil});
            }
        }
    }
    for (size_t i = 0; i < spans.size(); ++i) {
        const bool ended = i + 1 < spans.size();
        const StampText created(spans[i].from, officeSecond(rng));
        const StampText updated(ended ? spans[i].to + 1 : spans[i].from, officeSecond(rng));
        ctx.statements.pairing.insert(ctx.uuid(), d.id, ctx.cadres[size_t(spans[i].cadre)].id, DateText(spans[i].from),
            ended ? std::optional<std::string>(std::string(DateText(spans[i].to).view())) : std::nullopt, "", created,
            updated);
    }
    return spans;
}

// One visit by the span's cadre on a day; now and then another cadre of the township went along.
void writeVisit(Context &ctx, Rng &rng, const Draft &d, const Span &span, Day day)
{
    const Timeline &t = d.t;
    const bool monitored = t.monitoredOn(day);
    const bool out = t.poor ? t.outOfPovertyOn(day) : !monitored;
    // One draw per statement: the order in which function arguments are evaluated is unspecified,
    // and the same seed must give the same county with every compiler.
    const StampText stamp(day, officeSecond(rng));
    const std::string_view finding = phrases::finding(rng, t.causes.front(), out, monitored);
    const std::string_view action = phrases::action(rng, t.causes.front(), monitored);
    const UuidBytes uuid = rng.uuid(ctx.nextUuidTime++);
    const qint64 visit = ctx.statements.visit.insert(
        uuid, d.id, ctx.cadres[size_t(span.cadre)].id, DateText(day), finding, action, nullptr, stamp, stamp);
    const std::vector<int> &pool = ctx.townships[size_t(d.township)].cadres;
    if (ctx.roundRng.chance(120)) {
        const int other = pool[ctx.roundRng.below(int(pool.size()))];
        if (other != span.cadre)
            ctx.statements.companion.insert(visit, ctx.cadres[size_t(other)].id, 1);
    }
}

void writeVisits(Context &ctx, const Draft &d, const std::vector<Span> &spans)
{
    Rng &rng = ctx.rng;
    const Timeline &t = d.t;
    const Day from = t.start + 5;
    if (from > ctx.visitsUntil)
        return;
    std::vector<Day> days(size_t(rng.range(3, 5) + (t.monitorDay ? 1 : 0)));
    for (Day &day : days)
        day = randomDay(rng, from, ctx.lastDay);
    std::sort(days.begin(), days.end());
    for (Day day : days) {
        const auto span
            = std::find_if(spans.begin(), spans.end(), [&](const Span &s) { return s.from <= day && day <= s.to; });
        if (span != spans.end())
            writeVisit(ctx, rng, d, *span, day);
    }
    // The round of recent months: most households had their cadre's visit in the last hundred
    // days; the rest are what the "no visit in 90 days" list is for.
    const Span &current = spans.back();
    const Day roundFrom = std::max({current.from, from, ctx.visitsUntil - 100});
    if (roundFrom <= ctx.visitsUntil && ctx.roundRng.chance(850))
        writeVisit(ctx, ctx.roundRng, d, current, randomDay(ctx.roundRng, roundFrom, ctx.visitsUntil));
}

bool broughtByCadre(std::string_view category)
{
    return category == "01" || category == "02" || category == "03" || category == "11";
}

class MeasureWriter
{
public:
    MeasureWriter(Context &ctx, const Draft &d, const std::vector<Span> &spans) : m_ctx(ctx), m_d(d), m_spans(spans) { }

    // A measure on a day with an amount drawn from lo..hi in steps, skipped when the day is past
    // the generated years. The amount is drawn here, after the day, so that no call draws two
    // random numbers in its arguments (their order of evaluation is unspecified). The household's
    // responsible cadre on the day brought the kinds that cadres arrange (industry, jobs, credit,
    // relief); a project's measure names the project's unit too.
    void add(const char *category, std::string_view description, Day day, qint64 lo, qint64 hi, qint64 step = 100,
        std::optional<qint64> project = std::nullopt, std::optional<qint64> unit = std::nullopt)
    {
        if (day > m_ctx.lastDay || day < m_d.t.start)
            return;
        const qint64 yuan = lo + step * m_ctx.rng.range(0, int((hi - lo) / step));
        const StampText stamp(day, officeSecond(m_ctx.rng));
        const UuidBytes uuid = m_ctx.uuid();
        const auto span
            = std::find_if(m_spans.begin(), m_spans.end(), [&](const Span &s) { return s.from <= day && day <= s.to; });
        std::optional<qint64> cadre;
        if (span != m_spans.end() && broughtByCadre(category))
            cadre = m_ctx.cadres[size_t(span->cadre)].id;
        m_ctx.statements.measure.insert(
            uuid, m_d.id, category, description, DateText(day), yuan * 100, project, cadre, unit, "", stamp, stamp);
    }
    // A day in the given year, not before the household was registered.
    Day dayIn(int year)
    {
        const Day from = std::max(m_d.t.start + 1, dayOf(year, 1, 1));
        return randomDay(m_ctx.rng, from, std::max(from, dayOf(year, 12, 20)));
    }

private:
    Context &m_ctx;
    const Draft &m_d;
    const std::vector<Span> &m_spans;
};

// The measure that answers a cause or a risk, put in place within a month (DOMAIN.md §3).
void firstMeasure(MeasureWriter &w, const Draft &d, std::string_view cause, Day day)
{
    const bool subsistence = d.t.support != Support::General;
    if (cause == "01")
        w.add("05", "家庭医生签约服务，落实基本医疗保险、大病保险和医疗救助", day, 500, 6000);
    else if (cause == "02")
        w.add("08", "落实困难残疾人生活补贴和重度残疾人护理补贴", day, 720, 720);
    else if (cause == "03")
        w.add("07", "落实雨露计划和国家助学金等教育资助", day, 3000, 3000);
    else if (cause == "07")
        w.add("02", "参加实用技术培训，推荐到县内企业就业", day, 0, 500);
    else if (cause == "08" && subsistence)
        w.add("08", "纳入农村低保或特困供养，实行兜底保障", day, 2000, 4000);
    else if (cause == "09")
        w.add("03", "发放扶贫小额信贷，财政全额贴息", day, 10000, 50000, 5000);
    else if (cause == "04")
        w.add("11", "落实临时救助和灾后住房维修补助", day, 2000, 10000, 1000);
    else if (cause == "06")
        w.add("10", "实施饮水安全工程，自来水入户", day, 0, 500);
    else if (cause == "10")
        w.add("14", "实施通组公路硬化，解决出行难", day, 0, 0);
    else
        w.add("01", "发放产业发展奖补资金，扶持发展种养殖业", day, 1000, 3000);
}

const char *riskMeasureCategory(std::string_view risk)
{
    if (risk == "01")
        return "05";
    if (risk == "02")
        return "07";
    if (risk == "04")
        return "09";
    if (risk == "06")
        return "01";
    if (risk == "07")
        return "02";
    if (risk == "08")
        return "04";
    return "08";
}

void writeMeasures(Context &ctx, const Draft &d, const std::vector<Span> &spans)
{
    Rng &rng = ctx.rng;
    const Timeline &t = d.t;
    MeasureWriter w(ctx, d, spans);
    const std::string_view cause = t.causes.front();
    if (t.poor)
        firstMeasure(w, d, cause, t.start + rng.range(5, 28));
    const int lastPoorYear = t.poor ? std::min(ctx.lastYear, std::min(t.firstExit, 2020)) : ctx.lastYear;
    auto yearBetween = [&](int from, int to) { return rng.range(from, std::max(from, to)); };

    if (t.poor && cause != "01" && rng.chance(700)) {
        // An industry dividend from a village project, or a direct industry grant.
        const Village &village = ctx.villages[size_t(d.village)];
        const auto project = std::find_if(village.projects.begin(), village.projects.end(), [&](int p) {
            const Project &pr = ctx.projects[size_t(p)];
            return (pr.category == 1 || pr.category == 14) && pr.year >= t.startYear && pr.status != "cancelled";
        });
        if (project != village.projects.end() && rng.chance(500)) {
            const Project &pr = ctx.projects[size_t(*project)];
            w.add("01", pr.name + "入股分红", w.dayIn(pr.year), 300, 1000, 100, pr.id,
                pr.unit >= 0 ? std::optional(ctx.units[size_t(pr.unit)].id) : std::nullopt);
        } else {
            w.add("01", "发放产业发展奖补资金，扶持发展种养殖业", w.dayIn(yearBetween(t.startYear, lastPoorYear)), 1000,
                3000);
        }
    }
    for (const Person &p : d.people) {
        if (p.welfareJob && d.welfareStart) {
            const qint64 wage = p.welfareMonths * (500 + 30 * qint64(d.welfareStart - 2016));
            static constexpr std::string_view Jobs[] = {"安排生态护林员公益性岗位", "安排村级保洁员公益性岗位",
                "安排护路员公益性岗位", "安排农村饮水管水员公益性岗位"};
            const std::string_view job = Jobs[rng.below(4)];
            w.add("04", job, w.dayIn(d.welfareStart), wage, wage);
        }
    }
    const bool migrants = std::any_of(d.people.begin(), d.people.end(),
        [](const Person &p) { return std::string_view(p.work) == "3" || std::string_view(p.work) == "4"; });
    if (migrants && cause != "07" && rng.chance(500))
        w.add("02", "组织外出务工，发放一次性交通补贴", w.dayIn(yearBetween(t.startYear, lastPoorYear)), 200, 800);
    if (t.poor && cause != "09" && rng.chance(150))
        w.add("03", "发放扶贫小额信贷，财政全额贴息", w.dayIn(yearBetween(t.startYear, lastPoorYear)), 10000, 50000,
            5000);
    if (cause != "01" && std::any_of(d.people.begin(), d.people.end(), [](const Person &p) { return p.ill(); })
        && rng.chance(600))
        w.add("05", "落实医疗救助，实行县域内先诊疗后付费", w.dayIn(yearBetween(t.startYear, ctx.lastYear)), 500, 8000);
    for (const Person &p : d.people) {
        const std::string_view s(p.schooling);
        if (s == "02" || s == "07" || s == "08" || s == "09") {
            w.add("06", "落实义务教育“两免一补”", w.dayIn(yearBetween(t.startYear, ctx.lastYear)), 550, 1250);
            break;
        }
    }
    if (cause != "03") {
        for (const Person &p : d.people) {
            if (p.schooling[0] == '2' || p.schooling[0] == '3') {
                w.add("07", "雨露计划中高职教育补助", w.dayIn(yearBetween(t.startYear, ctx.lastYear)), 3000, 3000);
                break;
            }
        }
    }
    if (t.support != Support::General && !(cause == "08")) {
        const bool extreme = t.support == Support::Extreme;
        w.add("08", extreme ? "纳入农村特困人员救助供养" : "纳入农村最低生活保障", t.start + rng.range(10, 40),
            extreme ? 3000 : 1500, extreme ? 5000 : 3500);
    }
    if (d.dangerousRenovated)
        w.add("09", "实施农村危房改造", w.dayIn(d.dangerousRenovated), 8000, 35000, 1000);
    if (t.waterProblem)
        w.add(
            "10", "实施农村饮水安全巩固提升工程，自来水入户", w.dayIn(yearBetween(t.startYear, lastPoorYear)), 0, 500);
    const qint64 relocation = 20000 * qint64(d.people.size()); // the housing subsidy per person
    if (t.relocationYear)
        w.add("12", "易地扶贫搬迁城镇集中安置", w.dayIn(t.relocationYear), relocation, relocation);
    if (rng.chance(250))
        w.add("13", "农村户用卫生厕所改造补助", w.dayIn(yearBetween(t.startYear, ctx.lastYear)), 1000, 1500);
    if (rng.chance(150))
        w.add("11", "结对帮扶单位走访慰问", w.dayIn(yearBetween(t.startYear, ctx.lastYear)), 200, 1000);
    if (t.monitorDay) {
        // A monitored household has at least one measure within a month of being taken in.
        const std::string_view risk = t.risks.front();
        if (!t.poor)
            firstMeasure(w, d, cause, t.monitorDay + rng.range(5, 28));
        else
            w.add(riskMeasureCategory(risk), "针对监测风险落实帮扶措施", t.monitorDay + rng.range(5, 28), 500, 5000);
    }
}

void linkProjects(Context &ctx, const Draft &d, const std::vector<int> &projects, int scale)
{
    Rng &rng = ctx.rng;
    const Timeline &t = d.t;
    const bool student = std::any_of(d.people.begin(), d.people.end(), [](const Person &p) { return p.student(); });
    for (int index : projects) {
        Project &p = ctx.projects[size_t(index)];
        if (p.status == "cancelled" || p.year < t.startYear)
            continue;
        int chance;
        bool paid = false; // money goes to the household itself
        switch (p.category) {
        case 8: // 雨露计划
            chance = student ? 500 : 0;
            paid = true;
            break;
        case 10: // 危房改造
            chance = d.dangerousRenovated == p.year ? 1000 : 0;
            paid = true;
            break;
        case 11: // 易地扶贫搬迁
            chance = t.relocationYear == p.year ? 1000 : 0;
            break;
        case 12: // 小额信贷贴息
            chance = t.poor ? 150 : 0;
            paid = true;
            break;
        case 3:
        case 4:
        case 5:
        case 6:
            chance = 500;
            break;
        case 15:
            chance = 0;
            break;
        default:
            chance = 200;
        }
        if (!rng.chance(chance / scale))
            continue;
        ctx.statements.beneficiary.insert(p.id, d.id);
        if (paid && p.payees.size() < 30)
            p.payees.push_back({d.id, d.headName});
    }
}

} // namespace

void writeAssistance(Context &ctx, const Draft &d)
{
    const std::vector<Span> spans = writePairings(ctx, d);
    writeVisits(ctx, d, spans);
    writeMeasures(ctx, d, spans);
    linkProjects(ctx, d, ctx.villages[size_t(d.village)].projects, 1);
    linkProjects(ctx, d, ctx.townships[size_t(d.township)].projects, 20);
}

} // namespace demo
