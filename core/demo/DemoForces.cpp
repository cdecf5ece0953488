// SPDX-License-Identifier: GPL-3.0-or-later
// Assistance forces (帮扶力量): units of all six forms, the cadres they send, and the resident
// work teams (驻村工作队) of the poor villages.

#include "db/RecordStamp.h"
#include "demo/DemoContext.h"
#include "demo/DemoText.h"

#include <algorithm>

namespace demo {

namespace {

// Households per cadre: the brief for the demo asks for about one cadre per five households.
constexpr int HouseholdsPerCadre = 5;

qint64 addUnit(Context &ctx, std::string name, int form, int level, const std::string &pairedRegion = {},
    const char *ownership = "")
{
    const Day day = dayOf(2014, 3, 10) + ctx.rng.below(30);
    const StampText created(day, officeSecond(ctx.rng));
    Unit unit;
    unit.name = std::move(name);
    unit.form = form;
    unit.level = level;
    unit.id = ctx.statements.unit.insert(ctx.uuid(), unit.name, std::to_string(form), std::to_string(level),
        pairedRegion, ownership, "", "", 1, created, created);
    ctx.units.push_back(unit);
    return unit.id;
}

std::string withoutSuffix(const std::string &name, std::string_view suffix)
{
    return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0
        ? name.substr(0, name.size() - suffix.size())
        : name;
}

void writeUnits(Context &ctx)
{
    Rng &rng = ctx.rng;
    const std::string provinceShort = withoutSuffix(ctx.province, "省");
    // 1 定点扶贫: a central unit, provincial and prefectural departments.
    static constexpr std::string_view Central[] = {"国家统计局", "中国农业发展银行", "国家开发银行", "中国建设银行"};
    addUnit(ctx, std::string(Central[rng.below(4)]), 1, 1);
    static constexpr std::string_view Provincial[] = {"人民检察院", "农业农村厅", "交通运输厅", "卫生健康委员会"};
    const int first = rng.below(4);
    addUnit(ctx, ctx.province + std::string(Provincial[first]), 1, 2);
    addUnit(ctx, ctx.province + std::string(Provincial[(first + 1 + rng.below(3)) % 4]), 1, 2);
    addUnit(ctx, ctx.city + (rng.chance(500) ? "人民医院" : "教育局"), 1, 3);
    // 2 东西部扶贫协作: the partner city's team and office.
    addUnit(ctx, ctx.partnerCity + "对口帮扶工作队", 2, 3, ctx.partnerCity);
    addUnit(ctx, ctx.partnerCity + "扶贫协作和对口支援办公室", 2, 3, ctx.partnerCity);
    // 3 军队和武警部队.
    addUnit(ctx, ctx.city + "军分区", 3, 6);
    addUnit(ctx, ctx.county + "人民武装部", 3, 6);
    // 4 民主党派、工商联和无党派人士.
    addUnit(ctx, "民革" + provinceShort + "省委员会", 4, 2);
    addUnit(ctx, ctx.province + "工商业联合会", 4, 2);
    // 5 企业: state-owned and private.
    addUnit(ctx, "中国移动通信集团" + provinceShort + "有限公司" + withoutSuffix(ctx.city, "州") + "分公司", 5, 3, {},
        "state");
    addUnit(ctx, ctx.county + "城市建设投资有限公司", 5, 4, {}, "state");
    addUnit(ctx, provinceShort + Names::place(rng) + "农业科技有限公司", 5, 9, {}, "private");
    // 6 政府部门: the county's departments, then the township governments.
    static constexpr std::string_view Departments[] = {"人民政府办公室", "发展和改革局", "教育局", "财政局",
        "人力资源和社会保障局", "自然资源局", "住房和城乡建设局", "交通运输局", "水务局", "农业农村局", "卫生健康局",
        "民政局", "乡村振兴局", "林业局", "生态移民局", "市场监督管理局", "应急管理局", "公安局"};
    for (std::string_view department : Departments) {
        ctx.countyDepartments.push_back(int(ctx.units.size()));
        addUnit(ctx, ctx.county + std::string(department), 6, 4);
    }
    for (Township &township : ctx.townships)
        township.governmentUnit = addUnit(ctx, township.name + "人民政府", 6, 5);
}

const QString &regionFor(const Context &ctx, const Unit &unit)
{
    static const QString central = QStringLiteral("110102");
    switch (unit.level) {
    case 1:
        return central;
    case 2:
    case 6:
        return unit.form == 3 && unit.level == 6 ? ctx.cityRegion : ctx.provinceRegion;
    case 3:
        return unit.form == 2 ? ctx.partnerRegion : ctx.cityRegion;
    default:
        return ctx.countyCode;
    }
}

struct NewCadre
{
    int unit = 0; // index into ctx.units
    int rank = 0; // index into ctx.ranks
    std::string post;
    bool firstSecretary = false;
};

int addCadre(Context &ctx, Names &names, const NewCadre &spec, Day created)
{
    Rng &rng = ctx.rng;
    const Unit &unit = ctx.units[size_t(spec.unit)];
    const bool male = rng.chance(680);
    const int birthYear = rng.range(1962, 1992);
    const Day birth = randomDay(rng, dayOf(birthYear, 1, 1), dayOf(birthYear, 12, 31));
    const std::string surname = names.surname(rng);
    const std::string name = surname + names.given(rng, male, birthYear);
    const char *political = unit.form == 4 ? (rng.chance(600) ? "04" : "12")
        : rng.chance(820)                  ? "01"
        : rng.chance(150)                  ? "02"
                                           : "13";
    const StampText stamp(created, officeSecond(rng));
    Cadre cadre;
    cadre.cap = ctx.ranks[size_t(spec.rank)].cap;
    const std::string idNumber = ctx.idNumber(regionFor(ctx, unit), birth, male);
    const std::string phone = ctx.mobile();
    const UuidBytes uuid = ctx.uuid();
    cadre.id = ctx.statements.cadre.insert(uuid, name, male ? "1" : "2", idNumber, political, unit.id, spec.post,
        ctx.ranks[size_t(spec.rank)].name, phone, spec.firstSecretary ? 1 : 0, 1, stamp, stamp);
    ctx.cadres.push_back(cadre);
    return int(ctx.cadres.size()) - 1;
}

// Posts by rank, highest rank first; cadre_rank.csv lists the ranks the same way.
std::string postFor(Rng &rng, size_t rank, size_t rankCount, bool township)
{
    static constexpr std::string_view Posts[][4] = {{"县委常委", "县人大常委会副主任", "调研员", "处长"},
        {"副县长", "县政协副主席", "副调研员", "副处长"}, {"局长", "主任", "乡镇党委书记", "乡镇长"},
        {"副局长", "副主任", "副乡镇长", "乡镇党委委员"}, {"科员", "办事员", "技术员", "干事"}};
    const size_t row = rankCount <= 1 ? 4 : std::min<size_t>(4, rank * 4 / (rankCount - 1));
    if (township && row == 2)
        return rng.chance(500) ? "乡镇党委副书记" : "乡镇人大主席";
    return std::string(Posts[row][rng.below(4)]);
}

// How often each rank is drawn, weighted towards the section level that staffs the work.
int rankWeight(const std::string &rank, size_t index, size_t count, bool township)
{
    if (rank == "正处级")
        return township ? 0 : 2;
    if (rank == "副处级")
        return township ? 0 : 6;
    if (rank == "正科级")
        return township ? 10 : 22;
    if (rank == "副科级")
        return 35;
    if (rank == "一般干部")
        return township ? 55 : 35;
    return index + 1 == count ? 35 : 10;
}

} // namespace

int takeCadre(Context &ctx, int townshipIndex, int avoid)
{
    Township &township = ctx.townships[size_t(townshipIndex)];
    for (size_t i = 0; i < township.withRoom.size();) {
        const int c = township.withRoom[i];
        Cadre &cadre = ctx.cadres[size_t(c)];
        if (cadre.load >= cadre.cap) {
            township.withRoom.erase(township.withRoom.begin() + std::ptrdiff_t(i));
            continue;
        }
        if (c == avoid) {
            ++i;
            continue;
        }
        if (++cadre.load >= cadre.cap)
            township.withRoom.erase(township.withRoom.begin() + std::ptrdiff_t(i));
        return c;
    }
    // Every cadre is at the cap: the cap is a local rule applied roughly, so take the pool in turn.
    int c = township.cadres[township.overflow++ % township.cadres.size()];
    if (c == avoid && township.cadres.size() > 1)
        c = township.cadres[township.overflow++ % township.cadres.size()];
    ++ctx.cadres[size_t(c)].load;
    return c;
}

void releaseCadre(Context &ctx, int townshipIndex, int c)
{
    Cadre &cadre = ctx.cadres[size_t(c)];
    if (--cadre.load == cadre.cap - 1)
        ctx.townships[size_t(townshipIndex)].withRoom.push_back(c);
}

void writeForces(Context &ctx)
{
    Rng &rng = ctx.rng;
    writeUnits(ctx);
    Names names(ctx.southwest);

    Weighted<int> countyRanks, townshipRanks;
    for (size_t r = 0; r < ctx.ranks.size(); ++r) {
        countyRanks.add(int(r), rankWeight(ctx.ranks[r].name, r, ctx.ranks.size(), false));
        townshipRanks.add(int(r), rankWeight(ctx.ranks[r].name, r, ctx.ranks.size(), true));
    }
    // Where responsible cadres come from: mostly the township and the county's departments.
    std::vector<int> outside[6];
    for (size_t u = 0; u < ctx.units.size(); ++u)
        outside[ctx.units[u].form - 1].push_back(int(u));
    const Weighted<int> source{{0, 35}, {6, 45}, {1, 8}, {2, 4}, {3, 2}, {4, 2}, {5, 4}};

    for (size_t t = 0; t < ctx.townships.size(); ++t) {
        Township &township = ctx.townships[t];
        const auto governmentIndex = int(std::find_if(ctx.units.begin(), ctx.units.end(), [&](const Unit &u) {
            return u.id == township.governmentUnit;
        }) - ctx.units.begin());
        // One cadre per five households, and enough of them that the caps of their ranks hold
        // every household with a little room for reassignments.
        const int count = std::max(2, (township.households + HouseholdsPerCadre - 1) / HouseholdsPerCadre);
        qint64 room = 0;
        for (int i = 0; i < count || room < qint64(township.households) * 105 / 100; ++i) {
            NewCadre spec;
            const int from = source.pick(rng);
            const bool inTownship = from == 0;
            spec.unit = inTownship ? governmentIndex
                : from == 6        ? rng.pick(ctx.countyDepartments)
                                   : rng.pick(outside[from - 1]);
            spec.rank = (inTownship ? townshipRanks : countyRanks).pick(rng);
            spec.post = postFor(rng, size_t(spec.rank), ctx.ranks.size(), inTownship);
            const int c = addCadre(ctx, names, spec, dayOf(2014, 4, 1) + rng.below(60));
            township.cadres.push_back(c);
            township.withRoom.push_back(c);
            room += ctx.cadres[size_t(c)].cap;
        }
    }

    // Resident work teams in the poor villages: at least three people with a first secretary,
    // one team for the alleviation years and a new one for the transition period.
    if (ctx.lastYear < 2015)
        return;
    std::vector<int> dispatching = outside[0];
    dispatching.insert(dispatching.end(), outside[1].begin(), outside[1].end());
    dispatching.insert(dispatching.end(), ctx.countyDepartments.begin(), ctx.countyDepartments.end());
    const int juniorRank = int(ctx.ranks.size()) - 1;
    const int seniorRank = std::max(0, juniorRank - 1);
    for (const Village &village : ctx.villages) {
        if (!village.poor)
            continue;
        for (int era = 0; era < 2; ++era) {
            if (era == 1 && ctx.lastYear < 2021)
                break;
            const Day start = era == 0 ? randomDay(rng, dayOf(2015, 9, 1), dayOf(2015, 12, 20))
                                       : randomDay(rng, dayOf(2021, 6, 1), dayOf(2021, 7, 15));
            const std::optional<std::string> end = era == 0 && ctx.lastYear >= 2021
                ? std::optional<std::string>(std::string(DateText(dayOf(2021, 5, 31)).view()))
                : std::nullopt;
            const int unit = rng.pick(dispatching);
            const StampText created(start, officeSecond(rng));
            const StampText updated(end ? dayOf(2021, 5, 31) : start, officeSecond(rng));
            const qint64 team = ctx.statements.team.insert(
                ctx.uuid(), village.id, ctx.units[size_t(unit)].id, DateText(start), end, created, updated);
            const int size = rng.range(3, 4);
            for (int m = 0; m < size; ++m) {
                NewCadre spec;
                spec.unit = unit;
                spec.rank = m == 0 ? seniorRank : juniorRank;
                spec.post = m == 0 ? "驻村第一书记" : "驻村工作队员";
                spec.firstSecretary = m == 0;
                const int c = addCadre(ctx, names, spec, start);
                // The uuid is the machinery's (random), as the file's default gave before: no draw of
                // the seed's stream.
                const QByteArray random = RecordStamp::uuidBytes(RecordStamp::newUuid());
                UuidBytes memberUuid;
                std::copy_n(reinterpret_cast<const unsigned char *>(random.constData()), 16, memberUuid.bytes.begin());
                ctx.statements.teamMember.insert(memberUuid, team, ctx.cadres[size_t(c)].id,
                    m == 0 ? "first_secretary" : "member", created, updated);
            }
        }
    }
}

} // namespace demo
