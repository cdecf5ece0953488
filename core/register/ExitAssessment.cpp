// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/ExitAssessment.h"

#include "common/Money.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"

#include <algorithm>

namespace {

// The latest row of a year up to `year`, or nullopt.
template <typename T> std::optional<T> latestUpTo(const QList<T> &rows, int year)
{
    const T *found = nullptr;
    for (const T &row : rows) {
        if (row.year <= year && (!found || row.year > found->year))
            found = &row;
    }
    return found ? std::optional<T>(*found) : std::nullopt;
}

using Condition = ExitAssessment::Condition;
using Finding = ExitAssessment::Finding;

// Income, 两不愁三保障 and water: the conditions exit and risk elimination share.
QList<Finding> incomeAndLiving(const ExitAssessment::Facts &facts, const PovertyStandards &standards)
{
    const int year = facts.date.year();
    QList<Finding> findings;
    if (!facts.income) {
        findings.append(
            {Condition::Income, false, ExitAssessment::tr("No income is recorded for %1 or before.").arg(year)});
    } else {
        const IncomeRecord &income = *facts.income;
        const std::optional<qint64> perCapita = income.perCapitaNetIncome();
        const std::optional<PovertyStandards::Standard> standard = standards.forYear(income.year);
        const QString standardName = standard && standard->isThreshold
            ? ExitAssessment::tr("the %1 monitoring threshold").arg(income.year)
            : ExitAssessment::tr("the %1 poverty line").arg(income.year);
        if (!perCapita)
            findings.append({Condition::Income, false,
                ExitAssessment::tr("The income of %1 has no household size, so its per-capita income is unknown.")
                    .arg(income.year)});
        else if (!standard)
            findings.append({Condition::Income, false,
                ExitAssessment::tr("The county has no poverty line or monitoring threshold for %1.").arg(income.year)});
        else if (*perCapita <= standard->fen)
            findings.append({Condition::Income, false,
                ExitAssessment::tr("The per-capita net income of %1 (%2 yuan) is not above %3 (%4 yuan).")
                    .arg(QString::number(income.year), Money::fromFen(*perCapita).toString(), standardName,
                        Money::fromFen(standard->fen).toString())});
        else
            findings.append({Condition::Income, true,
                ExitAssessment::tr("The per-capita net income of %1 (%2 yuan) is above %3 (%4 yuan).")
                    .arg(QString::number(income.year), Money::fromFen(*perCapita).toString(), standardName,
                        Money::fromFen(standard->fen).toString())});
    }

    const std::optional<LivingConditions> &living = facts.living;
    const auto condition = [&](Condition c, bool met, const QString &what) {
        if (!living)
            findings.append({c, false,
                ExitAssessment::tr("%1: no living conditions are recorded for %2 or before.").arg(what).arg(year)});
        else
            findings.append({c, met,
                met ? ExitAssessment::tr("%1: yes (%2).").arg(what).arg(living->year)
                    : ExitAssessment::tr("%1: not secured in %2.").arg(what).arg(living->year)});
    };
    condition(Condition::Food, living && living->foodSecure, ExitAssessment::tr("No worry about food"));
    condition(Condition::Clothing, living && living->clothingSecure, ExitAssessment::tr("No worry about clothing"));
    condition(
        Condition::Education, living && living->educationSecure, ExitAssessment::tr("Compulsory education guaranteed"));
    condition(Condition::Medical, living && living->medicalSecure, ExitAssessment::tr("Basic medical care guaranteed"));
    condition(Condition::Housing, living && living->housingSecure, ExitAssessment::tr("Housing safety guaranteed"));
    condition(Condition::Water, living && living->waterSafe && !living->waterDifficulty,
        ExitAssessment::tr("Safe drinking water"));
    return findings;
}

} // namespace

bool ExitAssessment::Result::met() const
{
    return std::all_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.met; });
}

QStringList ExitAssessment::Result::unmet() const
{
    QStringList texts;
    for (const Finding &f : findings) {
        if (!f.met)
            texts << f.text;
    }
    return texts;
}

