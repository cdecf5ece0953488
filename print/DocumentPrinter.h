// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrintContent.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;
class QTextTable;

// Lays PrintContent out on A4 pages with QTextDocument and paints it on a printer (the print
// preview) or a PDF: tables break between rows, never inside one, their header repeated on each page; each page
// numbered at its foot. Needs a QGuiApplication (fonts), no widgets.
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

private:
    // A laid-out part of a table: the rows from firstItem on of the content's block.
    struct Part
    {
        int block = 0;
        int firstItem = 0;
        int headerRows = 0;
        QTextTable *table = nullptr;
    };
    static std::unique_ptr<QTextDocument> layOut(const PrintContent &content, QPagedPaintDevice &device);
    static std::unique_ptr<QTextDocument> build(const PrintContent &content, QPagedPaintDevice &device,
        const QHash<int, QList<int>> &breaks, QList<Part> &parts);
};
