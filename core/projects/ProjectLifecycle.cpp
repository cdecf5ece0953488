// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/ProjectLifecycle.h"

#include "accounts/AccessPolicy.h"
#include "db/CountyDatabase.h"
#include "db/RecordStamp.h"
#include "db/RecordStore.h"
#include "db/RecordWriter.h"
#include "db/SqliteReader.h"
#include "projects/ProjectKinds.h"

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

ProjectLifecycle::ProjectLifecycle(CountyDatabase &db) : m_db(db)
{ }

Result<ProjectStatus> ProjectLifecycle::status(qint64 projectId) const
{
    SqliteReader s(m_db.handle(), QStringLiteral("SELECT status FROM project WHERE id = ?1"));
    s.bind(1, projectId);
    if (!s.step())
        return Result<ProjectStatus>::failure(
            s.error().isEmpty() ? tr("Project %1 does not exist.").arg(projectId) : s.error());
    const auto status = ProjectStatusWords::fromWord(s.text(0));
    if (!status)
        return Result<ProjectStatus>::failure(
            tr("Project %1 has an unknown status \"%2\".").arg(projectId).arg(s.text(0)));
    return *status;
}

Status ProjectLifecycle::advance(qint64 projectId, const ProjectEvent &step)
{
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    sqlite3 *db = m_db.handle();
    SqliteReader p(db, QStringLiteral("SELECT status, performance_target, uuid, name FROM project WHERE id = ?1"));
    p.bind(1, projectId);
    if (!p.step())
        return Status::failure(p.error().isEmpty() ? tr("Project %1 does not exist.").arg(projectId) : p.error());
    const QString fromWord = p.text(0);
    const QString target = p.text(1);
    const QString name = p.text(3);
    p.reset(); // no statement stays open across the writes
    const auto from = ProjectStatusWords::fromWord(fromWord);
    if (!from)
        return Status::failure(tr("Project %1 has an unknown status \"%2\".").arg(projectId).arg(fromWord));
    const QList<ProjectStatus> allowed = ProjectStatusWords::next(*from);
    if (!allowed.contains(step.to)) {
        QStringList names;
        for (ProjectStatus s : allowed)
            names << ProjectStatusWords::name(s);
        return Status::failure(names.isEmpty()
                ? tr("The project \"%1\" is %2: its lifecycle has ended and it cannot change any more.")
                      .arg(name, ProjectStatusWords::name(*from))
                : tr("The project \"%1\" is %2 and cannot become %3. From here it can only become: %4.")
                      .arg(name, ProjectStatusWords::name(*from), ProjectStatusWords::name(step.to),
                          names.join(tr(", "))));
    }
    if (!step.date.isValid())
        return Status::failure(tr("Enter the date of the step."));
    if (step.date > QDate::currentDate())
        return Status::failure(tr("The step cannot be dated in the future (%1).").arg(iso(step.date)));
    SqliteReader last(db,
        QStringLiteral("SELECT event_date, progress_percent, to_status FROM project_event WHERE project_id = ?1 "
                       "ORDER BY event_date DESC, id DESC LIMIT 1"));
    last.bind(1, projectId);
    int lastProgress = 0;
    if (last.step()) {
        if (iso(step.date) < last.text(0))
            return Status::failure(
                tr("The step cannot be dated before the project's last step (%1).").arg(last.text(0)));
        if (last.text(2) == QLatin1String("in_progress"))
            lastProgress = int(last.integer(1));
    }
    last.reset();

    ProjectEvent e = step;
    e.reason = e.reason.trimmed();
    e.procurementMethod = e.procurementMethod.trimmed();
    e.winningBidder = e.winningBidder.trimmed();
    e.acceptedBy = e.acceptedBy.trimmed();
    e.auditResult = e.auditResult.trimmed();
    e.milestone = e.milestone.trimmed();
    switch (e.to) {
    case ProjectStatus::InLibrary:
        if (target.trimmed().isEmpty())
            return Status::failure(tr("The project \"%1\" has no performance target (绩效目标), so it cannot enter "
                                      "the library. Enter its performance target first.")
                                       .arg(name));
        break;
    case ProjectStatus::Tendering:
        if (e.procurementMethod.isEmpty() || e.winningBidder.isEmpty() || e.contractFen <= 0)
            return Status::failure(
                tr("Tendering records the procurement method, the winning bidder and the contract amount; enter "
                   "all three."));
        break;
    case ProjectStatus::InProgress:
        if (e.progressPercent < 0 || e.progressPercent > 100)
            return Status::failure(tr("Progress is a percentage from 0 to 100."));
        if (e.progressPercent < lastProgress)
            return Status::failure(tr("Progress cannot go back: %1% was recorded before, and this says %2%.")
                                       .arg(lastProgress)
                                       .arg(e.progressPercent));
        break;
    case ProjectStatus::Accepted:
        if (e.acceptedBy.isEmpty() || e.auditResult.isEmpty())
            return Status::failure(
                tr("Acceptance (验收) records who accepted the project and the result of the third-party audit; "
                   "enter both."));
        break;
    case ProjectStatus::Cancelled:
        if (e.reason.isEmpty())
            return Status::failure(tr("Give the reason for cancelling the project \"%1\".").arg(name));
        break;
    default:
        break;
    }

    if (Status s = AccessPolicy::checkWrite<ProjectEventRow>(m_db, 0); !s)
        return s;
    RecordWriter w(m_db.sql(), m_db.currentUser());
    const QString toWord = ProjectStatusWords::word(e.to);
    ProjectEventRow row{{}, projectId, fromWord, toWord, e.date, e.reason, e.procurementMethod, e.winningBidder,
        e.contractFen, e.to == ProjectStatus::InProgress ? e.progressPercent : 0, e.milestone, e.acceptedBy,
        e.auditResult};
    if (Status s = RecordStore::insertRow(w, row); !s)
        return s;
    if (e.to != *from) {
        // Status and cancel reason are no fields users edit: the step writes them, audited on the project.
        QString error;
        const std::optional<Project> before = RecordStore::readOne<Project>(m_db.handle(), projectId, &error);
        if (!before)
            return Status::failure(error);
        if (Status s = AccessPolicy::checkWrite<Project>(m_db, 0); !s)
            return s;
        const QVariant reason = e.to == ProjectStatus::Cancelled ? QVariant(e.reason) : QVariant();
        QList<RecordStore::Change> changes{{QStringLiteral("status"), fromWord, toWord}};
        if (reason.isValid()) // a project's reason is empty until it is cancelled, which is final
            changes.append({QStringLiteral("cancel_reason"), QVariant(), reason});
        Project after = *before;
        if (Status s = RecordStore::updateRow(w, *before, after, changes); !s)
            return s;
    }
    return transaction.commit();
}

