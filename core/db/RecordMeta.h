// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// Fields every record users edit carries, so that records can be merged between PCs.
struct RecordMeta
{
    qint64 id = 0;
    QString uuid;
    qint64 createdAt = 0; // seconds since 1970 UTC (RecordStamp)
    qint64 updatedAt = 0;
    QString updatedBy;
    int revision = 0;

    friend bool operator==(const RecordMeta &, const RecordMeta &) = default;
};
