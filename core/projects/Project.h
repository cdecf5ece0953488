// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

// A project of the county project library (项目库), DOMAIN.md §5. Its status and cancel reason
// are not fields users edit: only ProjectLifecycle moves a project along, one dated step at a time.
struct Project
{
    RecordMeta meta;
    QString name;
    QString categoryCode; // project_category
    QString nature = QStringLiteral("new"); // new, extension
    qint64 divisionId = 0; // the village where it is built, or a township or the county for wider ones
    int year = 0;
    QDate startDate;
    QDate endDate;
    QString responsibleUnit;
    QString content;
    qint64 budgetFen = 0;
    QString performanceTarget; // 绩效目标: required before the project enters the library
    QString benefitMechanism; // 带贫机制
    qint64 unitId = 0; // the assistance unit it comes from; 0 for none

    friend bool operator==(const Project &, const Project &) = default;
};
