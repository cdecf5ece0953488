// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/ProjectLibrary.h"

#include "accounts/AccessPolicy.h"
#include "db/CountyDatabase.h"
#include "db/LinkStore.h"
#include "db/RecordStamp.h"
#include "db/RecordWriter.h"
#include "db/SqlExec.h"
#include "db/SqliteError.h"
#include "funds/AmountBounds.h"
#include "projects/ProjectKinds.h"

#include <QSqlError>
#include <QSqlQuery>

ProjectLibrary::ProjectLibrary(CountyDatabase &db) : m_db(db)
{ }

Result<qint64> ProjectLibrary::save(Project &project)
{
    if (project.meta.id != 0 && project.performanceTarget.trimmed().isEmpty()) {
        const Result<QList<ProjectRow>> stored = query(QStringLiteral("p.id = ?"), {project.meta.id});
        if (stored && !stored->isEmpty() && stored->first().status != ProjectStatus::Proposed
            && stored->first().status != ProjectStatus::Cancelled)
            return Result<qint64>::failure(
                tr("The project \"%1\" is in the library, so its performance target (绩效目标) cannot be emptied.")
                    .arg(project.name));
    }
    return RecordRepository<Project>(m_db).save(project);
}

Result<Project> ProjectLibrary::load(qint64 id) const
{
    return RecordRepository<Project>(m_db).load(id);
}

Result<QList<ProjectRow>> ProjectLibrary::list(const ProjectFilter &filter) const
{
    // Conditions are fixed SQL with placeholders; only the values come from the filter.
    QStringList where;
    QVariantList binds;
    if (filter.year) {
        where << QStringLiteral("p.year = ?");
        binds << filter.year;
    }
    if (!filter.categoryCode.isEmpty()) {
        where << QStringLiteral("p.category_code = ?");
        binds << filter.categoryCode;
    }
    if (filter.status) {
        where << QStringLiteral("p.status = ?");
        binds << ProjectStatusWords::word(*filter.status);
    }
    if (!filter.formCode.isEmpty()) {
        where << QStringLiteral("u.form_code = ?");
        binds << filter.formCode;
    }
    if (filter.divisionId) {
        where << QStringLiteral("p.division_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT d.id FROM "
                                "division d JOIN sub ON d.parent_id = sub.id) SELECT id FROM sub)");
        binds << filter.divisionId;
    }
    return query(where.join(QStringLiteral(" AND ")), binds);
}

Result<QList<ProjectRow>> ProjectLibrary::projectsOf(qint64 householdId) const
{
    if (Status s = AccessPolicy::checkReadHousehold(m_db, householdId); !s)
        return Result<QList<ProjectRow>>::failure(s.error());
    return query(
        QStringLiteral("p.id IN (SELECT project_id FROM project_beneficiary WHERE household_id = ?)"), {householdId});
}

Result<QList<ProjectRow>> ProjectLibrary::query(const QString &where, const QVariantList &binds) const
{
    using R = Result<QList<ProjectRow>>;
    QString sql = QStringLiteral(
        "SELECT p.id, p.name, p.category_code, p.status, p.year, COALESCE(p.division_id, 0), COALESCE(v.name, ''), "
        "COALESCE(p.assistance_unit_id, 0), COALESCE(u.form_code, ''), p.budget_fen, "
        "(SELECT COALESCE(SUM(a.amount_fen), 0) FROM fund_allocation a WHERE a.project_id = p.id), "
        "(SELECT COALESCE(SUM(d.amount_fen), 0) FROM fund_disbursement d JOIN fund_allocation a ON a.id = "
        "d.allocation_id WHERE a.project_id = p.id), "
        "(SELECT count(*) FROM project_beneficiary b WHERE b.project_id = p.id) "
        "FROM project p LEFT JOIN division v ON v.id = p.division_id "
        "LEFT JOIN assistance_unit u ON u.id = p.assistance_unit_id");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY p.year DESC, p.id");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // A sum fails only on an amount written past the file's rules: that row is named.
    const auto failed = [&] {
        return AmountBounds::explain(m_db.handle(), SqliteError::describe(q.lastError(), m_db.sql().databaseName()));
    };
    if (!execSql(q, sql, binds))
        return R::failure(failed());
    QList<ProjectRow> rows;
    while (q.next()) {
        ProjectRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.categoryCode = q.value(2).toString();
        r.status = ProjectStatusWords::fromWord(q.value(3).toString()).value_or(ProjectStatus::Proposed);
        r.year = q.value(4).toInt();
        r.divisionId = q.value(5).toLongLong();
        r.divisionName = q.value(6).toString();
        r.unitId = q.value(7).toLongLong();
        r.formCode = q.value(8).toString();
        r.budgetFen = q.value(9).toLongLong();
        r.allocatedFen = q.value(10).toLongLong();
        r.disbursedFen = q.value(11).toLongLong();
        r.beneficiaries = q.value(12).toInt();
        rows.append(std::move(r));
    }
    if (q.lastError().isValid())
        return R::failure(failed());
    return rows;
}

