// SPDX-License-Identifier: GPL-3.0-or-later
// The county project library and the money behind it: projects by category and year, then fund
// sources, receipts, allocations to projects and disbursements (DOMAIN.md §5). Allocated never
// exceeds received and disbursed never exceeds allocated, by construction.

#include "demo/DemoContext.h"
#include "demo/DemoText.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace demo {

namespace {

std::string number(qint64 n)
{
    return std::to_string(n);
}

std::string padded(int n, int width)
{
    std::string s = std::to_string(n);
    return std::string(size_t(std::max(0, width - int(s.size()))), '0') + s;
}

std::string year(int y)
{
    return std::to_string(y) + "年";
}

struct Sheet
{
    std::string name, content, target, mechanism, department;
    qint64 budgetYuan = 0;
};

// Name, content, performance target (a project cannot enter the library without one), benefit
// mechanism, responsible department and budget of a project of a category.
Sheet sheetFor(Context &ctx, const Project &p)
{
    Rng &rng = ctx.rng;
    const std::string where
        = p.village >= 0 ? ctx.villages[size_t(p.village)].name : ctx.townships[size_t(p.township)].name;
    const int householdCount = rng.range(20, 300);
    const std::string households = number(householdCount);
    const std::string people = number(householdCount * rng.range(30, 45) / 10);
    // The words changed with the era: 贫困户 until 2020, 脱贫户 and 监测户 since.
    const std::string poor = p.year <= 2020 ? "建档立卡贫困户" : "脱贫户和监测户";
    const std::string labour = p.year <= 2020 ? "贫困劳动力" : "脱贫劳动力";
    auto budget = [&](int lo, int hi) { return qint64(rng.range(lo, hi)) * 1000; };
    Sheet s;
    switch (p.category) {
    case 1: {
        static constexpr std::string_view Products[] = {"精品水果种植", "香猪养殖", "油茶种植", "蔬菜种植", "茶叶种植",
            "稻田养鱼", "中药材种植", "食用菌种植", "肉牛养殖", "百香果种植"};
        const std::string product(Products[rng.below(10)]);
        s.name = where + product + "产业项目";
        s.content = "新建" + product + "基地" + number(rng.range(50, 800)) + "亩，配套生产便道和灌溉设施";
        s.target
            = "带动" + poor + households + "户" + people + "人，户均年增收" + number(rng.range(5, 30) * 100) + "元以上";
        s.mechanism
            = rng.chance(500) ? "财政资金折股量化到户，按年分红，分红比例不低于6%" : "合作社+农户，务工带动加保底分红";
        s.department = "农业农村局";
        s.budgetYuan = budget(200, 3000);
        break;
    }
    case 2:
        s.name = where + "就业帮扶车间建设项目";
        s.content = "建设就业帮扶车间" + number(rng.range(300, 2000)) + "平方米，吸纳劳动力就近就业";
        s.target = "吸纳" + number(rng.range(20, 120)) + "名" + labour + "稳定就业，月均工资2000元以上";
        s.mechanism = "务工就业带动";
        s.department = "人力资源和社会保障局";
        s.budgetYuan = budget(300, 1500);
        break;
    case 3:
        s.name = where + "通组公路硬化工程";
        s.content = "硬化通组路" + number(rng.range(2, 15)) + "公里，路面宽4.5米";
        s.target = "解决" + households + "户" + people + "人出行难问题";
        s.mechanism = "改善生产生活条件，群众投工投劳";
        s.department = "交通运输局";
        s.budgetYuan = budget(300, 5000);
        break;
    case 4:
        s.name = where + "农村饮水安全巩固提升工程";
        s.content = "新建蓄水池" + number(rng.range(1, 6)) + "座，";
        s.content += "铺设供水管网" + number(rng.range(2, 20)) + "公里";
        s.target = "巩固提升" + people + "人饮水安全，自来水普及率达到95%以上";
        s.mechanism = "改善生产生活条件，建后由村级管水员管护";
        s.department = "水务局";
        s.budgetYuan = budget(100, 1500);
        break;
    case 5:
        s.name = where + "农网改造升级工程";
        s.content = "改造低压线路" + number(rng.range(2, 12)) + "公里，";
        s.content += "新增变压器" + number(rng.range(1, 4)) + "台";
        s.target = "保障" + households + "户生产生活用电";
        s.mechanism = "改善生产生活条件";
        s.department = "发展和改革局";
        s.budgetYuan = budget(200, 1000);
        break;
    case 6:
        s.name = where + "通信基站建设项目";
        s.content = "新建4G基站" + number(rng.range(1, 3)) + "座";
        s.target = "实现" + households + "户4G网络覆盖";
        s.mechanism = "改善生产生活条件";
        s.department = "发展和改革局";
        s.budgetYuan = budget(200, 600);
        break;
    case 7:
        s.name = where + "人居环境整治项目";
        s.content = "实施农户改厕" + number(rng.range(20, 150)) + "户，";
        s.content += "建设垃圾收集点" + number(rng.range(3, 12)) + "个";
        s.target = "改善" + households + "户人居环境";
        s.mechanism = "改善生产生活条件";
        s.department = "住房和城乡建设局";
        s.budgetYuan = budget(100, 800);
        break;
    case 8:
        s.name = year(p.year) + where + "雨露计划补助项目";
        s.content = "对" + std::string(p.year <= 2020 ? "建档立卡贫困家庭" : "脱贫家庭")
            + "中高职在校学生每生每学期补助1500元";
        s.target = "资助" + number(rng.range(30, 300)) + "名学生完成学业";
        s.mechanism = "直接补助到户";
        s.department = "教育局";
        s.budgetYuan = budget(50, 500);
        break;
    case 9:
        s.name = where + "村卫生室标准化建设项目";
        s.content = "新建村卫生室" + number(rng.range(60, 150)) + "平方米，配套基本医疗设备";
        s.target = "保障" + people + "人就近就医";
        s.mechanism = "改善公共服务";
        s.department = "卫生健康局";
        s.budgetYuan = budget(200, 600);
        break;
    case 10:
        s.name = year(p.year) + where + "农村危房改造项目";
        s.content = "改造C级和D级危房" + number(rng.range(20, 200)) + "户";
        s.target = "保障改造户住房安全，竣工验收合格率100%";
        s.mechanism = "补助资金直接发放到户";
        s.department = "住房和城乡建设局";
        s.budgetYuan = budget(300, 3000);
        break;
    case 11:
        s.name = where + "易地扶贫搬迁安置点配套设施项目";
        s.content = "建设安置点道路、给排水和公共服务配套设施";
        s.target = "安置搬迁群众" + households + "户" + people + "人，实现搬得出、稳得住";
        s.mechanism = "搬迁安置，就业和产业后续扶持";
        s.department = "生态移民局";
        s.budgetYuan = budget(5000, 30000);
        break;
    case 12:
        s.name = year(p.year) + where + "扶贫小额信贷贴息项目";
        s.content = "对扶贫小额信贷贷款户给予全额贴息";
        s.target = "为" + households + "户贷款户贴息，贷款按期偿还率95%以上";
        s.mechanism = "贴息资金直接拨付到户";
        s.department = "乡村振兴局";
        s.budgetYuan = budget(100, 1000);
        break;
    case 13:
        s.name = year(p.year) + where + "公益性岗位补贴项目";
        s.content = "开发护林员、保洁员、护路员等公益性岗位" + number(rng.range(20, 200)) + "个";
        s.target = "带动" + labour + "就近就业，人均月增收500元以上";
        s.mechanism = "以工代赈，按月发放岗位补贴";
        s.department = "人力资源和社会保障局";
        s.budgetYuan = budget(200, 1500);
        break;
    case 14:
        s.name = where + "村级光伏电站项目";
        s.content = "建设村级光伏电站" + number(rng.range(100, 500)) + "千瓦";
        s.target = "年发电收益" + number(rng.range(5, 40)) + "万元，用于设置公益岗位和奖励补助";
        s.mechanism = "收益归村集体，量化到户分配";
        s.department = "发展和改革局";
        s.budgetYuan = budget(300, 1500);
        break;
    default:
        s.name = year(p.year) + ctx.county + "扶贫项目管理费";
        s.content = "用于项目前期设计、评审、招标、监理和验收";
        s.target = "保障全县项目规范实施，项目验收合格率100%";
        s.mechanism = "项目管理";
        s.department = "乡村振兴局";
        s.budgetYuan = budget(50, 300);
    }
    return s;
}

// Status by age: old projects are finished and accepted, this year's are still on their way.
std::string statusFor(Rng &rng, int projectYear, int lastYear)
{
    if (projectYear <= lastYear - 2) {
        static const Weighted<const char *> old{
            {"accepted", 45}, {"announced", 35}, {"completed", 15}, {"cancelled", 5}};
        return old.pick(rng);
    }
    if (projectYear == lastYear - 1) {
        static const Weighted<const char *> recent{
            {"completed", 40}, {"accepted", 35}, {"in_progress", 20}, {"cancelled", 5}};
        return recent.pick(rng);
    }
    static const Weighted<const char *> current{{"proposed", 15}, {"in_library", 20}, {"approved", 20},
        {"tendering", 15}, {"in_progress", 25}, {"completed", 5}};
    return current.pick(rng);
}

// What one household receives from a project that pays households directly, in yuan.
qint64 standardSubsidy(Rng &rng, int category)
{
    switch (category) {
    case 8: // 雨露计划: 1500 a term
        return rng.chance(500) ? 1500 : 3000;
    case 10: // 危房改造
        return qint64(rng.range(8, 35)) * 1000;
    default: // 小额信贷贴息: the interest on up to 50,000 yuan
        return qint64(rng.range(8, 25)) * 100;
    }
}

bool funded(const std::string &status)
{
    return status != "proposed" && status != "in_library" && status != "cancelled";
}

bool finished(const std::string &status)
{
    return status == "completed" || status == "accepted" || status == "announced";
}

} // namespace

