// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/ExitAssessment.h"

#include "common/Money.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"

#include <algorithm>

namespace {

// Labour skills that can work (普通劳动力, 技能劳动力, 弱劳动力或半劳动力).
bool canWork(const Member &m)
{
    static const QStringList codes{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    return codes.contains(m.labourCode);
}

// The latest row of a year up to `year`, or nullptr.
template <typename T> const T *latestUpTo(const QList<T> &rows, int year)
{
    const T *found = nullptr;
    for (const T &row : rows) {
        if (row.year <= year && (!found || row.year > found->year))
            found = &row;
    }
    return found;
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

QList<ExitAssessment::Finding> ExitAssessment::incomeAndLiving(const Household &h, int year) const
{
    QList<Finding> findings;
    const IncomeRecord *income = latestUpTo(h.incomes, year);
    if (!income) {
        findings.append({Condition::Income, false, tr("No income is recorded for %1 or before.").arg(year)});
    } else {
        const std::optional<qint64> perCapita = income->perCapitaNetIncome();
        const std::optional<PovertyStandards::Standard> standard = m_standards.forYear(income->year);
        const QString standardName = standard && standard->isThreshold
            ? tr("the %1 monitoring threshold").arg(income->year)
            : tr("the %1 poverty line").arg(income->year);
        if (!perCapita)
            findings.append({Condition::Income, false,
                tr("The income of %1 has no household size, so its per-capita income is unknown.").arg(income->year)});
        else if (!standard)
            findings.append({Condition::Income, false,
                tr("The county has no poverty line or monitoring threshold for %1.").arg(income->year)});
        else if (*perCapita <= standard->fen)
            findings.append({Condition::Income, false,
                tr("The per-capita net income of %1 (%2 yuan) is not above %3 (%4 yuan).")
                    .arg(QString::number(income->year), Money::fromFen(*perCapita).toString(), standardName,
                        Money::fromFen(standard->fen).toString())});
        else
            findings.append({Condition::Income, true,
                tr("The per-capita net income of %1 (%2 yuan) is above %3 (%4 yuan).")
                    .arg(QString::number(income->year), Money::fromFen(*perCapita).toString(), standardName,
                        Money::fromFen(standard->fen).toString())});
    }

    const LivingConditions *living = latestUpTo(h.livingConditions, year);
    const auto condition = [&](Condition c, bool met, const QString &what) {
        if (!living)
            findings.append(
                {c, false, tr("%1: no living conditions are recorded for %2 or before.").arg(what).arg(year)});
        else
            findings.append({c, met,
                met ? tr("%1: yes (%2).").arg(what).arg(living->year)
                    : tr("%1: not secured in %2.").arg(what).arg(living->year)});
    };
    condition(Condition::Food, living && living->foodSecure, tr("No worry about food"));
    condition(Condition::Clothing, living && living->clothingSecure, tr("No worry about clothing"));
    condition(Condition::Education, living && living->educationSecure, tr("Compulsory education guaranteed"));
    condition(Condition::Medical, living && living->medicalSecure, tr("Basic medical care guaranteed"));
    condition(Condition::Housing, living && living->housingSecure, tr("Housing safety guaranteed"));
    condition(Condition::Water, living && living->waterSafe && !living->waterDifficulty, tr("Safe drinking water"));
    return findings;
}

int ExitAssessment::measuresInPlace(qint64 householdId, const QDate &date) const
{
    SqliteReader s(m_db.handle(),
        QStringLiteral("SELECT count(*) FROM measure WHERE household_id = ? AND start_date <= ?"
                       " AND deleted_at IS NULL"));
    s.bind(1, householdId);
    s.bind(2, date.toString(Qt::ISODate));
    return s.step() ? int(s.integer(0)) : 0;
}

ExitAssessment::Result ExitAssessment::forExit(const Household &household, const QDate &date) const
{
    return {incomeAndLiving(household, date.year())};
}

ExitAssessment::Result ExitAssessment::forRiskElimination(
    const Household &household, const QDate &date, const QDate &monitoringStart) const
{
    Result result{incomeAndLiving(household, date.year())};
    const QDate halfYear = monitoringStart.isValid() ? monitoringStart.addMonths(6) : QDate();
    if (!halfYear.isValid() || date < halfYear)
        result.findings.append({Condition::HalfYear, false,
            tr("Monitoring started on %1; its risk can be marked eliminated after half a year, from %2 on.")
                .arg(monitoringStart.toString(Qt::ISODate), halfYear.toString(Qt::ISODate))});
    else
        result.findings.append({Condition::HalfYear, true,
            tr("Monitored for more than half a year, since %1.").arg(monitoringStart.toString(Qt::ISODate))});
    const int measures = household.meta.id ? measuresInPlace(household.meta.id, date) : 0;
    result.findings.append({Condition::Measure, measures > 0,
        measures > 0 ? tr("%n assistance measure(s) in place.", nullptr, measures)
                     : tr("No assistance measure is in place. Record at least one measure first.")});
    const bool labour = std::any_of(household.members.cbegin(), household.members.cend(), canWork);
    result.findings.append({Condition::Labour, labour,
        labour ? tr("At least one member can work.")
               : tr("No member can work; a household with no labour at all stays monitored.")});
    return result;
}