Status ProjectLibrary::checkChangeable(qint64 projectId) const
{
    const Result<QList<ProjectRow>> stored = query(QStringLiteral("p.id = ?"), {projectId});
    if (!stored)
        return Status::failure(stored.error());
    if (stored->isEmpty())
        return Status::failure(tr("Project %1 does not exist.").arg(projectId));
    const ProjectStatus s = stored->first().status;
    if (s == ProjectStatus::Cancelled || s == ProjectStatus::Announced)
        return Status::failure(tr("The project \"%1\" is %2: its beneficiaries can no longer change.")
                                   .arg(stored->first().name, ProjectStatusWords::name(s)));
    return {};
}

Status ProjectLibrary::addBeneficiary(qint64 projectId, qint64 householdId)
{
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status s = checkChangeable(projectId); !s)
        return s;
    if (Status s = AccessPolicy::checkWrite(m_db, projectBeneficiaries().access, 0); !s)
        return s;
    RecordWriter w(m_db.sql(), m_db.currentUser());
    const Result<QList<QVariantList>> household
        = w.select(QStringLiteral("SELECT code FROM household WHERE id = ? AND deleted_at IS NULL"), {householdId});
    if (!household)
        return Status::failure(household.error());
    if (household->isEmpty())
        return Status::failure(
            tr("Household %1 is not in the register, so it cannot benefit from a project.").arg(householdId));
    if (LinkStore::isLinked(w, projectBeneficiaries(), projectId, householdId))
        return Status::failure(
            tr("Household %1 already benefits from this project.").arg(household->first().first().toString()));
    if (Status s = LinkStore::add(m_db, w, projectBeneficiaries(), projectId, householdId, householdId); !s)
        return s;
    return transaction.commit();
}

Status ProjectLibrary::removeBeneficiary(qint64 projectId, qint64 householdId)
{
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status s = checkChangeable(projectId); !s)
        return s;
    if (Status s = AccessPolicy::checkWrite(m_db, projectBeneficiaries().access, 0); !s)
        return s;
    RecordWriter w(m_db.sql(), m_db.currentUser());
    if (!LinkStore::isLinked(w, projectBeneficiaries(), projectId, householdId))
        return Status::failure(tr("Household %1 is not a beneficiary of this project.").arg(householdId));
    if (Status s = LinkStore::remove(m_db, w, projectBeneficiaries(), projectId, householdId, householdId); !s)
        return s;
    return transaction.commit();
}

Status ProjectLibrary::changeBeneficiaries(qint64 projectId, const QList<qint64> &add, const QList<qint64> &remove)
{
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    // Each call below is a savepoint inside this transaction; the first refusal rolls all back.
    for (qint64 household : remove) {
        if (Status s = removeBeneficiary(projectId, household); !s)
            return s;
    }
    for (qint64 household : add) {
        if (Status s = addBeneficiary(projectId, household); !s)
            return s;
    }
    return transaction.commit();
}

Result<QList<qint64>> ProjectLibrary::beneficiaries(qint64 projectId) const
{
    const Result<ReadScope> scope = AccessPolicy::readScope(m_db);
    if (!scope)
        return Result<QList<qint64>>::failure(scope.error());
    QSqlQuery q(m_db.sql());
    if (!execSql(q,
            QStringLiteral("SELECT b.household_id FROM project_beneficiary b JOIN household h ON h.id = b.household_id "
                           "WHERE b.project_id = ?")
                + scope->andVillageIn(QStringLiteral("h.village_id")) + QStringLiteral(" ORDER BY b.household_id"),
            {projectId}))
        return Result<QList<qint64>>::failure(SqliteError::describe(q.lastError(), m_db.sql().databaseName()));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<BeneficiaryRow>> ProjectLibrary::beneficiaryRows(qint64 projectId) const
{
    const Result<ReadScope> scope = AccessPolicy::readScope(m_db);
    if (!scope)
        return Result<QList<BeneficiaryRow>>::failure(scope.error());
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!execSql(q,
            QStringLiteral("SELECT h.id, h.code, COALESCE((SELECT m.name FROM member m WHERE m.household_id = h.id AND "
                           "m.relation_code = '01' ORDER BY m.position LIMIT 1), ''), COALESCE(v.name, '') FROM "
                           "project_beneficiary b JOIN household h ON h.id = b.household_id LEFT JOIN division v ON "
                           "v.id = h.village_id WHERE b.project_id = ?")
                + scope->andVillageIn(QStringLiteral("h.village_id")) + QStringLiteral(" ORDER BY h.code"),
            {projectId}))
        return Result<QList<BeneficiaryRow>>::failure(SqliteError::describe(q.lastError(), m_db.sql().databaseName()));
    QList<BeneficiaryRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return rows;
}
