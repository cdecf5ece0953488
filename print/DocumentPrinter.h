// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrintContent.h"
#include "common/Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

// Lays PrintContent out on A4 pages (PrintLayout: measured text, QPainter, no QTextDocument) and
// paints it on a printer (the print preview) or a PDF, page by page: tables break between rows,
// never inside one, their header repeated on each page; each page numbered at its foot. Needs a
// QGuiApplication (fonts), no widgets.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    // Sets the device to A4 in the content's orientation and margins and paints every page.
    static Status print(const PrintContent &content, QPagedPaintDevice &device);
    // Writes a PDF through a temporary file renamed over `path` once complete: a failure leaves
    // no partial file and the file at `path`, if any, as it was.
    static Status writePdf(const PrintContent &content, const QString &path);
    // The pages the content takes on the device (after print() has set its page layout).
    static int pageCount(const PrintContent &content, QPagedPaintDevice &device);
};