void planProjects(Context &ctx)
{
    Rng &rng = ctx.rng;
    const int count = std::max(1, ctx.households / 60);
    static const Weighted<int> categories{{1, 25}, {2, 5}, {3, 15}, {4, 10}, {5, 2}, {6, 2}, {7, 6}, {8, 5}, {9, 3},
        {10, 10}, {11, 3}, {12, 5}, {13, 4}, {14, 3}, {15, 2}};
    Weighted<int> years;
    for (int y = 2014; y <= ctx.lastYear; ++y)
        years.add(y, y <= 2014 ? 5 : y == 2015 ? 8 : y <= 2020 ? 12 + std::min(y - 2016, 3) : 6);
    // Bigger villages get more projects.
    Weighted<int> villages, townships;
    for (size_t v = 0; v < ctx.villages.size(); ++v)
        villages.add(int(v), ctx.villages[v].households + 1);
    for (size_t t = 0; t < ctx.townships.size(); ++t)
        townships.add(int(t), ctx.townships[t].households + 1);
    std::vector<int> forms[6];
    for (size_t u = 0; u < ctx.units.size(); ++u)
        forms[ctx.units[u].form - 1].push_back(int(u));

    for (int i = 0; i < count; ++i) {
        Project p;
        p.category = categories.pick(rng);
        p.year = years.pick(rng);
        // Public-welfare jobs and village photovoltaic stations came with the 2016 push.
        if ((p.category == 13 || p.category == 14) && p.year < 2016)
            p.category = 1;
        const bool townshipWide = p.category == 8 || p.category == 10 || p.category == 11 || p.category == 12
            || p.category == 13 || p.category == 15;
        if (townshipWide) {
            p.township = townships.pick(rng);
        } else {
            p.village = villages.pick(rng);
            p.township = ctx.villages[size_t(p.village)].township;
        }
        p.status = statusFor(rng, p.year, ctx.lastYear);
        // Some projects came with an assistance unit: East–West partners, designated units, enterprises.
        const int r = rng.below(100);
        if (p.category != 15 && r < 19)
            p.unit = rng.pick(forms[r < 10 ? 1 : r < 15 ? 0 : 4]);
        const Sheet sheet = sheetFor(ctx, p);
        p.name = sheet.name;
        p.budgetYuan = sheet.budgetYuan;
        p.start = randomDay(rng, dayOf(p.year, 4, 1), dayOf(p.year, 7, 31));
        p.end = p.start + rng.range(60, 240);
        const Day entered = randomDay(rng, dayOf(p.year, 1, 5), dayOf(p.year, 3, 20));
        const StampText created(entered, officeSecond(rng));
        const StampText updated(finished(p.status) ? std::min(p.end, ctx.lastDay) : entered, officeSecond(rng));
        static constexpr const char *CancelReasons[]
            = {"选址调整，项目取消", "资金来源变更，项目取消", "群众意愿变化，项目取消"};
        const qint64 division = p.category == 15 ? ctx.countyId
            : p.village >= 0                     ? ctx.villages[size_t(p.village)].id
                                                 : ctx.townships[size_t(p.township)].id;
        const std::string code = p.category < 10 ? "0" + number(p.category) : number(p.category);
        const char *nature = rng.chance(150) ? "extension" : "new";
        const char *cancelReason = p.status == "cancelled" ? CancelReasons[rng.below(3)] : nullptr;
        p.entered = entered;
        p.cancelReason = cancelReason;
        const UuidBytes uuid = ctx.uuid();
        p.id = ctx.statements.project.insert(uuid, p.name, code, nature, division, p.year, DateText(p.start),
            DateText(p.end), ctx.county + sheet.department, sheet.content, p.budgetYuan * 100, sheet.target,
            sheet.mechanism, p.unit >= 0 ? std::optional<qint64>(ctx.units[size_t(p.unit)].id) : std::nullopt, p.status,
            cancelReason, created, updated);
        if (p.village >= 0)
            ctx.villages[size_t(p.village)].projects.push_back(int(ctx.projects.size()));
        else if (p.category != 15)
            ctx.townships[size_t(p.township)].projects.push_back(int(ctx.projects.size()));
        ctx.projects.push_back(std::move(p));
    }
}

