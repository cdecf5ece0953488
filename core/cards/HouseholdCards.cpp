// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/HouseholdCards.h"

#include "accounts/AccessPolicy.h"
#include "common/Masking.h"
#include "common/Money.h"
#include "county/CodeLists.h"
#include "county/CountySettings.h"
#include "db/CountyDatabase.h"
#include "forces/AssistanceRecords.h"
#include "forces/ForcesLists.h"
#include "funds/BenefitBook.h"
#include "register/HouseholdRepository.h"

#include <algorithm>

namespace {

// The one place the card reads an amount of a benefit or a measure (money fields change type).
qint64 fenOf(const HouseholdBenefit &benefit)
{
    return benefit.amountFen;
}
qint64 fenOf(const Measure &measure)
{
    return measure.amountFen;
}

// All of the members it applies to (`applies`) have it; nullopt when it applies to nobody.
template <typename Applies, typename Has>
std::optional<bool> everyone(const QList<Member> &members, Applies applies, Has has)
{
    bool any = false;
    for (const Member &m : members) {
        if (!applies(m))
            continue;
        any = true;
        if (!has(m))
            return false;
    }
    return any ? std::optional<bool>(true) : std::nullopt;
}

const LivingConditions *livingOf(const Household &h, int year)
{
    if (const LivingConditions *l = h.livingFor(year))
        return l;
    // The latest record before the year: conditions are recorded when they change.
    const LivingConditions *latest = nullptr;
    for (const LivingConditions &l : h.livingConditions) {
        if (l.year <= year)
            latest = &l;
    }
    return latest;
}

} // namespace

HouseholdCards::HouseholdCards(CountyDatabase &db, int year, const QDate &printedOn)
    : m_db(db), m_year(year), m_printedOn(printedOn), m_codes(std::make_unique<CodeLists>(db)), m_standards(db)
{
    if (const Result<QList<Division>> all = Divisions::load(db, Divisions::Counts::Without)) {
        for (const Division &d : all.value())
            m_divisions.insert(d.id, d);
    }
    m_countyCode = db.countyCode();
    const CountySettings settings(db);
    const QString title = settings.value(CountySettings::CardTitle).trimmed();
    m_title = title.isEmpty() ? defaultTitle(db.countyName(), year)
                              : tr("%1 (%2)", "a county's own card title and the year").arg(title).arg(year);
    m_wholeIds = settings.value(CountySettings::CardWholeIdNumbers) == QLatin1String("1");
    m_supervision << QStringLiteral("12317");
    const QString phone = settings.value(CountySettings::SupervisionPhone).trimmed();
    if (!phone.isEmpty())
        m_supervision << phone;
    m_policyStandards = settings.value(CountySettings::CardPolicyStandards).split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : m_policyStandards)
        line = line.trimmed();
    m_policyStandards.removeAll(QString());
    if (m_policyStandards.isEmpty())
        m_policyStandards = defaultPolicyStandards();
    m_pledge = settings.value(CountySettings::CardPledge).trimmed();
    if (m_pledge.isEmpty())
        m_pledge = tr("If you have suggestions or difficulties, please contact me.");
}

QStringList HouseholdCards::defaultPolicyStandards()
{
    return {tr("Microcredit: up to 50,000 yuan for up to 3 years, without guarantee or collateral, interest paid "
               "by the county."),
        tr("Education: two exemptions and one subsidy in compulsory schooling; Rain and Dew Plan (雨露计划) support "
           "for vocational students."),
        tr("Health: basic medical insurance paid for, serious-illness insurance and medical assistance; treatment "
           "first, payment after, in the county."),
        tr("Housing: dangerous houses (grade C and D) renovated with a subsidy."),
        tr("Social security: subsistence allowance and extreme-poverty support at the county's standard.")};
}

HouseholdCards::~HouseholdCards() = default;

QString HouseholdCards::defaultTitle(const QString &countyName, int year)
{
    return tr("%1 household assistance card (%2)").arg(countyName).arg(year);
}

