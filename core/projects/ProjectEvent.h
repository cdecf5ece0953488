// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projects/ProjectStatus.h"

#include <QDate>
#include <QString>

// One step of a project's lifecycle: what it moved to, when, by whom, and what the step records.
struct ProjectEvent
{
    qint64 id = 0; // read back
    ProjectStatus from = ProjectStatus::Proposed; // read back
    ProjectStatus to = ProjectStatus::Proposed;
    QDate date;
    QString reason; // cancelled: why (required)
    QString procurementMethod; // tendering: 公开招标, 竞争性磋商 ... (required)
    QString winningBidder; // tendering (required)
    qint64 contractFen = 0; // tendering (more than 0)
    int progressPercent = 0; // in progress: 0–100, not below the last recorded
    QString milestone; // in progress
    QString acceptedBy; // accepted: the acceptance group (required)
    QString auditResult; // accepted: the third-party audit result (required)
    QString recordedBy; // read back
    QString recordedAt; // read back
};
