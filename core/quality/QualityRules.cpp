// SPDX-License-Identifier: GPL-3.0-or-later
#include "quality/QualityRule.h"

#include "common/Money.h"
#include "register/IdNumber.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {

// Codes of resources/codes that the rules look at.
const QString SpouseRelation = QStringLiteral("10");
const QString CauseIllness = QStringLiteral("01");
const QString CauseDisability = QStringLiteral("02");
const QString CauseEducation = QStringLiteral("03");
const QString HealthChronic = QStringLiteral("2");
const QString HealthSerious = QStringLiteral("3");
const QString HealthDisabled = QStringLiteral("4");
const QString NotInSchool = QStringLiteral("00");
const QStringList SubsistenceAttributes{QStringLiteral("04"), QStringLiteral("02")}; // 低保贫困户, 低保脱贫户
const QStringList ExtremeAttributes{QStringLiteral("06"), QStringLiteral("03")}; // 特困供养贫困/脱贫户
const QStringList AbleLabour{QStringLiteral("1"), QStringLiteral("2")}; // 普通劳动力, 技能劳动力

// Limits of the national checks.
constexpr int MaxMonths = 12;
constexpr int LabourAgeFrom = 16;
constexpr int LabourAgeTo = 65;
constexpr qint64 MaxPerCapitaFen = 100'000 * 100;
constexpr double MaxFarmlandMuPerPerson = 50;
constexpr double MaxRoadKm = 50;

QString memberName(const Household &h, int index)
{
    return h.members.at(index).label(index + 1);
}

QString decimal(double value)
{
    return QString::number(value, 'g', 6);
}

bool anyMember(const Household &h, const std::function<bool(const Member &)> &test)
{
    return std::any_of(h.members.cbegin(), h.members.cend(), test);
}

bool hasCause(const Household &h, const QString &cause)
{
    return h.causeCodes().contains(cause);
}

QDate birthDate(const Member &m)
{
    return m.birthDate.isValid() ? m.birthDate : IdNumber::check(m.idNumber).birthDate;
}

QStringList oneHead(const Household &h, const QualityContext &)
{
    if (h.members.isEmpty())
        return {QualityRules::tr("The household has no members.")};
    QStringList heads;
    for (int i = 0; i < h.members.size(); ++i) {
        if (h.members.at(i).isHead())
            heads << memberName(h, i);
    }
    if (heads.isEmpty())
        return {QualityRules::tr("No member is marked as the head of household.")};
    if (heads.size() > 1)
        return {QualityRules::tr("%1 members are marked as the head of household: %2. Only one can be the head.")
                    .arg(heads.size())
                    .arg(heads.join(QStringLiteral(", ")))};
    return {};
}

QStringList idNumbers(const Household &h, const QualityContext &)
{
    QStringList problems;
    for (int i = 0; i < h.members.size(); ++i) {
        const QString &id = h.members.at(i).idNumber;
        if (id.trimmed().isEmpty()) {
            problems << QualityRules::tr("%1 has no ID number.").arg(memberName(h, i));
            continue;
        }
        const IdNumber::Check check = IdNumber::check(id);
        if (!check.valid)
            problems << QualityRules::tr("The ID number %1 of %2 is wrong: %3").arg(id, memberName(h, i), check.reason);
    }
    return problems;
}

QStringList illnessWithoutIll(const Household &h, const QualityContext &)
{
    if (!hasCause(h, CauseIllness)
        || anyMember(h, [](const Member &m) { return m.hasHealth(HealthChronic) || m.hasHealth(HealthSerious); }))
        return {};
    return {
        QualityRules::tr("The poverty cause is illness, but no member has a long-term chronic or a serious illness.")};
}

QStringList disabilityWithoutDisabled(const Household &h, const QualityContext &)
{
    if (!hasCause(h, CauseDisability) || anyMember(h, [](const Member &m) { return m.hasHealth(HealthDisabled); }))
        return {};
    return {QualityRules::tr("The poverty cause is disability, but no member is recorded as disabled.")};
}