Result<HouseholdCard> HouseholdCards::build(qint64 householdId) const
{
    const HouseholdRepository repository(m_db);
    const Result<Household> household = repository.load(householdId);
    if (!household)
        return Result<HouseholdCard>::failure(household.error());
    if (repository.isDeleted(householdId))
        return Result<HouseholdCard>::failure(
            tr("Household %1 is deleted: restore it to print its card.").arg(household->code));
    return fill(household.value());
}

Result<qint64> HouseholdCards::divisionIdOf(const QString &divisionCode) const
{
    const QString code = divisionCode.trimmed();
    for (const Division &d : m_divisions) {
        if (d.code == code)
            return d.id;
    }
    return Result<qint64>::failure(
        tr("There is no division with the code \"%1\" in %2; see `fupin-cli divisions`.").arg(code, m_db.path()));
}

Status HouseholdCards::forDivision(
    const QString &divisionCode, const std::function<bool(const HouseholdCard &)> &visit) const
{
    const Result<qint64> id = divisionIdOf(divisionCode);
    if (!id)
        return id.status();
    if (Status s = AccessPolicy::checkRead(m_db, id.value()); !s)
        return Status::failure(
            tr("No cards can be printed for %1: %2").arg(m_divisions.value(id.value()).name, s.error()));
    Status failed;
    const Status walked = HouseholdRepository(m_db).forEach(id.value(), [&](const Household &h) {
        const Result<HouseholdCard> card = fill(h);
        if (!card) {
            failed = card.status();
            return false;
        }
        return visit(card.value());
    });
    if (!failed)
        return failed;
    return walked;
}

Result<int> HouseholdCards::countInDivision(const QString &divisionCode) const
{
    const Result<qint64> id = divisionIdOf(divisionCode);
    if (!id)
        return Result<int>::failure(id.error());
    if (Status s = AccessPolicy::checkRead(m_db, id.value()); !s)
        return Result<int>::failure(
            tr("No cards can be printed for %1: %2").arg(m_divisions.value(id.value()).name, s.error()));
    const Result<QList<Division>> scoped = Divisions::loadInScope(m_db);
    if (!scoped)
        return Result<int>::failure(scoped.error());
    for (const Division &d : scoped.value()) {
        if (d.id == id.value())
            return d.households;
    }
    return 0;
}

void HouseholdCards::fillWorkTeam(HouseholdCard &card, qint64 villageId) const
{
    if (!m_teams.contains(villageId)) {
        Team team;
        // Work teams show no household's people: county-wide lists, read once per village.
        const Result<QList<ForcesLists::Team>> teams = ForcesLists(m_db).workTeams(villageId, true);
        if (teams && !teams->isEmpty()) {
            const ForcesLists::Team &t = teams->constFirst();
            team.unit = t.unit;
            team.members = t.members;
            team.firstSecretary = t.firstSecretary;
        }
        m_teams.insert(villageId, team);
    }
    const Team &team = m_teams[villageId];
    card.workTeamUnit = team.unit;
    card.workTeamMembers = team.members;
    card.firstSecretary = team.firstSecretary;
}

