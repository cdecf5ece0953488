// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Fields every record users edit carries, so that records can be merged between PCs.
struct RecordMeta
{
    qint64 id = 0;
    QString uuid;
    QString createdAt;
    QString updatedAt;
    QString updatedBy;
    int revision = 0;

    friend bool operator==(const RecordMeta &, const RecordMeta &) = default;
};
