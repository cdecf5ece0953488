// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QDate>
#include <QString>

// A cadre who assists households (帮扶干部 / 帮扶责任人).
struct Cadre
{
    RecordMeta meta;
    QString name;
    QString sexCode;
    QString idNumber;
    QString politicalCode;
    qint64 unitId = 0; // 0 when no unit is recorded
    QString post;
    QString rank = QStringLiteral("一般干部"); // a rank of cadre_cap_by_rank: drives the cap of households
    QString phone;
    bool firstSecretary = false; // 第一书记
    bool active = true; // an inactive cadre keeps their history but takes no new households

    friend bool operator==(const Cadre &, const Cadre &) = default;
};
