// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPrinter.h"

#include "files/OutputPath.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace {

// Room at the foot of each page for its number, in points.
constexpr qreal FooterPoints = 16;

QFont font(const QString &family, qreal points, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Never fall back silently to a font with Japanese shapes: fontconfig is asked for this family.
    f.setStyleStrategy(QFont::PreferQuality);
    return f;
}

qreal pixels(qreal points, const QPagedPaintDevice &device)
{
    return points * device.logicalDpiY() / 72.0;
}

// Lays the items [from, to) of the table out (its rows, then the total row as item rows.size()) under
// its caption and header. A part after the first starts on a new page.
QTextTable *addTable(QTextCursor &cursor, const PrintTable &t, const PrintPage &page, const QPagedPaintDevice &device,
    int from, int to, bool newPage)
{
    const int columns = int(t.header.size());
    if (columns == 0)
        return nullptr;
    const int top = t.caption.isEmpty() ? 0 : 1; // the caption row, kept with the header on every page
    const bool withTotal = !t.totalRow.isEmpty() && to > t.rows.size();
    const int bodyTo = std::min(to, int(t.rows.size()));
    const int rows = top + 1 + std::max(0, bodyTo - from) + (withTotal ? 1 : 0);
    QTextTableFormat format;
    if (newPage)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    format.setHeaderRowCount(top + 1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setBorderCollapse(true);
    format.setBorder(pixels(0.6, device));
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(pixels(2.5, device));
    QList<QTextLength> widths;
    for (int c = 0; c < columns; ++c)
        widths << QTextLength(QTextLength::PercentageLength, t.widthPercent.value(c, 100 / columns));
    format.setColumnWidthConstraints(widths);
    QTextTable *table = cursor.insertTable(rows, columns, format);

    const QFont body = font(page.bodyFamily, page.tablePoints);
    const QFont bold = font(page.bodyFamily, page.tablePoints, true);
    auto fill = [&](int row, const QStringList &cells, const QFont &f, bool header) {
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = table->cellAt(row, c);
            if (header) {
                QTextTableCellFormat cf = cell.format().toTableCellFormat();
                cf.setBackground(QColor(0xee, 0xee, 0xee));
                cell.setFormat(cf);
            }
            QTextCursor cc = cell.firstCursorPosition();
            QTextBlockFormat bf;
            bf.setAlignment(header ? Qt::AlignHCenter : (t.alignRight.value(c) ? Qt::AlignRight : Qt::AlignLeft));
            bf.setNonBreakableLines(false);
            cc.setBlockFormat(bf);
            QTextCharFormat chf;
            chf.setFont(f);
            cc.insertText(cells.value(c), chf);
        }
    };
    if (top) {
        table->mergeCells(0, 0, 1, columns);
        QTextTableCell cell = table->cellAt(0, 0);
        QTextTableCellFormat cf = cell.format().toTableCellFormat();
        cf.setBorder(0);
        cell.setFormat(cf);
        QTextCharFormat chf;
        chf.setFont(font(page.bodyFamily, page.bodyPoints, true));
        cell.firstCursorPosition().insertText(t.caption, chf);
    }
    fill(top, t.header, bold, true);
    for (int r = from; r < bodyTo; ++r)
        fill(top + 1 + r - from, t.rows.at(r), body, false);
    if (withTotal) {
        fill(rows - 1, t.totalRow, bold, false);
        // The label of the total takes the empty cells after it, so "合计" never breaks.
        int span = 1;
        while (span < columns && t.totalRow.value(span).isEmpty())
            ++span;
        if (span > 1)
            table->mergeCells(rows - 1, 0, 1, std::min(span, columns - 1));
    }
    cursor.movePosition(QTextCursor::End);
    return table;
}

// Where one table row lies on the laid-out document, from its cells' text.
bool crossesPage(QTextTable *table, int row, QAbstractTextDocumentLayout *layout, qreal pageHeight)
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = 0;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row || cell.column() != c)
            continue;
        top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        bottom = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return bottom > top && int(top / pageHeight) != int((bottom - 1) / pageHeight);
}

} // namespace

std::unique_ptr<QTextDocument> DocumentPrinter::layOut(const PrintContent &content, QPagedPaintDevice &device)
{
    // Qt's table layout carries a row's lines over a page end, header repeated in between; a notice
    // keeps each row whole. So the table is cut before any row a page end falls in, the rest starting
    // a new page under its header, and laid out again until no row is cut (once per page at most).
    QHash<int, QList<int>> breaks; // block index -> items that start a new page
    for (;;) {
        QList<Part> parts;
        std::unique_ptr<QTextDocument> doc = build(content, device, breaks, parts);
        QAbstractTextDocumentLayout *layout = doc->documentLayout();
        const qreal pageHeight = doc->pageSize().height();
        // Every cut row of this layout is cut at once: one pass per page would lay a county's
        // thousands of rows out a hundred times. A cut shifts what follows down by less than a row, so
        // the next pass may find a few more, and none is ever split.
        bool cut = false;
        for (const Part &part : std::as_const(parts)) {
            for (int r = part.headerRows; r < part.table->rows(); ++r) {
                const int item = part.firstItem + r - part.headerRows;
                // A row at the top of a page already (after a cut) and still cut is taller than a
                // page: left to Qt.
                if (breaks.value(part.block).contains(item) || !crossesPage(part.table, r, layout, pageHeight))
                    continue;
                breaks[part.block].append(item);
                cut = true;
            }
        }
        if (!cut)
            return doc;
    }
}

