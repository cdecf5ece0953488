// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

// A step of a project's lifecycle (ProjectEvent) as the record machinery writes it: appended,
// never changed.
struct ProjectEventRow
{
    RecordMeta meta;
    qint64 projectId = 0;
    QString fromStatus;
    QString toStatus;
    QDate eventDate;
    QString reason;
    QString procurementMethod;
    QString winningBidder;
    qint64 contractFen = 0;
    int progressPercent = 0;
    QString milestone;
    QString acceptedBy;
    QString auditResult;
};
