// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordFields.h"
#include "db/RecordRepository.h"
#include "projects/Project.h"

#include <QCoreApplication>

// The project's kind of record, declared once for the record machinery. Status and cancel reason
// are left out on purpose: ProjectLifecycle is the only writer of them.
namespace RecordFields {
template <> const RecordKind<Project> &recordKind<Project>();
} // namespace RecordFields

// What must be right before a project can be saved at all, one sentence per problem.
class ProjectChecks
{
    Q_DECLARE_TR_FUNCTIONS(ProjectChecks)

public:
    static QStringList project(const Project &p);
};