std::unique_ptr<QTextDocument> DocumentPrinter::build(
    const PrintContent &content, QPagedPaintDevice &device, const QHash<int, QList<int>> &breaks, QList<Part> &parts)
{
    const PrintPage &page = content.page;
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font(page.bodyFamily, page.bodyPoints));

    QTextCursor cursor(doc.get());
    bool first = true;
    for (int i = 0; i < content.blocks.size(); ++i) {
        const PrintBlock &b = content.blocks.at(i);
        QTextBlockFormat bf;
        QTextCharFormat cf;
        cf.setFont(font(page.bodyFamily, page.bodyPoints));
        const qreal line = pixels(page.bodyPoints, device);
        switch (b.type) {
        case PrintBlock::Type::Title:
            bf.setAlignment(Qt::AlignHCenter);
            bf.setBottomMargin(line);
            cf.setFont(font(page.titleFamily, page.titlePoints, true));
            break;
        case PrintBlock::Type::Heading:
            bf.setTopMargin(line * 0.6);
            bf.setBottomMargin(line * 0.3);
            cf.setFont(font(page.bodyFamily, page.bodyPoints, true));
            break;
        case PrintBlock::Type::Paragraph:
            bf.setTextIndent(line * 2); // two characters, as Chinese prose is indented
            bf.setBottomMargin(line * 0.4);
            bf.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
            break;
        case PrintBlock::Type::Table:
            break;
        case PrintBlock::Type::RightLine:
            bf.setAlignment(Qt::AlignRight);
            bf.setTopMargin(line * 0.4);
            break;
        case PrintBlock::Type::Note:
            bf.setTopMargin(line * 0.3);
            cf.setFont(font(page.bodyFamily, page.tablePoints));
            break;
        }
        if (!first)
            cursor.insertBlock();
        first = false;
        if (b.type == PrintBlock::Type::Table) {
            const int items = int(b.table.rows.size()) + (b.table.totalRow.isEmpty() ? 0 : 1);
            QList<int> starts = breaks.value(i);
            std::sort(starts.begin(), starts.end());
            const bool newPage = starts.contains(0); // its first row would be cut: the whole table moves on
            if (!newPage)
                starts.prepend(0);
            starts.append(items);
            for (int k = 0; k + 1 < starts.size(); ++k) {
                QTextTable *t
                    = addTable(cursor, b.table, page, device, starts.at(k), starts.at(k + 1), k > 0 || newPage);
                if (t)
                    parts.append({i, starts.at(k), t->format().headerRowCount(), t});
            }
            continue;
        }
        cursor.setBlockFormat(bf);
        cursor.setBlockCharFormat(cf);
        cursor.insertText(b.text, cf);
    }
    // The layout is made only once the content is complete: with a layout, every insertion lays the
    // whole table out again (45 s for a county's 93 rows instead of well under a second).
    doc->documentLayout()->setPaintDevice(&device);
    const QRectF paint = device.pageLayout().paintRectPixels(device.logicalDpiY());
    doc->setPageSize(QSizeF(paint.width(), paint.height() - pixels(FooterPoints, device)));
    return doc;
}

int DocumentPrinter::pageCount(const PrintContent &content, QPagedPaintDevice &device)
{
    return layOut(content, device)->pageCount();
}

Status DocumentPrinter::print(const PrintContent &content, QPagedPaintDevice &device)
{
    const QPageLayout layout(
        QPageSize(QPageSize::A4), content.page.orientation, content.page.marginsMm, QPageLayout::Millimeter);
    if (!device.setPageLayout(layout))
        return Status::failure(tr("The printer cannot print on A4 pages with these margins."));
    const std::unique_ptr<QTextDocument> doc = layOut(content, device);
    const QSizeF pageSize = doc->pageSize();
    const int pages = doc->pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("The document could not be printed: the printer or file is not ready."));
    const QFont footer = font(content.page.bodyFamily, content.page.tablePoints);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Status::failure(tr("The document could not be printed: page %1 could not be started.").arg(i + 1));
        }
        const QRectF area(0, i * pageSize.height(), pageSize.width(), pageSize.height());
        painter.save();
        painter.translate(0, -area.top());
        painter.setClipRect(area);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = area;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footer);
        painter.setPen(Qt::black);
        const qreal footerHeight = pixels(FooterPoints, device);
        painter.drawText(QRectF(0, pageSize.height(), pageSize.width(), footerHeight),
            Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    if (!painter.end())
        return Status::failure(tr("The document could not be printed to the end."));
    return {};
}

Status DocumentPrinter::writePdf(const PrintContent &content, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    // The floor under every caller's own check (which also knows the files being read): never
    // over a county file, nor through a link onto one.
    if (Status s = OutputPath::check(path, {}); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    Status printed;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(content.documentTitle);
        writer.setCreator(QStringLiteral("Fupin"));
        printed = print(content, writer);
    }
    if (!printed) {
        file.cancelWriting();
        return Status::failure(tr("%1 was not written: %2").arg(shown, printed.error()));
    }
    if (!file.commit())
        return Status::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    return {};
}
