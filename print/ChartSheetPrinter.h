// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartSheet.h"
#include "common/Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

// Prints a ChartSheet on A4 landscape: on every page the title and its lines, two rows of two charts
// each with its caption (or one chart over the whole page), and the page number at the foot.
class ChartSheetPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ChartSheetPrinter)

public:
    static constexpr int ChartsPerPage = 4;

    static Status print(const ChartSheet &sheet, QPagedPaintDevice &device);
    // A PDF through a temporary file renamed over path once complete (as DocumentPrinter::writePdf).
    static Status writePdf(const ChartSheet &sheet, const QString &path);
    static int pageCount(const ChartSheet &sheet) { return int(pages(sheet).size()); }

private:
    // The charts of each page, by index: four to a page, a whole-page chart alone.
    static QList<QList<int>> pages(const ChartSheet &sheet);
};
