// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What an export wrote (ListExport).
struct ExportDone
{
    QString path;
    qint64 rows = 0; // data rows, the header not counted
};