ExitAssessment::ExitAssessment(CountyDatabase &db) : m_db(db), m_standards(db)
{ }

int ExitAssessment::measuresInPlace(qint64 householdId, const QDate &date) const
{
    SqliteReader s(m_db.handle(),
        QStringLiteral("SELECT count(*) FROM measure WHERE household_id = ?2 AND ") + measureInPlaceSql());
    s.bind(1, date.toString(Qt::ISODate));
    s.bind(2, householdId);
    return s.step() ? int(s.integer(0)) : 0;
}

const QStringList &ExitAssessment::workingLabourCodes()
{
    static const QStringList codes{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    return codes;
}

QString ExitAssessment::measureInPlaceSql(const QString &alias)
{
    return alias + QStringLiteral("start_date <= ?1 AND ") + alias + QStringLiteral("deleted_at IS NULL");
}

QString ExitAssessment::conditionName(Condition condition)
{
    switch (condition) {
    case Condition::Income:
        return tr("Income above the standard");
    case Condition::Food:
        return tr("No worry about food");
    case Condition::Clothing:
        return tr("No worry about clothing");
    case Condition::Education:
        return tr("Compulsory education guaranteed");
    case Condition::Medical:
        return tr("Basic medical care guaranteed");
    case Condition::Housing:
        return tr("Housing safety guaranteed");
    case Condition::Water:
        return tr("Safe drinking water");
    case Condition::HalfYear:
        return tr("Monitored for half a year");
    case Condition::Measure:
        return tr("Assistance measure in place");
    case Condition::Labour:
        return tr("A member can work");
    }
    return {};
}

ExitAssessment::Facts ExitAssessment::factsOf(const Household &household, const QDate &date)
{
    Facts facts;
    facts.date = date;
    facts.income = latestUpTo(household.incomes, date.year());
    facts.living = latestUpTo(household.livingConditions, date.year());
    facts.canWork = std::any_of(household.members.cbegin(), household.members.cend(),
        [](const Member &m) { return workingLabourCodes().contains(m.labourCode); });
    return facts;
}

ExitAssessment::Result ExitAssessment::judgeExit(const Facts &facts, const PovertyStandards &standards)
{
    return {incomeAndLiving(facts, standards)};
}

ExitAssessment::Result ExitAssessment::judgeRiskElimination(const Facts &facts, const PovertyStandards &standards)
{
    Result result{incomeAndLiving(facts, standards)};
    const QDate &start = facts.monitoringStart;
    const QDate halfYear = start.isValid() ? start.addMonths(6) : QDate();
    if (!halfYear.isValid() || facts.date < halfYear)
        result.findings.append({Condition::HalfYear, false,
            tr("Monitoring started on %1; its risk can be marked eliminated after half a year, from %2 on.")
                .arg(start.toString(Qt::ISODate), halfYear.toString(Qt::ISODate))});
    else
        result.findings.append({Condition::HalfYear, true,
            tr("Monitored for more than half a year, since %1.").arg(start.toString(Qt::ISODate))});
    const int measures = facts.measuresInPlace;
    result.findings.append({Condition::Measure, measures > 0,
        measures > 0 ? tr("%n assistance measure(s) in place.", nullptr, measures)
                     : tr("No assistance measure is in place. Record at least one measure first.")});
    result.findings.append({Condition::Labour, facts.canWork,
        facts.canWork ? tr("At least one member can work.")
                      : tr("No member can work; a household with no labour at all stays monitored.")});
    return result;
}

ExitAssessment::Result ExitAssessment::forExit(const Household &household, const QDate &date) const
{
    return judgeExit(factsOf(household, date), m_standards);
}

ExitAssessment::Result ExitAssessment::forRiskElimination(
    const Household &household, const QDate &date, const QDate &monitoringStart) const
{
    Facts facts = factsOf(household, date);
    facts.monitoringStart = monitoringStart;
    facts.measuresInPlace = household.meta.id ? measuresInPlace(household.meta.id, date) : 0;
    return judgeRiskElimination(facts, m_standards);
}