Result<HouseholdCard> HouseholdCards::fill(const Household &h) const
{
    using R = Result<HouseholdCard>;
    HouseholdCard card;
    card.householdId = h.meta.id;
    card.year = m_year;
    card.title = m_title;
    card.printedOn = m_printedOn;
    card.supervisionPhones = m_supervision;
    card.county = m_db.countyName();
    card.countyCode = m_countyCode;
    card.township = m_divisions.value(h.townshipId).name;
    card.village = m_divisions.value(h.villageId).name;
    card.group = h.groupId ? m_divisions.value(h.groupId).name : QString();
    card.code = h.code;
    if (const Member *head = h.head()) {
        card.headName = head->name;
        card.headIdNumber = m_wholeIds ? head->idNumber : Masking::mask(head->idNumber);
    }
    card.address = h.address;
    card.size = int(h.members.size());
    card.attribute = m_codes->name(CodeList::Attribute, h.attributeCode);
    card.status = m_codes->name(CodeList::Status, h.statusCode);
    card.phone = h.phone;
    for (const QString &cause : h.causeCodes())
        card.causes << m_codes->name(CodeList::Cause, cause);
    card.identificationYear = h.identificationYear;
    card.exitYear = h.exitYear ? h.exitYear : h.plannedExitYear;
    card.exitPlanned = !h.exitYear && h.plannedExitYear;

    // 两不愁三保障 and the other boxes of DOMAIN.md §6.
    const QDate asOf = m_printedOn.isValid() ? m_printedOn : QDate(m_year, 12, 31);
    const auto all = [](const Member &) { return true; };
    const LivingConditions *living = livingOf(h, m_year);
    const std::optional<bool> unknown;
    card.boxes << CardBox{tr("Basic medical insurance"),
        everyone(h.members, all, [](const Member &m) { return m.medicalInsurance; }), {}};
    card.boxes << CardBox{tr("Pension insurance"),
        everyone(
            h.members, [&](const Member &m) { return m.ageOn(asOf) >= 16 && m.schoolingCode == QLatin1String("00"); },
            [](const Member &m) { return m.pensionInsurance; }),
        {}};
    card.boxes << CardBox{tr("Safe drinking water"),
        living ? std::optional<bool>(living->waterSafe && !living->waterDifficulty) : unknown, {}};
    std::optional<bool> dropout;
    if (!h.members.isEmpty()) {
        dropout = std::any_of(
            h.members.cbegin(), h.members.cend(), [](const Member &m) { return !m.dropoutReason.trimmed().isEmpty(); });
    }
    card.boxes << CardBox{tr("Children out of compulsory school"), dropout, {}};
    card.boxes << CardBox{tr("Housing safe"), living ? std::optional<bool>(living->housingSecure) : unknown, {}};
    card.boxes << CardBox{tr("Dangerous-house renovation"),
        living ? std::optional<bool>(living->renovationYear.has_value()) : unknown,
        living && living->renovationYear ? QString::number(*living->renovationYear) : QString()};
    card.boxes << CardBox{tr("Relocation"), h.relocated, h.relocated ? h.relocationMode : QString()};
    card.boxes << CardBox{tr("Joined a cooperative"), h.cooperative, {}};
    if (living) {
        card.farmlandMu = living->farmlandMu;
        card.returnedFarmlandMu = living->returnedFarmlandMu;
    }

    for (const Member &m : h.members) {
        CardMember cm;
        cm.name = m.name;
        cm.relation = m_codes->name(CodeList::Relation, m.relationCode);
        cm.sex = m_codes->name(CodeList::Sex, m.sexCode);
        cm.age = m.ageOn(asOf);
        QStringList health;
        for (const QString &code : m.healthCodes)
            health << m_codes->name(CodeList::Health, code);
        cm.health = health.join(QStringLiteral("、"));
        cm.labour = m.labourCode.isEmpty() ? QString() : m_codes->name(CodeList::Labour, m.labourCode);
        cm.schooling = m.schoolingCode.isEmpty() ? QString() : m_codes->name(CodeList::Schooling, m.schoolingCode);
        QStringList work;
        if (!m.workStatusCode.isEmpty())
            work << m_codes->name(CodeList::Work, m.workStatusCode);
        if (!m.workPlace.trimmed().isEmpty())
            work << m.workPlace.trimmed();
        if (m.monthsWorked > 0)
            work << tr("%n month(s)", nullptr, m.monthsWorked);
        cm.work = work.join(u' ');
        card.members << cm;
    }

    // The year's per-capita net income against the year's line or threshold.
    if (const IncomeRecord *income = h.incomeFor(m_year))
        card.perCapitaFen = income->perCapitaNetIncome();
    if (const std::optional<PovertyStandards::Standard> standard = m_standards.forYear(m_year)) {
        card.standardFen = standard->fen;
        card.standardIsThreshold = standard->isThreshold;
    }

    // Measures and benefits of the year, through the scoped reads.
    const AssistanceRecords records(m_db);
    const Result<QList<Measure>> measures = records.measures(h.meta.id);
    if (!measures)
        return R::failure(measures.error());
    for (const Measure &m : measures.value()) {
        if (m.startDate.year() != m_year)
            continue;
        CardMeasure row;
        row.sector = m_codes->name(CodeList::Measure, m.categoryCode);
        row.measure = m.description.trimmed();
        if (m.startDate.isValid())
            row.measure = tr("%1 (from %2)", "a measure on a card and its start date")
                              .arg(row.measure, m.startDate.toString(Qt::ISODate));
        row.amountFen = fenOf(m);
        row.result = m.result.trimmed();
        if (row.amountFen)
            row.result = (row.result.isEmpty() ? QString() : row.result + u' ')
                + tr("%1 yuan", "an amount on a card").arg(Money::fromFen(row.amountFen).toString());
        card.measures << row;
    }
    const Result<QList<HouseholdBenefit>> benefits = BenefitBook(m_db).forHousehold(h.meta.id, m_year);
    if (!benefits)
        return R::failure(benefits.error());
    for (const HouseholdBenefit &b : benefits.value()) {
        CardMeasure row;
        row.sector = tr("Policy benefits");
        row.measure = BenefitBook::typeName(b.benefitCode);
        if (!b.note.trimmed().isEmpty())
            row.measure += tr(": %1", "a benefit's note on a card").arg(b.note.trimmed());
        row.amountFen = fenOf(b);
        row.result
            = tr("%1 yuan received", "a benefit's amount on a card").arg(Money::fromFen(row.amountFen).toString());
        card.measures << row;
    }

    const Result<QList<PairingRecord>> pairings = records.pairings(h.meta.id);
    if (!pairings)
        return R::failure(pairings.error());
    if (!pairings->isEmpty() && !pairings->constFirst().pairing.endDate.isValid()) {
        const PairingRecord &p = pairings->constFirst();
        card.cadreName = p.cadreName;
        card.cadreUnit = p.unitName;
        card.cadrePhone = p.phone;
    }
    fillWorkTeam(card, h.villageId);
    card.policyStandards = m_policyStandards;
    card.pledge = m_pledge;
    if (const IncomeRecord *income = h.incomeFor(m_year))
        card.income = IncomeStatement::of(*income, h.members);
    if (m_template == CardTemplate::Policy) {
        if (Status s = fillHistory(card, h); !s)
            return R::failure(s.error());
    }
    return card;
}