QStringList educationWithoutStudent(const Household &h, const QualityContext &)
{
    if (!hasCause(h, CauseEducation)
        || anyMember(h, [](const Member &m) { return !m.schoolingCode.isEmpty() && m.schoolingCode != NotInSchool; }))
        return {};
    return {QualityRules::tr("The poverty cause is education costs, but no member is in school.")};
}

QStringList subsistenceWithoutMember(const Household &h, const QualityContext &)
{
    if (!SubsistenceAttributes.contains(h.attributeCode)
        || anyMember(h, [](const Member &m) { return m.subsistenceAllowance; }))
        return {};
    return {
        QualityRules::tr("The household is a subsistence-allowance household, but no member is recorded as receiving "
                         "the subsistence allowance.")};
}

QStringList extremeWithLabourer(const Household &h, const QualityContext &ctx)
{
    if (!ExtremeAttributes.contains(h.attributeCode))
        return {};
    QStringList problems;
    const QDate day = ctx.ageReference();
    for (int i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        const QDate born = birthDate(m);
        if (!AbleLabour.contains(m.labourCode) || !born.isValid())
            continue;
        Member aged = m;
        aged.birthDate = born;
        const int age = aged.ageOn(day);
        if (age >= LabourAgeFrom && age <= LabourAgeTo)
            problems << QualityRules::tr(
                "%1 (aged %2) is recorded as able to work, which does not fit a household under "
                "extreme-poverty support. Check the labour status or the household attribute.")
                            .arg(memberName(h, i))
                            .arg(age);
    }
    return problems;
}

QStringList monthsOutOfRange(const Household &h, const QualityContext &)
{
    QStringList problems;
    for (int i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        if (m.monthsWorked < 0 || m.monthsWorked > MaxMonths)
            problems << QualityRules::tr("%1 is recorded as working %2 months; months worked must be from 0 to 12.")
                            .arg(memberName(h, i))
                            .arg(m.monthsWorked);
        if (m.welfareJobMonths < 0 || m.welfareJobMonths > MaxMonths)
            problems << QualityRules::tr(
                "%1 is recorded with %2 months in a public-welfare job; it must be from 0 to 12.")
                            .arg(memberName(h, i))
                            .arg(m.welfareJobMonths);
    }
    return problems;
}

QStringList workPlaceWithoutMonths(const Household &h, const QualityContext &)
{
    QStringList problems;
    for (int i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        if (!m.workPlace.trimmed().isEmpty() && m.monthsWorked == 0)
            problems
                << QualityRules::tr("%1 has a work place (%2) but 0 months worked.").arg(memberName(h, i), m.workPlace);
    }
    return problems;
}

QStringList perCapitaIncome(const Household &h, const QualityContext &ctx)
{
    const IncomeRecord *income = h.incomeFor(ctx.year);
    if (!income)
        return {};
    const std::optional<qint64> perCapita = income->perCapitaNetIncome();
    if (!perCapita)
        return {QualityRules::tr("The income record for %1 has no household size.").arg(ctx.year)};
    if (*perCapita <= 0)
        return {QualityRules::tr("The per-capita net income for %1 is %2 yuan; it must be above zero.")
                    .arg(ctx.year)
                    .arg(Money::fromFen(*perCapita).toString())};
    if (*perCapita > MaxPerCapitaFen)
        return {
            QualityRules::tr("The per-capita net income for %1 is %2 yuan, more than 100,000 yuan. Check the amounts.")
                .arg(ctx.year)
                .arg(Money::fromFen(*perCapita).toString())};
    return {};
}

QStringList headSpouseSameSex(const Household &h, const QualityContext &)
{
    const Member *head = h.head();
    if (!head || (head->sexCode != QLatin1String("1") && head->sexCode != QLatin1String("2")))
        return {};
    QStringList problems;
    for (int i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        if (m.relationCode == SpouseRelation && m.sexCode == head->sexCode)
            problems << QualityRules::tr("The head %1 and the spouse %2 are recorded with the same sex.")
                            .arg(head->name, memberName(h, i));
    }
    return problems;
}

