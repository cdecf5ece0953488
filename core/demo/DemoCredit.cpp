// SPDX-License-Identifier: GPL-3.0-or-later
// Benefits per household (政策享受) and poverty-alleviation microcredit (扶贫小额信贷), DOMAIN.md §5.
// Benefits are the last year's policy payments as the income record has them, with the education
// subsidy, medical assistance and housing grants the income form has no field of its own for; so
// the editor shows both agreement and the differences a cadre would have to look at. Loans follow
// the rules core enforces: a member aged 18–65 on the loan date, at most 50,000 yuan for at most
// 36 months, for production; most are repaid on time, some extended, a few overdue.

#include "demo/DemoHousehold.h"

#include <algorithm>
#include <string>

namespace demo {

namespace {

constexpr qint64 Fen = 100;

// The same day of the month, months later; the last day of a shorter month (as QDate::addMonths).
Day addMonths(Day day, int months)
{
    const Ymd d = ymdOf(day);
    const int index = d.year * 12 + (d.month - 1) + months;
    const int year = index / 12, month = index % 12 + 1;
    static constexpr int Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int last = month == 2 && leap ? 29 : Days[month - 1];
    return dayOf(year, month, std::min(d.day, last));
}

void benefit(Context &ctx, const Draft &d, const char *code, qint64 yuan, const char *note)
{
    if (yuan <= 0)
        return;
    Rng &rng = ctx.creditRng;
    const Day entered = randomDay(rng, dayOf(ctx.lastYear, 11, 20), dayOf(ctx.lastYear, 12, 28));
    const StampText stamp(entered, officeSecond(rng));
    const UuidBytes uuid = ctx.creditRng.uuid(ctx.nextUuidTime++);
    ctx.statements.benefit.insert(uuid, d.id, ctx.lastYear, code, yuan * Fen, note, stamp, stamp);
}

void writeBenefits(Context &ctx, const Draft &d, const PolicyIncome &income)
{
    Rng &rng = ctx.creditRng;
    if (d.t.startYear > ctx.lastYear)
        return;
    benefit(ctx, d, "subsistence", income.subsistence, "");
    benefit(ctx, d, "extreme_support", income.extreme, "");
    benefit(ctx, d, "welfare_job", income.welfareJob, "");
    benefit(ctx, d, "dividend", income.dividend, "");
    // Ecological compensation of a few mu is paid with the farmland subsidy and not entered apart.
    if (income.ecological >= 200)
        benefit(ctx, d, "ecological", income.ecological, "退耕还林及生态公益林补偿");
    // What the income form has no field of its own for: paid, yet often left out of the record.
    bool student = false, assisted = false, disabled = false;
    for (const Person &p : d.people) {
        disabled = disabled || p.disabled;
        student = student || (p.student() && p.age >= 15 && p.age <= 22);
        assisted = assisted || (p.medicalAssistance && p.ill());
    }
    // The disability subsidies (残疾人两项补贴) are entered as a benefit; the farmland subsidy every
    // farmer receives is not, so a household without a disabled member has its subsidies as income only.
    if (disabled)
        benefit(ctx, d, "other", income.subsidies, "残疾人两项补贴、耕地地力保护补贴");
    if (student && d.t.poor && rng.chance(700))
        benefit(ctx, d, "education", 3000, "中职学生每学期1500元");
    if (assisted && rng.chance(400))
        benefit(ctx, d, "medical", qint64(rng.range(5, 60)) * 100, "医疗救助");
    if (d.t.renovationYear == ctx.lastYear)
        benefit(ctx, d, "housing", qint64(rng.range(8, 35)) * 1000, "农村危房改造补助");
    if (d.t.poor && rng.chance(120))
        benefit(ctx, d, "industry", qint64(rng.range(5, 30)) * 100, "产业奖补");
}

void event(
    Context &ctx, qint64 loan, const char *kind, Day day, qint64 fen, std::optional<Day> newDue, const char *note)
{
    Rng &rng = ctx.creditRng;
    const StampText stamp(std::min(ctx.lastDay, day + rng.range(0, 5)), officeSecond(rng));
    const UuidBytes uuid = rng.uuid(ctx.nextUuidTime++);
    if (newDue)
        ctx.statements.loanEvent.insert(uuid, loan, kind, DateText(day), fen, DateText(*newDue), nullptr, note, stamp);
    else
        ctx.statements.loanEvent.insert(uuid, loan, kind, DateText(day), fen, nullptr, nullptr, note, stamp);
}

void writeLoan(Context &ctx, const Draft &d)
{
    Rng &rng = ctx.creditRng;
    static const Weighted<int> years{{2015, 4}, {2016, 14}, {2017, 20}, {2018, 17}, {2019, 14}, {2020, 11}, {2021, 6},
        {2022, 5}, {2023, 4}, {2024, 4}, {2025, 4}, {2026, 4}};
    const int year = years.pick(rng);
    if (year > ctx.lastYear || year < d.t.startYear)
        return;
    const Day lent = randomDay(rng, dayOf(year, 1, 5), std::min(ctx.lastDay, dayOf(year, 12, 25)));
    // The borrower: the head when 18–65 on the day, else a working member who is.
    const auto eligible = [&](const Person &p) {
        const int age = ageOn(p.birth, lent);
        return p.id != 0 && age >= 18 && age <= 65;
    };
    const Person *borrower = eligible(d.people.front()) ? &d.people.front() : nullptr;
    for (const Person &p : d.people) {
        if (!borrower && eligible(p) && p.labourer())
            borrower = &p;
    }
    if (!borrower)
        return;
    static const Weighted<int> amounts{{50000, 50}, {30000, 20}, {20000, 14}, {10000, 10}, {40000, 6}};
    static const Weighted<int> terms{{36, 60}, {24, 15}, {12, 25}};
    static const Weighted<int> purposes{{0, 45}, {1, 35}, {2, 5}, {3, 7}, {4, 3}, {5, 5}};
    static constexpr const char *PurposeCodes[]
        = {"breeding", "planting", "processing", "trade", "tourism", "handicraft"};
    static constexpr const char *PurposeWords[][3]
        = {{"香猪养殖", "肉牛养殖", "稻田养鱼养鸭"}, {"百香果种植", "油茶种植", "蔬菜大棚种植"},
            {"米酒酿造", "腌鱼加工", "茶叶加工"}, {"农村小卖部经营", "农产品收购贩运", "农机维修"},
            {"农家乐经营", "民宿改造", "乡村旅游接待"}, {"侗族刺绣", "苗族蜡染", "竹编加工"}};
    const qint64 yuan = amounts.pick(rng);
    const int term = terms.pick(rng);
    const int purpose = purposes.pick(rng);
    const char *words = PurposeWords[purpose][rng.below(3)];
    const int bankPick = rng.below(100);
    const std::string bank = bankPick < 80 ? ctx.county + "农村信用合作联社"
        : bankPick < 92                    ? std::string("中国邮政储蓄银行")
                                           : std::string("中国农业银行");
    const int rate = term <= 12 ? 43 : 47; // the benchmark rate, subsidised in full
    const Day due = addMonths(lent, term);
    const StampText stamp(lent, officeSecond(rng));
    const UuidBytes uuid = rng.uuid(ctx.nextUuidTime++);
    const qint64 loan = ctx.statements.loan.insert(uuid, d.id, borrower->id, borrower->name, borrower->idNumber, bank,
        yuan * Fen, DateText(lent), term, DateText(due), PurposeCodes[purpose], words, rate, stamp, stamp);

    // The interest subsidy (贴息), paid each year the loan runs.
    const qint64 yearlyInterest = yuan * rate / 1000;
    for (Day paid = addMonths(lent, 12); paid <= std::min(due, ctx.lastDay); paid = addMonths(paid, 12))
        event(ctx, loan, "subsidy", paid, yearlyInterest * Fen, std::nullopt, "财政全额贴息");

    // How it ended, or stands at the end of the last year.
    const int fate = rng.below(1000);
    Day finalDue = due;
    if (fate >= 900 && fate < 960 && due - 20 <= ctx.lastDay) {
        // Extended (展期) shortly before it fell due, by a year.
        static constexpr const char *Reasons[]
            = {"受灾减产，申请展期一年", "生猪价格下跌，经营困难", "家庭成员患病，暂时无力偿还"};
        finalDue = addMonths(due, 12);
        event(ctx, loan, "extension", due - rng.range(5, 20), 0, finalDue, Reasons[rng.below(3)]);
    }
    if (fate >= 960) {
        // Overdue: part of it paid back, the rest not by the due date.
        const qint64 part = yuan * rng.range(2, 7) / 10;
        const Day paid = randomDay(rng, lent + 120, due - 10);
        if (paid <= ctx.lastDay)
            event(ctx, loan, "repayment", paid, part * Fen, std::nullopt, "部分还款");
        // Arrears from years back were collected in the end, months late.
        const Day collected = due + rng.range(60, 270);
        if (collected + 365 <= ctx.lastDay)
            event(ctx, loan, "repayment", collected, (yuan - part) * Fen, std::nullopt, "逾期后清收结清");
        return;
    }
    if (finalDue <= ctx.lastDay) {
        // Repaid in full by the due date, sometimes in two parts.
        const Day last = finalDue - rng.range(0, 25);
        if (rng.chance(300)) {
            const qint64 first = yuan * rng.range(3, 6) / 10;
            event(ctx, loan, "repayment", randomDay(rng, lent + 150, last - 30), first * Fen, std::nullopt, "");
            event(ctx, loan, "repayment", last, (yuan - first) * Fen, std::nullopt, "结清");
        } else {
            event(ctx, loan, "repayment", last, yuan * Fen, std::nullopt, "到期结清");
        }
    } else if (rng.chance(250)) {
        const qint64 part = yuan * rng.range(2, 5) / 10;
        const Day paid = randomDay(rng, lent + 150, std::max(lent + 150, ctx.lastDay));
        if (paid <= ctx.lastDay)
            event(ctx, loan, "repayment", paid, part * Fen, std::nullopt, "提前部分还款");
    }
}

} // namespace

void writeCredit(Context &ctx, const Draft &d, const PolicyIncome &lastYear)
{
    writeBenefits(ctx, d, lastYear);
    // About a third of registered poor households with someone able to work borrowed (获贷率).
    const bool labour = std::any_of(d.people.begin(), d.people.end(), [](const Person &p) { return p.labourer(); });
    if (d.t.poor && labour && ctx.creditRng.chance(330))
        writeLoan(ctx, d);
}

} // namespace demo
