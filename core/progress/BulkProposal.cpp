// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/BulkProposal.h"

#include "db/CountyDatabase.h"
#include "register/ExitAssessment.h"
#include "register/HouseholdRepository.h"
#include "register/StatusProcedure.h"

#include <QSet>

namespace {

// The household as a refusal names it: its code and its head.
QString named(const Household &h)
{
    const Member *head = h.head();
    return head && !head->name.isEmpty() ? QStringLiteral("%1 (%2)").arg(h.code, head->name) : h.code;
}

// The start of the monitoring open on `date`, as the recorded steps say.
QDate monitoringStart(const QList<StatusEvent> &events, const QDate &date)
{
    QDate start;
    for (const StatusEvent &e : events) {
        if (e.date > date)
            break;
        if (e.kind == StatusProcedure::kindOf(StatusStep::StartMonitoring))
            start = e.date;
        else if (e.kind == StatusProcedure::kindOf(StatusStep::EliminateRisk))
            start = QDate();
    }
    return start;
}

} // namespace

Result<int> BulkProposal::propose(CountyDatabase &db, BulkAssessment::Kind kind, const QList<qint64> &householdIds,
    const QDate &date, const QString &reason)
{
    using R = Result<int>;
    const bool exit = kind == BulkAssessment::Kind::Exit;
    const StatusStep step = exit ? StatusStep::ProposeExit : StatusStep::ProposeRiskElimination;
    if (householdIds.isEmpty())
        return R::failure(tr("Select the households to propose first."));
    if (!date.isValid())
        return R::failure(tr("Enter the date of \"%1\".").arg(StatusProcedure::stepName(step)));

    Transaction transaction(db.sql());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    HouseholdRepository repository(db);
    StatusProcedure procedure(db);
    const ExitAssessment assessment(db);
    QStringList refusals;
    QSet<qint64> seen;
    int recorded = 0;
    for (qint64 id : householdIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const Result<Household> household = repository.load(id);
        if (!household) {
            refusals << household.error();
            continue;
        }
        const Household &h = household.value();
        const ExitAssessment::Result result = exit
            ? assessment.forExit(h, date)
            : assessment.forRiskElimination(h, date, monitoringStart(procedure.history(id), date));
        if (!result.met()) {
            refusals << tr("%1: %2").arg(named(h), result.unmet().join(u' '));
            continue;
        }
        StatusChange change;
        change.step = step;
        change.date = date;
        change.reason = reason;
        // Each step in a savepoint of its own: a refused one leaves nothing behind.
        if (Status s = procedure.apply(id, change); !s) {
            refusals << tr("%1: %2").arg(named(h), s.error());
            continue;
        }
        ++recorded;
    }
    if (!refusals.isEmpty())
        return R::failure(
            (exit ? tr("No exit was proposed: %n household(s) cannot be proposed.", nullptr, int(refusals.size()))
                  : tr("No risk elimination was proposed: %n household(s) cannot be proposed.", nullptr,
                      int(refusals.size())))
            + u'\n' + refusals.join(u'\n'));
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return recorded;
}