QStringList farmlandPerPerson(const Household &h, const QualityContext &ctx)
{
    const LivingConditions *living = h.livingFor(ctx.year);
    if (!living || h.members.isEmpty())
        return {};
    const double perPerson = living->farmlandMu / double(h.members.size());
    if (perPerson <= MaxFarmlandMuPerPerson)
        return {};
    return {QualityRules::tr("The household has %1 mu of farmland in %2, %3 mu per person (more than 50 mu).")
                .arg(decimal(living->farmlandMu))
                .arg(ctx.year)
                .arg(decimal(perPerson))};
}

QStringList roadDistance(const Household &h, const QualityContext &ctx)
{
    const LivingConditions *living = h.livingFor(ctx.year);
    if (!living || living->roadDistanceKm <= MaxRoadKm)
        return {};
    return {QualityRules::tr("The distance to the village main road is recorded as %1 km in %2 (more than 50 km).")
                .arg(decimal(living->roadDistanceKm))
                .arg(ctx.year)};
}

QStringList noCadre(const Household &, const QualityContext &ctx)
{
    if (ctx.hasResponsibleCadre)
        return {};
    return {QualityRules::tr("No responsible cadre is currently assigned to the household.")};
}

QStringList cadreIsMember(const Household &h, const QualityContext &ctx)
{
    if (ctx.cadresWithId.isEmpty()) // nearly every household of a county check
        return {};
    QStringList problems;
    for (int i = 0; i < h.members.size(); ++i) {
        const QString id = IdNumber::normalize(h.members.at(i).idNumber);
        if (id.isEmpty() || !ctx.cadresWithId.contains(id))
            continue;
        problems << QualityRules::tr(
            "%1 (ID number %2) is registered in this household and is also the assistance cadre %3.")
                        .arg(memberName(h, i), id, ctx.cadresWithId.value(id).join(QStringLiteral(", ")));
    }
    return problems;
}

QStringList registeredTwice(const Household &h, const QualityContext &ctx)
{
    if (h.members.size() < 2 && ctx.otherRegistrations.isEmpty())
        return {};
    QStringList problems;
    QVarLengthArray<QString, 16> ids; // normalized, by member; a household has a few members
    for (int i = 0; i < h.members.size(); ++i) {
        const QString id = IdNumber::normalize(h.members.at(i).idNumber);
        ids.append(id);
        if (id.isEmpty())
            continue;
        if (const qsizetype first = ids.indexOf(id); first < i)
            problems << QualityRules::tr("The ID number %1 is entered twice in this household: for %2 and for %3.")
                            .arg(id, memberName(h, int(first)), memberName(h, i));
        for (const Registration &r : ctx.otherRegistrations.value(id)) {
            if (r.householdId == h.meta.id && h.meta.id != 0)
                continue;
            if (!r.readable) {
                problems << QualityRules::tr("%1 (ID number %2) is also registered in a household of %3, outside "
                                             "the divisions you may read; ask the township or county office.")
                                .arg(memberName(h, i), id, r.villageName);
                continue;
            }
            problems << QualityRules::tr("%1 (ID number %2) is also registered in household %3 as %4.")
                            .arg(memberName(h, i), id, r.householdCode, r.name);
        }
    }
    return problems;
}

QStringList inactiveCadre(const Household &, const QualityContext &ctx)
{
    if (ctx.inactiveCadres.isEmpty())
        return {};
    return {QualityRules::tr("The responsible cadre %1 is no longer active; pair the household with an active cadre.")
                .arg(ctx.inactiveCadres.join(QStringLiteral(", ")))};
}

} // namespace

QDate QualityContext::ageReference() const
{
    if (ageDate.isValid())
        return ageDate;
    return year > 0 ? QDate(year, 12, 31) : QDate::currentDate();
}

