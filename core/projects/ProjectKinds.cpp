// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/ProjectKinds.h"

#include "db/RecordCatalogue.h"

QStringList ProjectChecks::project(const Project &p)
{
    QStringList problems;
    if (p.name.trimmed().isEmpty())
        problems << tr("Give the project a name.");
    if (p.categoryCode.isEmpty())
        problems << tr("Choose the category of the project.");
    if (p.nature != QLatin1String("new") && p.nature != QLatin1String("extension"))
        problems << tr("A project is either new or an extension.");
    if (p.divisionId == 0)
        problems << tr("Choose the village (or township) where the project is built.");
    if (p.year < 2000 || p.year > 2100)
        problems << tr("The year of the project must be between 2000 and 2100.");
    if (p.budgetFen < 0)
        problems << tr("The budget cannot be negative.");
    if (p.startDate.isValid() && p.endDate.isValid() && p.endDate < p.startDate)
        problems << tr("The project cannot end before it starts.");
    return problems;
}

namespace RecordFields {
template <> const RecordKind<Project> &recordKind<Project>()
{
    using P = Project;
    static const RecordKind<P> kind{"project", QT_TRANSLATE_NOOP("RecordFields", "Project"), Owner::Village,
        WriteAccess::County, nullptr, nullptr, false,
        {
            {"name", &P::name, QT_TRANSLATE_NOOP("RecordFields", "Project name")},
            {"category_code", &P::categoryCode, QT_TRANSLATE_NOOP("RecordFields", "Category"), "project_category"},
            {"nature", &P::nature, QT_TRANSLATE_NOOP("RecordFields", "Nature")},
            {"division_id", &P::divisionId, QT_TRANSLATE_NOOP("RecordFields", "Where it is built")},
            {"year", &P::year, QT_TRANSLATE_NOOP("RecordFields", "Year")},
            {"start_date", &P::startDate, QT_TRANSLATE_NOOP("RecordFields", "Start date")},
            {"end_date", &P::endDate, QT_TRANSLATE_NOOP("RecordFields", "End date")},
            {"responsible_unit", &P::responsibleUnit, QT_TRANSLATE_NOOP("RecordFields", "Responsible unit")},
            {"content", &P::content, QT_TRANSLATE_NOOP("RecordFields", "Content")},
            {"budget_fen", &P::budgetFen, QT_TRANSLATE_NOOP("RecordFields", "Budget"), nullptr, Money},
            {"performance_target", &P::performanceTarget, QT_TRANSLATE_NOOP("RecordFields", "Performance target")},
            {"benefit_mechanism", &P::benefitMechanism, QT_TRANSLATE_NOOP("RecordFields", "Benefit mechanism")},
            {"assistance_unit_id", &P::unitId, QT_TRANSLATE_NOOP("RecordFields", "Assistance unit"), nullptr,
                NullWhenEmpty},
        },
        ProjectChecks::project};
    return kind;
}

template <> const RecordKind<ProjectEventRow> &recordKind<ProjectEventRow>()
{
    using E = ProjectEventRow;
    static const RecordKind<E> kind{"project_event", QT_TRANSLATE_NOOP("RecordFields", "Project step"), Owner::County,
        WriteAccess::County, nullptr, nullptr, false,
        {
            {"project_id", &E::projectId, QT_TRANSLATE_NOOP("RecordFields", "Project")},
            {"from_status", &E::fromStatus, QT_TRANSLATE_NOOP("RecordFields", "From status")},
            {"to_status", &E::toStatus, QT_TRANSLATE_NOOP("RecordFields", "To status")},
            {"event_date", &E::eventDate, QT_TRANSLATE_NOOP("RecordFields", "Date")},
            {"reason", &E::reason, QT_TRANSLATE_NOOP("RecordFields", "Reason")},
            {"procurement_method", &E::procurementMethod, QT_TRANSLATE_NOOP("RecordFields", "Procurement method")},
            {"winning_bidder", &E::winningBidder, QT_TRANSLATE_NOOP("RecordFields", "Winning bidder")},
            {"contract_fen", &E::contractFen, QT_TRANSLATE_NOOP("RecordFields", "Contract amount"), nullptr, Money},
            {"progress_percent", &E::progressPercent, QT_TRANSLATE_NOOP("RecordFields", "Progress (%)")},
            {"milestone", &E::milestone, QT_TRANSLATE_NOOP("RecordFields", "Milestone")},
            {"accepted_by", &E::acceptedBy, QT_TRANSLATE_NOOP("RecordFields", "Accepted by")},
            {"audit_result", &E::auditResult, QT_TRANSLATE_NOOP("RecordFields", "Audit result")},
        },
        nullptr, nullptr, true, Stamps::Entered};
    return kind;
}
} // namespace RecordFields

const RecordFields::LinkKind &projectBeneficiaries()
{
    static const RecordFields::LinkKind kind{"project_beneficiary",
        QT_TRANSLATE_NOOP("RecordFields", "Beneficiary of a project"), RecordFields::WriteAccess::County, "project_id",
        "household_id", nullptr, nullptr, nullptr, nullptr, ",", QT_TRANSLATE_NOOP("RecordFields", "Project")};
    return kind;
}

namespace {
[[maybe_unused]] const bool learnt = RecordCatalogue::learn<Project, ProjectEventRow>()
    && RecordCatalogue::learn(projectBeneficiaries())
    && RecordCatalogue::learnColumn(
        "project", "status", QT_TRANSLATE_NOOP("RecordFields", "Status"), RecordCatalogue::Type::Text)
    && RecordCatalogue::learnColumn("project", "cancel_reason",
        QT_TRANSLATE_NOOP("RecordFields", "Reason for cancelling"), RecordCatalogue::Type::Text);
} // namespace