void writeFunds(Context &ctx)
{
    Rng &rng = ctx.rng;
    struct Allocation
    {
        int project;
        qint64 yuan;
        Day day;
    };
    struct Source
    {
        std::vector<Allocation> allocations;
        qint64 total = 0;
    };
    // Voucher numbers (凭证号) run per year and kind of entry: "2019-拨-0034".
    std::map<std::pair<int, char>, int> vouchers;
    auto voucher = [&](Day day, char kind, const char *word) {
        const int y = yearOf(day);
        return number(y) + "-" + word + "-" + padded(++vouchers[{y, kind}], 4);
    };
    // By year, fund_source_type code and the assistance unit (-1 for none): one source each.
    std::map<std::tuple<int, int, int>, Source> sources;
    for (size_t i = 0; i < ctx.projects.size(); ++i) {
        const Project &p = ctx.projects[i];
        if (!funded(p.status))
            continue;
        int mainType = 0;
        if (p.unit >= 0) {
            const int form = ctx.units[size_t(p.unit)].form;
            mainType = form == 2 ? 5 : form == 1 ? 6 : 7;
        } else {
            static const Weighted<int> integrated{{1, 35}, {2, 15}, {3, 15}, {4, 35}};
            static const Weighted<int> early{{1, 45}, {2, 25}, {3, 30}};
            mainType = (p.year >= 2016 ? integrated : early).pick(rng);
        }
        const qint64 allocated = std::max<qint64>(1000, p.budgetYuan * rng.range(900, 1000) / 1000);
        const Day day = std::max(dayOf(p.year, 3, 1), p.start - rng.range(5, 30));
        qint64 second = 0;
        int secondType = 0;
        if (rng.chance(300)) {
            secondType = rng.range(1, 3);
            if (secondType != mainType)
                second = allocated * rng.range(20, 40) / 100;
        }
        Source &main = sources[{p.year, mainType, mainType >= 5 ? p.unit : -1}];
        main.allocations.push_back({int(i), allocated - second, day});
        main.total += allocated - second;
        if (second > 0) {
            Source &extra = sources[{p.year, secondType, -1}];
            extra.allocations.push_back({int(i), second, day});
            extra.total += second;
        }
    }
    // Donations keep arriving whether or not they have been allocated yet.
    for (int y = 2014; y <= ctx.lastYear; ++y)
        sources[{y, 7, -1}];

    static constexpr const char *TypeCodes[] = {"", "01", "02", "03", "04", "05", "06", "07"};
    for (auto &[key, source] : sources) {
        const auto [y, type, unit] = key;
        std::string name;
        switch (type) {
        case 1:
            name = year(y) + (y >= 2021 ? "中央财政衔接推进乡村振兴补助资金" : "中央财政专项扶贫资金");
            break;
        case 2:
            name = year(y) + ctx.province + (y >= 2021 ? "财政衔接推进乡村振兴补助资金" : "财政专项扶贫资金");
            break;
        case 3:
            name = year(y) + ctx.county + "本级财政扶贫资金";
            break;
        case 4:
            name = year(y) + "统筹整合财政涉农资金";
            break;
        default:
            name = year(y) + (unit >= 0 ? ctx.units[size_t(unit)].name : std::string("社会各界"))
                + (type == 5        ? "东西部扶贫协作资金"
                        : type == 6 ? "定点帮扶资金"
                                    : "捐赠资金");
        }
        const Day opened = dayOf(y, 1, 4);
        const StampText created(opened, officeSecond(rng));
        const qint64 sourceId = ctx.statements.fundSource.insert(ctx.uuid(), name, TypeCodes[type], y,
            unit >= 0 ? std::optional<qint64>(ctx.units[size_t(unit)].id) : std::nullopt, created, created);

        // Receipts cover the allocations with some to spare, in one to three batches early in the year.
        qint64 received = source.total ? source.total * rng.range(1000, 1150) / 1000 : rng.range(5, 200) * 1000;
        const int batches = rng.range(1, 3);
        for (int b = 0; b < batches && received > 0; ++b) {
            const qint64 amount = b + 1 == batches ? received : std::max<qint64>(1, received * rng.range(30, 60) / 100);
            received -= amount;
            const Day day = randomDay(rng, dayOf(y, 1, 5), dayOf(y, 2, 28));
            const StampText stamp(day, officeSecond(rng));
            const std::string note = type <= 2 ? "上级财政下达第" + chineseNumber(b + 1) + "批"
                : type <= 4                    ? std::string("县财政局拨付")
                                               : std::string("帮扶方拨付到县");
            ctx.statements.receipt.insert(ctx.uuid(), sourceId, DateText(day), amount * 100, voucher(day, 'r', "收"),
                nullptr, note, stamp, stamp);
        }

        for (const Allocation &a : source.allocations) {
            const Project &p = ctx.projects[size_t(a.project)];
            const StampText stamp(a.day, officeSecond(rng));
            const qint64 allocationId = ctx.statements.allocation.insert(ctx.uuid(), sourceId, p.id, DateText(a.day),
                a.yuan * 100, voucher(a.day, 'a', "拨"), nullptr, "", stamp, stamp);
            if (!finished(p.status) && p.status != "in_progress")
                continue;
            // Paid out: nearly all of it once finished, part of it while the work goes on.
            qint64 toPay = a.yuan * (finished(p.status) ? rng.range(920, 1000) : rng.range(300, 600)) / 1000;
            const Day last = std::min(ctx.lastDay, std::max(a.day + 10, p.end + 60));
            auto pay = [&](qint64 yuan, const std::string &payee, std::optional<qint64> household) {
                if (yuan <= 0)
                    return;
                const Day day = randomDay(rng, a.day + 5, std::max(a.day + 5, last));
                if (day > ctx.lastDay)
                    return;
                const StampText paid(day, officeSecond(rng));
                ctx.statements.disbursement.insert(ctx.uuid(), allocationId, sourceId, p.id, DateText(day), yuan * 100,
                    payee, household, voucher(day, 'd', "付"), nullptr, "", paid, paid);
            };
            if (!p.payees.empty()) {
                // Subsidies paid to households at the standard rates; the rest of the batch goes
                // out through the township finance office's one-card accounts (一卡通).
                for (const Beneficiary &b : p.payees) {
                    const qint64 each = std::min(toPay, standardSubsidy(rng, p.category));
                    toPay -= each;
                    pay(each, b.headName, b.householdId);
                }
                pay(toPay, ctx.townships[size_t(p.township)].name + "财政所（惠民惠农一卡通批量发放）", std::nullopt);
            } else {
                const std::string contractor = Names::company(rng, ctx.county);
                const int instalments = finished(p.status) ? rng.range(2, 3) : 1;
                for (int k = 0; k < instalments && toPay > 0; ++k) {
                    const qint64 amount = k + 1 == instalments ? toPay : toPay * rng.range(30, 50) / 100;
                    toPay -= amount;
                    pay(amount, contractor, std::nullopt);
                }
            }
        }
    }
}