Result<QList<ProjectEvent>> ProjectLifecycle::history(qint64 projectId) const
{
    SqliteReader s(m_db.handle(),
        QStringLiteral("SELECT id, from_status, to_status, event_date, reason, procurement_method, winning_bidder, "
                       "contract_fen, progress_percent, milestone, accepted_by, audit_result, updated_by, created_at "
                       "FROM project_event WHERE project_id = ?1 ORDER BY event_date, id"));
    s.bind(1, projectId);
    QList<ProjectEvent> events;
    while (s.step()) {
        ProjectEvent e;
        e.id = s.integer(0);
        e.from = ProjectStatusWords::fromWord(s.text(1)).value_or(ProjectStatus::Proposed);
        e.to = ProjectStatusWords::fromWord(s.text(2)).value_or(ProjectStatus::Proposed);
        e.date = QDate::fromString(s.text(3), Qt::ISODate);
        e.reason = s.text(4);
        e.procurementMethod = s.text(5);
        e.winningBidder = s.text(6);
        e.contractFen = s.integer(7);
        e.progressPercent = int(s.integer(8));
        e.milestone = s.text(9);
        e.acceptedBy = s.text(10);
        e.auditResult = s.text(11);
        e.recordedBy = s.text(12);
        e.recordedAt = s.timeText(13);
        events.append(std::move(e));
    }
    if (!s.error().isEmpty())
        return Result<QList<ProjectEvent>>::failure(s.error());
    return events;
}
