// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccessPolicy.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class CountyDatabase;
struct Household;

// The steps of identification, exit (脱贫退出) and relapse monitoring (防返贫), DOMAIN.md §3, and
// the change of a household's attribute (户属性) in the annual adjustment, DOMAIN.md §2.
enum class StatusStep {
    Identify,
    ProposeExit,
    StartExitNotice,
    Exit,
    Relapse,
    StartMonitoring,
    EliminateRisk,
    ChangeAttribute,
    // Proposes the elimination of a monitored household's risk (风险消除), the village's and
    // township's step before the county's EliminateRisk; the household must meet every condition.
    ProposeRiskElimination
};

struct StatusChange
{
    StatusStep step = StatusStep::Identify;
    QDate date;
    QString reason;
    QDate noticeStart; // StartExitNotice: the first day of the public notice (公示); `date` when invalid
    int noticeDays = 0; // StartExitNotice: 0 = the county's default (county_info exit_notice_days)
    QString monitoringCategory; // StartMonitoring: monitoring_category.csv
    QStringList riskCodes; // StartMonitoring: 1 to 5 codes of risk_type.csv
    QString attributeCode; // ChangeAttribute: the new attribute, household_attribute.csv
};

// One recorded step (a row of status_event).
struct StatusEvent
{
    qint64 id = 0;
    QString kind; // identify, exit_proposal, exit_notice, exit, relapse, monitor, risk_proposal, risk_eliminated,
                  // attribute
    QDate date;
    QString reason;
    QDate noticeStart;
    int noticeDays = 0;
    QString monitoringCategory;
    QString attributeCode; // attribute: the new attribute
    QString recordedBy;
};

// Changes a household's status only as the procedure allows: each step is refused with a reason a
// user can act on unless the steps before it were recorded, and each accepted step is one
// transaction that records the step in status_event and changes the household through
// HouseholdRepository, so that its fields are audited like any other edit.
class StatusProcedure
{
    Q_DECLARE_TR_FUNCTIONS(StatusProcedure)

public:
    explicit StatusProcedure(CountyDatabase &db);

    // The recorded steps of a household, by date then id; none for a household outside the acting
    // account's divisions.
    QList<StatusEvent> history(qint64 householdId) const;
    // The steps the procedure allows on `today`, for the UI to offer. Steps that also need input
    // (a reason, a monitoring category) are offered when the household's state allows them.
    QList<StatusStep> allowedSteps(qint64 householdId, const QDate &today) const;
    // The attributes the step ChangeAttribute may give the household now, in code-list order: none
    // when the step is not allowed.
    QStringList allowedAttributes(qint64 householdId) const;
    // Records a step; refused with the reason, and nothing written, when the procedure does not allow it.
    Status apply(qint64 householdId, const StatusChange &change);
    // The current risk types (household_risk) of a monitoring household, in code order.
    QStringList riskCodes(qint64 householdId) const;

    // Every step, in the order the UI and the CLI list them.
    static const QList<StatusStep> &allSteps();
    // The step's name for the user, e.g. "Propose exit".
    static QString stepName(StatusStep step);
    // What the acting account must be allowed to do to take the step.
    static AccessPolicy::Action actionFor(StatusStep step);
    // The status_event kind a step records, and back; nullopt for an unknown kind.
    static QString kindOf(StatusStep step);
    static std::optional<StatusStep> stepOfKind(const QString &kind);

    // What keeps a household from being entered as new, one sentence per field: a new household
    // starts where the procedure starts (not yet out of poverty and not yet identified, or an
    // ordinary rural household never registered as poor), so its status, identification year, exit
    // year, monitoring category and an attribute of a household out of poverty come only from steps.
    static QStringList problemsOfNew(const Household &household);

    // Puts the fields only steps set (status, identification year, exit year, attribute, monitoring
    // category) back on a household typed elsewhere, such as a draft written before a rule: those of
    // `stored` for a saved household, where the procedure starts for a new one (nullptr). Returns a
    // sentence for each value of the household that was dropped, for the user.
    static QStringList keepStepFields(Household &household, const Household *stored);

    // How many days an exit notice is posted unless a step says otherwise (7 if the county has not set it).
    int defaultNoticeDays() const;

private:
    CountyDatabase &m_db;
};