// The steps each project took to reach its status (proposed → in library → approved → tendering →
// in progress → completed → accepted → announced, or cancelled early), dated in order from the day
// it was proposed and never after the last day of the demo or today, as ProjectLifecycle records them.
void writeProjectHistory(Context &ctx)
{
    Rng &rng = ctx.rng;
    static const char *const Path[]
        = {"proposed", "in_library", "approved", "tendering", "in_progress", "completed", "accepted", "announced"};
    static const Weighted<const char *> methods{{"公开招标", 60}, {"竞争性磋商", 25}, {"询价", 10}, {"单一来源", 5}};
    static constexpr const char *Milestones[] = {"开工", "主体工程完成一半", "主体工程完工"};
    const Day last = std::min(ctx.lastDay, ctx.today);
    for (const Project &p : ctx.projects) {
        int target = 0;
        while (target < 8 && p.status != Path[target])
            ++target;
        const bool cancelled = p.status == "cancelled";
        // A cancelled project stopped before work began: proposed, in the library or approved.
        const int reached = cancelled ? rng.below(3) : target;
        Day day = p.entered;
        std::string from = Path[0];
        auto step = [&](const char *to, Day on, const std::string &method = {}, const std::string &bidder = {},
                        qint64 contractFen = 0, int progress = 0, const char *milestone = "",
                        const char *acceptedBy = "", const char *audit = "", const char *reason = "") {
            day = std::min(std::max(day, on), last);
            const StampText stamp(day, officeSecond(rng));
            ctx.statements.projectEvent.insert(ctx.uuid(), p.id, from, to, DateText(day), reason, method, bidder,
                contractFen, progress, milestone, acceptedBy, audit, stamp);
            from = to;
        };
        for (int s = 1; s <= reached && s < 8; ++s) {
            switch (s) {
            case 1:
                step(Path[s], p.entered + rng.range(3, 20));
                break;
            case 2:
                step(Path[s], day + rng.range(10, 30));
                break;
            case 3: {
                const qint64 contract = std::max<qint64>(1, p.budgetYuan * rng.range(900, 990) / 1000) * 100;
                step(Path[s], std::max(day + 5, p.start - rng.range(5, 25)), methods.pick(rng),
                    Names::company(rng, ctx.county), contract);
                break;
            }
            case 4: {
                const bool done = target > 4;
                step(Path[s], p.start, {}, {}, 0, done ? 10 : rng.range(10, 80), Milestones[done ? 0 : rng.below(3)]);
                break;
            }
            case 5:
                step(Path[s], p.end);
                break;
            case 6:
                step(Path[s], p.end + rng.range(15, 45), {}, {}, 0, 0, "", "县乡村振兴局项目验收组",
                    rng.chance(900) ? "第三方审计合格" : "第三方审计基本合格，已整改");
                break;
            case 7:
                step(Path[s], day + rng.range(5, 15));
                break;
            }
        }
        if (cancelled)
            step("cancelled", day + rng.range(10, 60), {}, {}, 0, 0, "", "", "", p.cancelReason ? p.cancelReason : "");
    }
}

} // namespace demo
