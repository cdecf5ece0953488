// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "projects/ProjectEvent.h"

#include <QCoreApplication>
#include <QList>

class CountyDatabase;

// Moves a project along its lifecycle only as DOMAIN.md §5 allows (ProjectStatusWords::next):
// each step is dated (not before the last step, not in the future), attributed, recorded in
// project_event and audited as a change of the project's status. A project without a performance
// target cannot enter the library; a cancellation needs a reason; tendering needs the procurement
// method, the winning bidder and the contract amount; acceptance needs who accepted it and the
// third-party audit result. A refused step writes nothing.
class ProjectLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLifecycle)

public:
    explicit ProjectLifecycle(CountyDatabase &db);

    Result<ProjectStatus> status(qint64 projectId) const;
    Status advance(qint64 projectId, const ProjectEvent &step);
    // The recorded steps, by date then id.
    Result<QList<ProjectEvent>> history(qint64 projectId) const;

private:
    CountyDatabase &m_db;
};
