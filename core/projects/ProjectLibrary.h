// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "projects/Project.h"
#include "projects/ProjectStatus.h"

#include <QCoreApplication>
#include <QList>

class CountyDatabase;

// One line of the project list, with the money the ledger holds for it.
struct ProjectRow
{
    qint64 id = 0;
    QString name;
    QString categoryCode;
    ProjectStatus status = ProjectStatus::Proposed;
    int year = 0;
    qint64 divisionId = 0;
    QString divisionName;
    qint64 unitId = 0;
    QString formCode; // the form of assistance of its unit; empty for none
    qint64 budgetFen = 0;
    qint64 allocatedFen = 0;
    qint64 disbursedFen = 0;
    int beneficiaries = 0;
};

// A household that benefits from a project, as a picker lists it.
struct BeneficiaryRow
{
    qint64 householdId = 0;
    QString code;
    QString headName;
    QString village;
};

// What the project list is filtered by; empty / 0 means any.
struct ProjectFilter
{
    int year = 0;
    QString categoryCode;
    std::optional<ProjectStatus> status;
    QString formCode;
    qint64 divisionId = 0; // the division itself and everything under it
};

// The county project library (项目库): saving a project's fields, the list with its filters, and
// the households that benefit from a project (chosen from the register).
class ProjectLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLibrary)

public:
    explicit ProjectLibrary(CountyDatabase &db);

    // Saves the fields of a new or changed project through the record machinery (audited, with a
    // revision check). A new project is proposed; once in the library its performance target
    // cannot be emptied.
    Result<qint64> save(Project &project);
    Result<Project> load(qint64 id) const;
    Result<QList<ProjectRow>> list(const ProjectFilter &filter = {}) const;

    // Beneficiary households (受益户). Adding is refused for a household that is not in the
    // register (or deleted) and for a cancelled or announced project.
    Status addBeneficiary(qint64 projectId, qint64 householdId);
    Status removeBeneficiary(qint64 projectId, qint64 householdId);
    // Adds and removes beneficiaries in one transaction, as a picker confirms them: all of it, or
    // nothing when one household is refused (the refusal names it).
    Status changeBeneficiaries(qint64 projectId, const QList<qint64> &add, const QList<qint64> &remove);
    // Only those of the acting account's divisions (AccessPolicy::readScope): a project's list and
    // its counts show no household's people and are read county-wide.
    Result<QList<qint64>> beneficiaries(qint64 projectId) const;
    // The same with what a reader recognises them by, by household code.
    Result<QList<BeneficiaryRow>> beneficiaryRows(qint64 projectId) const;
    // The projects that benefit a household, for its editor.
    Result<QList<ProjectRow>> projectsOf(qint64 householdId) const;

private:
    Result<QList<ProjectRow>> query(const QString &where, const QVariantList &binds) const;
    Status checkChangeable(qint64 projectId) const;

    CountyDatabase &m_db;
};
