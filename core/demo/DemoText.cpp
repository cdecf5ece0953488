// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoText.h"

#include <array>

namespace demo {

namespace {

// The common surnames with their approximate share of the population (per ten thousand).
constexpr std::pair<std::string_view, int> Surnames[] = {{"王", 71}, {"李", 70}, {"张", 66}, {"刘", 53}, {"陈", 45},
    {"杨", 31}, {"黄", 22}, {"赵", 20}, {"吴", 20}, {"周", 19}, {"徐", 13}, {"孙", 12}, {"马", 11}, {"朱", 10},
    {"胡", 10}, {"郭", 10}, {"何", 9}, {"高", 9}, {"林", 9}, {"罗", 9}, {"郑", 8}, {"梁", 7}, {"谢", 6}, {"宋", 5},
    {"唐", 5}, {"许", 5}, {"韩", 5}, {"冯", 5}, {"邓", 5}, {"曹", 5}, {"彭", 5}, {"曾", 5}, {"肖", 4}, {"田", 4},
    {"董", 4}, {"袁", 4}, {"潘", 4}, {"于", 4}, {"蒋", 4}, {"蔡", 4}, {"余", 4}, {"杜", 4}, {"叶", 4}, {"程", 4},
    {"苏", 3}, {"魏", 3}, {"吕", 3}, {"丁", 3}, {"任", 3}, {"沈", 3}, {"姚", 3}, {"卢", 3}, {"姜", 3}, {"崔", 3},
    {"钟", 3}, {"谭", 3}, {"陆", 3}, {"汪", 3}, {"范", 3}, {"金", 3}, {"石", 3}, {"廖", 3}, {"贾", 3}, {"夏", 3},
    {"韦", 3}, {"付", 3}, {"方", 2}, {"白", 2}, {"邹", 2}, {"孟", 2}, {"熊", 2}, {"秦", 2}, {"邱", 2}, {"江", 2},
    {"尹", 2}, {"薛", 2}, {"闫", 2}, {"段", 2}, {"雷", 2}, {"侯", 2}, {"龙", 2}, {"史", 2}, {"陶", 2}, {"黎", 2},
    {"贺", 2}, {"顾", 2}, {"毛", 2}, {"郝", 2}, {"龚", 2}, {"邵", 2}, {"万", 2}, {"钱", 2}, {"覃", 2}, {"武", 2},
    {"戴", 2}, {"莫", 2}, {"孔", 2}, {"向", 2}, {"蒙", 1}, {"欧", 1}, {"滚", 1}};

// In the Miao and Dong villages a handful of surnames make up most households.
constexpr std::pair<std::string_view, int> SouthwestBoost[] = {{"吴", 8}, {"杨", 5}, {"石", 12}, {"龙", 12}, {"潘", 12},
    {"韦", 10}, {"梁", 6}, {"贾", 10}, {"蒙", 25}, {"滚", 20}, {"欧", 8}, {"覃", 6}, {"莫", 6}};

// Given-name characters by sex and generation: names follow the fashion of the birth decade.
constexpr std::string_view MaleOld = "国建明永志华文军平海强金德光成林清祥福荣贵富生才学忠勇义兴昌正树云山胜顺发"
                                     "武新江家世启开先保安元长庆振宏亮友水培贤";
constexpr std::string_view MaleYoung = "浩宇子轩俊杰鹏飞涛斌超刚波辉东伟磊鑫博文晨阳宏锦睿航凯诚豪泽然乐天嘉奕铭";
constexpr std::string_view FemaleOld = "秀英华兰芳玉梅红丽珍凤霞琴桂花云燕萍娟敏菊莲月翠妹香春美娥仙金银芝";
constexpr std::string_view FemaleYoung = "静丹艳慧雪婷倩雅欣怡佳琳莉颖晓梦涵诗蕾思悦瑶璐萱妍琪";

// Syllables of place names in the style of south-east Guizhou.
constexpr std::string_view PlaceFirst = "加丙贯洛宰停往高谷雍庆刚秀斗翠东光西下上平岜摆登党孖乌八九龙归美岑占大小新塘"
                                        "银金良甲羊牛孔朝弄腊滚留孟信銮友兰";
constexpr std::string_view PlaceSecond = "江洞香便山坪里增云边榜塘朗辉鸠勉寨岭坝沙河头口脚坡溪冲友瑞团亚孟雄甲良岑门月"
                                         "亮华堡阳水田林桥岗";

std::string_view pickChar(Rng &rng, std::string_view list)
{
    return cjkAt(list, rng.below(cjkCount(list)));
}

} // namespace

Names::Names(bool southwest)
{
    for (const auto &[name, weight] : Surnames) {
        int w = weight * 10;
        if (southwest) {
            for (const auto &[boosted, factor] : SouthwestBoost) {
                if (boosted == name)
                    w *= factor;
            }
        }
        m_surnames.add(name, w);
    }
}

std::string Names::given(Rng &rng, bool male, int birthYear) const
{
    // Older people mostly carry the old-fashioned characters, the young mostly the new ones.
    const bool young = birthYear >= 1985 ? !rng.chance(150) : rng.chance(birthYear >= 1970 ? 300 : 50);
    const std::string_view pool = male ? (young ? MaleYoung : MaleOld) : (young ? FemaleYoung : FemaleOld);
    std::string name(pickChar(rng, pool));
    if (!rng.chance(young ? 120 : 220))
        name += pickChar(rng, rng.chance(700) ? pool : (male ? MaleOld : FemaleOld));
    return name;
}

std::string Names::place(Rng &rng)
{
    std::string name(pickChar(rng, PlaceFirst));
    name += pickChar(rng, PlaceSecond);
    return name;
}

std::string Names::company(Rng &rng, const std::string &county)
{
    static constexpr std::string_view Kinds[]
        = {"建筑工程有限公司", "建设工程有限公司", "农业开发有限公司", "路桥工程有限公司", "水电安装有限公司"};
    static constexpr std::string_view Cooperatives[]
        = {"种养殖专业合作社", "茶叶专业合作社", "香猪养殖专业合作社", "精品水果种植专业合作社", "林下经济专业合作社"};
    const bool cooperative = rng.chance(300);
    std::string name = cooperative ? place(rng) : county + place(rng);
    name += (cooperative ? Cooperatives : Kinds)[rng.below(5)];
    return name;
}

std::string chineseNumber(int n)
{
    static constexpr std::string_view Digits = "零一二三四五六七八九十";
    if (n <= 10)
        return std::string(cjkAt(Digits, n));
    if (n < 20)
        return std::string(cjkAt(Digits, 10)) + std::string(cjkAt(Digits, n - 10));
    std::string s(cjkAt(Digits, n / 10));
    s += cjkAt(Digits, 10);
    if (n % 10)
        s += cjkAt(Digits, n % 10);
    return s;
}

namespace phrases {

std::string_view finding(Rng &rng, std::string_view cause, bool outOfPoverty, bool monitored)
{
    if (monitored && rng.chance(600)) {
        static constexpr std::string_view Texts[]
            = {"家庭收入接近监测标准，存在返贫致贫风险", "家中突发变故，支出骤增，生活出现困难",
                "务工收入不稳定，家庭收入下降明显", "医疗费用支出较大，经医保报销后自付部分仍较高"};
        return Texts[rng.below(4)];
    }
    if (outOfPoverty && rng.chance(500)) {
        static constexpr std::string_view Texts[] = {"脱贫后收入稳定，继续享受帮扶政策",
            "住房安全，饮水正常，子女正常上学，家庭生活稳定", "务工收入稳定，家庭生活有所改善",
            "产业发展良好，家庭收入逐年增加", "核对家庭人口和收入情况，未发现返贫风险"};
        return Texts[rng.below(5)];
    }
    if (cause == "01") {
        static constexpr std::string_view Texts[] = {"家中有人患慢性病，需长期服药，医疗支出较大",
            "户主身体不好，不能从事重体力劳动", "家人住院治疗后在家休养，需定期复查"};
        return Texts[rng.below(3)];
    }
    if (cause == "02")
        return rng.chance(500) ? "家中有残疾人，生活自理能力较差" : "残疾家庭成员需要照料，劳动力不能外出";
    if (cause == "03")
        return rng.chance(500) ? "子女在外就读，学费和生活费开支较大" : "孩子上高中，家庭教育支出增加";
    if (cause == "07")
        return rng.chance(500) ? "家庭劳动力缺乏技能，收入来源单一" : "有外出务工意愿，但没有一技之长";
    if (cause == "08")
        return rng.chance(500) ? "家中缺少劳动力，农活主要靠老人" : "劳动力年纪偏大，只能在家务农";
    if (cause == "09")
        return rng.chance(500) ? "有发展养殖的意愿，但缺少启动资金" : "想扩大种植规模，缺少周转资金";
    static constexpr std::string_view Texts[] = {"了解家庭人口和收入情况，核对帮扶手册信息", "春耕生产准备情况良好",
        "住房存在漏雨现象，需要维修", "饮水管道老化，供水时有中断", "家庭生产生活正常，无新增困难"};
    return Texts[rng.below(5)];
}

std::string_view action(Rng &rng, std::string_view cause, bool monitored)
{
    if (monitored && rng.chance(500)) {
        static constexpr std::string_view Texts[] = {"纳入防返贫监测，落实针对性帮扶措施", "协助申请临时救助",
            "对接就业帮扶车间，稳定务工收入", "落实医疗救助，减轻医疗负担"};
        return Texts[rng.below(4)];
    }
    if (cause == "01" && rng.chance(600))
        return rng.chance(500) ? "宣传健康扶贫政策，协助办理慢性病门诊证" : "联系家庭医生上门随访";
    if (cause == "02" && rng.chance(600))
        return "协助申请残疾人两项补贴";
    if (cause == "03" && rng.chance(600))
        return "落实教育资助政策，协助申请雨露计划补助";
    if ((cause == "07" || cause == "08") && rng.chance(600))
        return rng.chance(500) ? "推荐参加县人社局组织的技能培训" : "对接县内企业就业岗位";
    if (cause == "09" && rng.chance(600))
        return "协助申请扶贫小额信贷";
    static constexpr std::string_view Texts[] = {"更新帮扶手册，宣讲惠民政策", "帮助制定家庭发展计划",
        "协助落实产业奖补资金", "核实并更新家庭信息", "宣传防返贫监测政策和申报渠道"};
    return Texts[rng.below(5)];
}

std::string workPlace(Rng &rng, std::string_view status, const std::string &township, const std::string &county,
    const std::string &province)
{
    if (status == "1") {
        static constexpr std::string_view Places[] = {"集镇", "农业园区", "茶叶基地", "就业帮扶车间"};
        return township + std::string(Places[rng.below(4)]);
    }
    if (status == "2")
        return county + (rng.chance(500) ? "城区" : "工业园区");
    if (status == "3") {
        if (province == "贵州省") {
            static constexpr std::string_view Cities[] = {"贵阳市", "凯里市", "遵义市", "都匀市", "安顺市"};
            return province + std::string(Cities[rng.below(5)]);
        }
        return province + "省内";
    }
    if (status == "4") {
        static constexpr std::string_view Cities[] = {"广东省东莞市", "广东省深圳市", "广东省广州市", "广东省佛山市",
            "浙江省宁波市", "浙江省杭州市", "浙江省温州市", "福建省泉州市", "江苏省苏州市", "上海市"};
        return std::string(Cities[rng.below(10)]);
    }
    return "本地灵活就业";
}

} // namespace phrases

} // namespace demo