const QList<QualityRule> &QualityRules::all()
{
    static const QList<QualityRule> rules{
        {QStringLiteral("Q01"), Severity::Error, tr("Exactly one head of household"), oneHead},
        {QStringLiteral("Q02"), Severity::Error, tr("Valid ID numbers"), idNumbers},
        {QStringLiteral("Q03"), Severity::Warning, tr("Illness cause without an ill member"), illnessWithoutIll},
        {QStringLiteral("Q04"), Severity::Warning, tr("Disability cause without a disabled member"),
            disabilityWithoutDisabled},
        {QStringLiteral("Q05"), Severity::Warning, tr("Education cause without a student"), educationWithoutStudent},
        {QStringLiteral("Q06"), Severity::Error, tr("Subsistence-allowance household without a recipient"),
            subsistenceWithoutMember},
        {QStringLiteral("Q07"), Severity::Warning, tr("Extreme-poverty household with a labourer aged 16 to 65"),
            extremeWithLabourer},
        {QStringLiteral("Q08"), Severity::Error, tr("Months worked outside 0 to 12"), monthsOutOfRange},
        {QStringLiteral("Q09"), Severity::Warning, tr("Work place with 0 months worked"), workPlaceWithoutMonths},
        {QStringLiteral("Q10"), Severity::Warning, tr("Per-capita income not above 0 or above 100,000 yuan"),
            perCapitaIncome},
        {QStringLiteral("Q11"), Severity::Error, tr("Head and spouse of the same sex"), headSpouseSameSex},
        {QStringLiteral("Q12"), Severity::Warning, tr("More than 50 mu of farmland per person"), farmlandPerPerson},
        {QStringLiteral("Q13"), Severity::Warning, tr("More than 50 km to the main road"), roadDistance},
        {QStringLiteral("Q14"), Severity::Error, tr("No responsible cadre"), noCadre},
        {QStringLiteral("Q15"), Severity::Error, tr("Cadre registered as a poor person"), cadreIsMember},
        {QStringLiteral("Q16"), Severity::Error, tr("Person registered twice in the county"), registeredTwice},
        {QStringLiteral("Q17"), Severity::Error, tr("Paired with an inactive cadre"), inactiveCadre},
    };
    return rules;
}

const QualityRule *QualityRules::find(const QString &code)
{
    const QList<QualityRule> &rules = all();
    const auto it = std::find_if(rules.cbegin(), rules.cend(), [&](const QualityRule &r) { return r.code == code; });
    return it == rules.cend() ? nullptr : &*it;
}

const QHash<QString, QStringList> &QualityRules::columnsRead()
{
    static const QHash<QString, QStringList> columns{
        {QStringLiteral("household"),
            {QStringLiteral("code"), QStringLiteral("attribute_code"), QStringLiteral("main_cause_code"),
                QStringLiteral("other_cause1_code"), QStringLiteral("other_cause2_code")}},
        {QStringLiteral("member"),
            {QStringLiteral("name"), QStringLiteral("sex_code"), QStringLiteral("id_number"),
                QStringLiteral("birth_date"), QStringLiteral("relation_code"), QStringLiteral("schooling_code"),
                QStringLiteral("health_codes"), QStringLiteral("labour_code"), QStringLiteral("work_place"),
                QStringLiteral("months_worked"), QStringLiteral("subsistence_allowance"),
                QStringLiteral("welfare_job_months")}},
        // The per-capita income needs every amount.
        {QStringLiteral("income"),
            {QStringLiteral("year"), QStringLiteral("household_size"), QStringLiteral("wage_migrant"),
                QStringLiteral("wage_welfare_job"), QStringLiteral("op_crops"), QStringLiteral("op_livestock"),
                QStringLiteral("op_forestry"), QStringLiteral("op_other"), QStringLiteral("prop_dividend"),
                QStringLiteral("prop_land_transfer"), QStringLiteral("tr_family_planning"),
                QStringLiteral("tr_subsistence"), QStringLiteral("tr_extreme_support"), QStringLiteral("tr_pension"),
                QStringLiteral("tr_eco_compensation"), QStringLiteral("tr_subsidies"), QStringLiteral("tr_alimony"),
                QStringLiteral("tr_insurance"), QStringLiteral("op_costs")}},
        {QStringLiteral("living_condition"),
            {QStringLiteral("year"), QStringLiteral("farmland_mu"), QStringLiteral("road_distance_km")}},
    };
    return columns;
}

QString QualityRules::severityName(Severity severity)
{
    return severity == Severity::Error ? tr("Error") : tr("Warning");
}
