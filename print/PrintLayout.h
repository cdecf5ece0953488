// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrintContent.h"

#include <QFont>
#include <QList>
#include <QSizeF>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QTextLayout;

// PrintContent measured and cut into pages for one device, then painted page by page with QPainter:
// text measured with the device's font metrics in fixed boxes, no QTextDocument (which costs a
// minute for a county's 700 pages). Tables get columns sized to their content (a number, a date or
// an ID never wraps while the table can fit it), rows kept whole on a page, the caption and header
// repeated on every page a table runs onto, a total row in bold. Only row heights and the pages'
// items are kept, so a county-wide table costs a few MB; pages are painted one at a time.
class PrintLayout
{
public:
    // Room at the foot of each page for its number, in points.
    static constexpr qreal FooterPoints = 16;

    // The device's page layout is already set (DocumentPrinter::print).
    PrintLayout(const PrintContent &content, const QPagedPaintDevice &device);
    ~PrintLayout();
    PrintLayout(const PrintLayout &) = delete;
    PrintLayout &operator=(const PrintLayout &) = delete;

    int pageCount() const { return int(m_pages.size()); }
    // The body of a page (the footer's room left out), in device pixels.
    QSizeF pageSize() const { return m_page; }
    // Paints the page (0-based) at the painter's origin, which is the paint rect's top-left.
    void paintPage(QPainter &painter, int page) const;

    // The width of a table's column (block index, column) in device pixels; 0 when none.
    qreal columnWidth(int block, int column) const;
    // The lines a table cell takes (row rows.size() is the total row); 0 when empty.
    int linesOf(int block, int row, int column) const;

private:
    struct Table; // a table block's column widths and row heights
    struct Item; // one thing placed on a page: a block's line or a table's row
    struct Placed
    {
        int item = 0; // into m_items, or -1 - table index for a repeated caption and header
        qreal top = 0;
    };

    qreal px(qreal points) const;
    QFont font(qreal points, bool bold = false, bool title = false) const;
    void measureTable(int block, const PrintTable &table);
    qreal textHeight(const QString &text, const QFont &font, qreal width, int flags) const;
    void paginate();
    void paintItem(QPainter &painter, const Item &item, qreal top) const;
    void paintTableHead(QPainter &painter, const Table &table, qreal top) const;
    void paintRow(QPainter &painter, const Table &table, int row, qreal top) const;
    void paintCell(QPainter &painter, const QRectF &box, const QString &text, const QFont &font, int align) const;

    const PrintContent &m_content;
    const QPagedPaintDevice &m_device;
    qreal m_dpi = 72;
    QSizeF m_page;
    qreal m_pad = 0;
    std::vector<std::unique_ptr<Table>> m_tables;
    std::vector<std::unique_ptr<QTextLayout>> m_paragraphs;
    std::vector<Item> m_items;
    QList<QList<Placed>> m_pages;
};
