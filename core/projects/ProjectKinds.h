// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordFields.h"
#include "db/RecordRepository.h"
#include "projects/Project.h"
#include "projects/ProjectEventRow.h"

#include <QCoreApplication>

// The project's kind of record, declared once for the record machinery. Status and cancel reason
// are left out on purpose: ProjectLifecycle is the only writer of them, with a step of the
// project's lifecycle (append-only) each time.
namespace RecordFields {
template <> const RecordKind<Project> &recordKind<Project>();
template <> const RecordKind<ProjectEventRow> &recordKind<ProjectEventRow>();
} // namespace RecordFields

// The households a project benefits (受益户), audited each as a record of its own.
const RecordFields::LinkKind &projectBeneficiaries();

// What must be right before a project can be saved at all, one sentence per problem.
class ProjectChecks
{
    Q_DECLARE_TR_FUNCTIONS(ProjectChecks)

public:
    static QStringList project(const Project &p);
};
