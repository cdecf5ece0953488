// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressKinds.h"

#include "db/RecordCatalogue.h"

QStringList ProgressChecks::goal(const AnnualGoal &g)
{
    QStringList problems;
    if (g.divisionId == 0)
        problems << tr("Choose the division the goal is for.");
    if (g.year < 2000 || g.year > 2100)
        problems << tr("The year of a goal must be between 2000 and 2100.");
    if (g.households < 0 || g.people < 0)
        problems << tr("A goal cannot be negative.");
    for (int m = 1; m <= 12; ++m) {
        if (g.month(m) < 0) {
            problems << tr("The timetable cannot plan a negative number of households (month %1).").arg(m);
            break;
        }
    }
    if (g.households > 0 && g.people > 0 && g.people < g.households)
        problems << tr("The goal names %1 people for %2 households; each household has at least one person.")
                        .arg(g.people)
                        .arg(g.households);
    if (g.hasTimetable() && g.scheduled() != g.households)
        problems << tr("The months plan %1 household(s) but the year's goal is %2: make the timetable add up to the "
                       "goal, or clear it.")
                        .arg(g.scheduled())
                        .arg(g.households);
    return problems;
}

namespace RecordFields {
template <> const RecordKind<AnnualGoal> &recordKind<AnnualGoal>()
{
    using G = AnnualGoal;
    static const RecordKind<G> kind{"annual_target", QT_TRANSLATE_NOOP("RecordFields", "Annual goal"), Owner::Village,
        WriteAccess::Goals, nullptr, nullptr, false,
        {
            {"division_id", &G::divisionId, QT_TRANSLATE_NOOP("RecordFields", "Division")},
            {"year", &G::year, QT_TRANSLATE_NOOP("RecordFields", "Year")},
            {"households", &G::households, QT_TRANSLATE_NOOP("RecordFields", "Households in the year")},
            {"people", &G::people, QT_TRANSLATE_NOOP("RecordFields", "People in the year")},
            {"month_01", &G::month01, QT_TRANSLATE_NOOP("RecordFields", "Households in January")},
            {"month_02", &G::month02, QT_TRANSLATE_NOOP("RecordFields", "Households in February")},
            {"month_03", &G::month03, QT_TRANSLATE_NOOP("RecordFields", "Households in March")},
            {"month_04", &G::month04, QT_TRANSLATE_NOOP("RecordFields", "Households in April")},
            {"month_05", &G::month05, QT_TRANSLATE_NOOP("RecordFields", "Households in May")},
            {"month_06", &G::month06, QT_TRANSLATE_NOOP("RecordFields", "Households in June")},
            {"month_07", &G::month07, QT_TRANSLATE_NOOP("RecordFields", "Households in July")},
            {"month_08", &G::month08, QT_TRANSLATE_NOOP("RecordFields", "Households in August")},
            {"month_09", &G::month09, QT_TRANSLATE_NOOP("RecordFields", "Households in September")},
            {"month_10", &G::month10, QT_TRANSLATE_NOOP("RecordFields", "Households in October")},
            {"month_11", &G::month11, QT_TRANSLATE_NOOP("RecordFields", "Households in November")},
            {"month_12", &G::month12, QT_TRANSLATE_NOOP("RecordFields", "Households in December")},
        },
        ProgressChecks::goal};
    return kind;
}
} // namespace RecordFields

namespace {
[[maybe_unused]] const bool learnt = RecordCatalogue::learn<AnnualGoal>();
} // namespace