Status HouseholdCards::fillHistory(HouseholdCard &card, const Household &h) const
{
    // Every measure and benefit since identification, oldest first; a measure's date is its start,
    // a benefit's its year.
    const int since = h.identificationYear.value_or(0);
    struct Dated
    {
        QString sortKey;
        CardMeasure row;
    };
    QList<Dated> rows;
    const Result<QList<Measure>> measures = AssistanceRecords(m_db).measures(h.meta.id);
    if (!measures)
        return measures.status();
    for (const Measure &m : measures.value()) {
        if (m.startDate.isValid() && m.startDate.year() < since)
            continue;
        CardMeasure row;
        row.sector = m_codes->name(CodeList::Measure, m.categoryCode);
        row.measure = m.description.trimmed();
        if (!m.result.trimmed().isEmpty())
            row.measure
                = tr("%1: %2", "a measure and its result on the policy card").arg(row.measure, m.result.trimmed());
        row.date = m.startDate.isValid() ? m.startDate.toString(Qt::ISODate) : QString();
        row.amountFen = fenOf(m);
        rows.append({row.date, row});
    }
    const Result<QList<HouseholdBenefit>> benefits = BenefitBook(m_db).forHousehold(h.meta.id);
    if (!benefits)
        return benefits.status();
    for (const HouseholdBenefit &b : benefits.value()) {
        if (b.year < since)
            continue;
        CardMeasure row;
        row.sector = tr("Policy benefits");
        row.measure = BenefitBook::typeName(b.benefitCode);
        if (!b.note.trimmed().isEmpty())
            row.measure += tr(": %1", "a benefit's note on a card").arg(b.note.trimmed());
        row.date = tr("%1", "a benefit's year on the policy card").arg(b.year);
        row.amountFen = fenOf(b);
        rows.append({QStringLiteral("%1-99").arg(b.year), row});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Dated &x, const Dated &y) { return x.sortKey < y.sortKey; });
    for (const Dated &d : std::as_const(rows))
        card.history << d.row;
    return {};
}
