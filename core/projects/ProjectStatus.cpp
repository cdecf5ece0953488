// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/ProjectStatus.h"

namespace {

struct Word
{
    ProjectStatus status;
    const char *word;
    const char *name;
};

// The words the schema's project_status constraint and the demo use.
constexpr Word Words[] = {
    {ProjectStatus::Proposed, "proposed", QT_TRANSLATE_NOOP("ProjectStatusWords", "Proposed")},
    {ProjectStatus::InLibrary, "in_library", QT_TRANSLATE_NOOP("ProjectStatusWords", "In the library")},
    {ProjectStatus::Approved, "approved", QT_TRANSLATE_NOOP("ProjectStatusWords", "Approved")},
    {ProjectStatus::Tendering, "tendering", QT_TRANSLATE_NOOP("ProjectStatusWords", "Tendering")},
    {ProjectStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("ProjectStatusWords", "In progress")},
    {ProjectStatus::Completed, "completed", QT_TRANSLATE_NOOP("ProjectStatusWords", "Completed")},
    {ProjectStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("ProjectStatusWords", "Accepted")},
    {ProjectStatus::Announced, "announced", QT_TRANSLATE_NOOP("ProjectStatusWords", "Announced")},
    {ProjectStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("ProjectStatusWords", "Cancelled")},
};

} // namespace

QString ProjectStatusWords::word(ProjectStatus status)
{
    for (const Word &w : Words) {
        if (w.status == status)
            return QLatin1String(w.word);
    }
    return {};
}

std::optional<ProjectStatus> ProjectStatusWords::fromWord(const QString &word)
{
    for (const Word &w : Words) {
        if (word == QLatin1String(w.word))
            return w.status;
    }
    return std::nullopt;
}

QString ProjectStatusWords::name(ProjectStatus status)
{
    for (const Word &w : Words) {
        if (w.status == status)
            return tr(w.name);
    }
    return {};
}

QList<ProjectStatus> ProjectStatusWords::next(ProjectStatus status)
{
    using S = ProjectStatus;
    switch (status) {
    case S::Proposed:
        return {S::InLibrary, S::Cancelled};
    case S::InLibrary:
        return {S::Approved, S::Cancelled};
    case S::Approved:
        return {S::Tendering, S::Cancelled};
    case S::Tendering:
        return {S::InProgress, S::Cancelled};
    case S::InProgress:
        return {S::InProgress, S::Completed, S::Cancelled};
    case S::Completed:
        return {S::Accepted};
    case S::Accepted:
        return {S::Announced};
    case S::Announced:
    case S::Cancelled:
        break;
    }
    return {};
}

QList<ProjectStatus> ProjectStatusWords::all()
{
    QList<ProjectStatus> list;
    for (const Word &w : Words)
        list << w.status;
    return list;
}
