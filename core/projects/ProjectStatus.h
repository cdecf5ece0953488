// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The lifecycle of a project (DOMAIN.md §5): proposed → in library → approved → tendering → in
// progress → completed → accepted (验收) → announced; cancelled at any step before completion.
enum class ProjectStatus {
    Proposed,
    InLibrary,
    Approved,
    Tendering,
    InProgress,
    Completed,
    Accepted,
    Announced,
    Cancelled
};

class ProjectStatusWords
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStatusWords)

public:
    // The word stored in project.status ("in_library" ...), and back.
    static QString word(ProjectStatus status);
    static std::optional<ProjectStatus> fromWord(const QString &word);
    // The status as a user reads it ("In the library").
    static QString name(ProjectStatus status);
    // The statuses a project may move to from `status`; in progress may also record progress
    // again (in progress → in progress).
    static QList<ProjectStatus> next(ProjectStatus status);
    static QList<ProjectStatus> all();
};
