// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintLayout.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

constexpr qreal BorderPoints = 0.6;
constexpr qreal PadPoints = 2.5;
constexpr qreal PadVerticalPoints = 2.2;
// Chinese text shorter than this many characters is kept on one line (a name, a village): longer
// text may wrap between characters.
constexpr int WholeHanCharacters = 5;
constexpr int WholeHanCharactersInHeader = 2;

bool isHan(QChar c)
{
    return c.unicode() >= 0x2E80;
}

// The narrowest a cell's text can be set without breaking inside a word, a number or an ID: its
// longest run of non-Han characters without a space, and short Han text whole.
qreal unbreakableWidth(const QString &text, qreal advance, const QFontMetricsF &metrics, qreal hanWidth, int hanWhole)
{
    bool breakable = false;
    for (QChar c : text) {
        if (c.isSpace() || isHan(c)) {
            breakable = true;
            break;
        }
    }
    if (!breakable)
        return advance;
    qreal widest = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool stop = i == text.size() || text.at(i).isSpace() || isHan(text.at(i));
        if (stop && start >= 0) {
            widest = std::max(widest, metrics.horizontalAdvance(text.mid(start, i - start)));
            start = -1;
        } else if (!stop && start < 0) {
            start = i;
        }
    }
    return std::max(widest, std::min(advance, hanWidth * hanWhole));
}

} // namespace

struct PrintLayout::Table
{
    const PrintTable *source = nullptr;
    int block = 0;
    int columns = 0;
    QList<qreal> widths;
    qreal captionHeight = 0;
    qreal headerHeight = 0;
    std::vector<qreal> rowHeights; // the rows, then the total row
    std::vector<float> advances; // each cell's text on one line, row-major (rows, then total)
    int totalSpan = 1; // the columns the total's label takes
    QFont body, bold, caption;
    qreal lineHeight = 0;
    qreal ascent = 0;

    int rowCount() const { return int(source->rows.size()) + (source->totalRow.isEmpty() ? 0 : 1); }
    const QStringList &cells(int row) const
    {
        return row < source->rows.size() ? source->rows.at(row) : source->totalRow;
    }
    // The width a cell's text has, its span taken into account (the total's label).
    qreal cellWidth(int row, int column) const
    {
        if (row == int(source->rows.size()) && column == 0)
            return std::accumulate(widths.cbegin(), widths.cbegin() + totalSpan, qreal(0));
        return widths.value(column);
    }
};

struct PrintLayout::Item
{
    enum class Kind { Text, ParagraphLine, TableHead, Row };
    Kind kind = Kind::Text;
    int block = 0;
    int index = 0; // the paragraph's line, the table's row
    int table = -1; // into m_tables; the paragraph for a line
    qreal height = 0;
    qreal before = 0; // room above the text within the height
    bool keepWithNext = false;
};

PrintLayout::PrintLayout(const PrintContent &content, const QPagedPaintDevice &device)
    : m_content(content), m_device(device), m_dpi(device.logicalDpiY())
{
    const QRectF paint = device.pageLayout().paintRectPixels(int(m_dpi));
    m_page = QSizeF(paint.width(), paint.height() - px(FooterPoints));
    m_pad = px(PadPoints);
    const PrintPage &page = content.page;
    const qreal line = px(page.bodyPoints);
    for (int b = 0; b < content.blocks.size(); ++b) {
        const PrintBlock &block = content.blocks.at(b);
        Item item;
        item.block = b;
        QFont f = font(page.bodyPoints);
        int flags = Qt::AlignLeft | Qt::TextWordWrap;
        qreal before = 0, after = 0;
        switch (block.type) {
        case PrintBlock::Type::Table:
            if (!block.table.header.isEmpty()) {
                measureTable(b, block.table);
                const Table &t = *m_tables.back();
                Item head;
                head.kind = Item::Kind::TableHead;
                head.block = b;
                head.table = int(m_tables.size()) - 1;
                head.before = line * 0.3;
                head.height = head.before + t.captionHeight + t.headerHeight;
                head.keepWithNext = true;
                m_items.push_back(head);
                for (int r = 0; r < t.rowCount(); ++r) {
                    Item row;
                    row.kind = Item::Kind::Row;
                    row.block = b;
                    row.table = head.table;
                    row.index = r;
                    row.height = t.rowHeights.at(size_t(r));
                    m_items.push_back(row);
                }
            }
            continue;
        case PrintBlock::Type::Paragraph: {
            // Chinese prose: the first line indented by two characters, lines at 150 %.
            auto layout = std::make_unique<QTextLayout>(block.text, f, &device);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout->setTextOption(option);
            layout->beginLayout();
            for (int n = 0;; ++n) {
                QTextLine l = layout->createLine();
                if (!l.isValid())
                    break;
                const qreal indent = n == 0 ? line * 2 : 0;
                l.setLineWidth(m_page.width() - indent);
                l.setPosition(QPointF(indent, 0));
            }
            layout->endLayout();
            for (int n = 0; n < layout->lineCount(); ++n) {
                Item l;
                l.kind = Item::Kind::ParagraphLine;
                l.block = b;
                l.table = int(m_paragraphs.size());
                l.index = n;
                const qreal h = layout->lineAt(n).height();
                l.before = h * 0.25;
                l.height = h * 1.5 + (n + 1 == layout->lineCount() ? line * 0.4 : 0);
                m_items.push_back(l);
            }
            m_paragraphs.push_back(std::move(layout));
            continue;
        }
        case PrintBlock::Type::Title:
            f = font(page.titlePoints, true, true);
            flags = Qt::AlignHCenter | Qt::TextWordWrap;
            after = line;
            item.keepWithNext = true;
            break;
        case PrintBlock::Type::Heading:
            f = font(page.bodyPoints, true);
            before = line * 0.6;
            after = line * 0.3;
            item.keepWithNext = true;
            break;
        case PrintBlock::Type::RightLine:
            flags = Qt::AlignRight | Qt::TextWordWrap;
            before = line * 0.4;
            break;
        case PrintBlock::Type::Note:
            f = font(page.tablePoints);
            before = line * 0.3;
            break;
        }
        item.before = before;
        item.height = before + textHeight(block.text, f, m_page.width(), flags) + after;
        m_items.push_back(item);
    }
    paginate();
}

PrintLayout::~PrintLayout() = default;

qreal PrintLayout::px(qreal points) const
{
    return points * m_dpi / 72.0;
}

QFont PrintLayout::font(qreal points, bool bold, bool title) const
{
    QFont f(title ? m_content.page.titleFamily : m_content.page.bodyFamily);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Never fall back silently to a font with Japanese shapes: fontconfig is asked for this family.
    f.setStyleStrategy(QFont::PreferQuality);
    return f;
}

qreal PrintLayout::textHeight(const QString &text, const QFont &f, qreal width, int flags) const
{
    const QFontMetricsF metrics(f, &m_device);
    if (text.isEmpty())
        return metrics.height();
    QRectF r = metrics.boundingRect(QRectF(0, 0, std::max(qreal(1), width), 1e7), flags, text);
    if (r.width() > width + 0.5) // a word longer than the box: broken anywhere, as it is painted
        r = metrics.boundingRect(
            QRectF(0, 0, std::max(qreal(1), width), 1e7), (flags & ~Qt::TextWordWrap) | Qt::TextWrapAnywhere, text);
    return r.height();
}

void PrintLayout::measureTable(int block, const PrintTable &source)
{
    auto table = std::make_unique<Table>();
    Table &t = *table;
    t.block = block;
    t.source = &source;
    t.columns = int(source.header.size());
    const PrintPage &page = m_content.page;
    t.body = font(page.tablePoints);
    t.bold = font(page.tablePoints, true);
    t.caption = font(page.bodyPoints, true);
    const QFontMetricsF body(t.body, &m_device);
    const QFontMetricsF bold(t.bold, &m_device);
    t.lineHeight = body.height();
    t.ascent = body.ascent();
    const qreal han = body.horizontalAdvance(QChar(0x4E2D)); // 中
    const int rows = t.rowCount();
    const int totalRow = int(source.rows.size());
    if (!source.totalRow.isEmpty()) {
        while (t.totalSpan < t.columns - 1 && source.totalRow.value(t.totalSpan).isEmpty())
            ++t.totalSpan;
    }

    // What each column needs: its widest text on one line with its header on one line (natural),
    // with its header wrapped (body), and the narrowest it can be without breaking a number, an ID
    // or a short name (minimum).
    QList<qreal> natural(t.columns, 0), bodyNatural(t.columns, 0), minimum(t.columns, 0);
    for (int c = 0; c < t.columns; ++c) {
        const QString &h = source.header.at(c);
        const qreal a = bold.horizontalAdvance(h);
        natural[c] = a;
        minimum[c] = unbreakableWidth(h, a, bold, han, WholeHanCharactersInHeader);
        bodyNatural[c] = minimum[c];
    }
    t.advances.resize(size_t(rows) * size_t(t.columns), 0);
    for (int r = 0; r < rows; ++r) {
        const QStringList &cells = t.cells(r);
        const QFontMetricsF &m = r == totalRow ? bold : body;
        for (int c = 0; c < t.columns; ++c) {
            const QString &s = cells.value(c);
            if (s.isEmpty())
                continue;
            const qreal a = m.horizontalAdvance(s);
            t.advances[size_t(r) * size_t(t.columns) + size_t(c)] = float(a);
            if (r == totalRow && c == 0)
                continue; // the total's label spans the empty cells after it
            bodyNatural[c] = std::max(bodyNatural[c], a);
            if (a > minimum[c])
                minimum[c] = std::max(minimum[c], unbreakableWidth(s, a, m, han, WholeHanCharacters));
        }
    }
    const qreal pad = 2 * m_pad + 1; // the rounding of the metrics
    for (int c = 0; c < t.columns; ++c) {
        natural[c] = std::max(natural[c], bodyNatural[c]) + pad;
        bodyNatural[c] += pad;
        minimum[c] += pad;
    }

    // The page's width shared out, the first that fits: every column its natural width, and the
    // room left by the caller's proportions; every column its body's width (headers wrap), and the
    // room left to the headers; every column its minimum, and the room left to the columns that
    // wrap, by how much they would like; else the minimums narrowed alike.
    const qreal width = m_page.width();
    const auto sum = [](const QList<qreal> &l) { return std::accumulate(l.cbegin(), l.cend(), qreal(0)); };
    const auto share = [&](const QList<qreal> &base, const QList<qreal> &want) {
        QList<qreal> widths = base;
        const qreal room = width - sum(base);
        qreal weights = 0;
        for (int c = 0; c < t.columns; ++c)
            weights += want.at(c);
        for (int c = 0; c < t.columns; ++c)
            widths[c] += weights > 0 ? room * want.at(c) / weights : room / t.columns;
        return widths;
    };
    QList<qreal> weights, headerWants, bodyWants;
    for (int c = 0; c < t.columns; ++c) {
        weights << std::max(1, source.widthPercent.value(c, 1));
        headerWants << natural.at(c) - bodyNatural.at(c);
        bodyWants << bodyNatural.at(c) - minimum.at(c);
    }
    if (sum(natural) <= width) {
        t.widths = share(natural, weights);
    } else if (sum(bodyNatural) <= width) {
        t.widths = share(bodyNatural, headerWants);
    } else if (sum(minimum) <= width) {
        t.widths = share(minimum, bodyWants);
    } else {
        t.widths = minimum;
        for (qreal &w : t.widths)
            w *= width / sum(minimum);
    }

    // Heights: one line where the text fits the column, measured wrapped where it does not.
    const qreal padV = 2 * px(PadVerticalPoints);
    t.captionHeight = source.caption.isEmpty()
        ? 0
        : textHeight(source.caption, t.caption, width, Qt::AlignLeft | Qt::TextWordWrap) + padV;
    t.headerHeight = 0;
    for (int c = 0; c < t.columns; ++c)
        t.headerHeight = std::max(t.headerHeight,
            textHeight(source.header.at(c), t.bold, t.widths.at(c) - 2 * m_pad, Qt::AlignCenter | Qt::TextWordWrap));
    t.headerHeight += padV;
    t.rowHeights.resize(size_t(rows));
    for (int r = 0; r < rows; ++r) {
        qreal h = t.lineHeight;
        const QStringList &cells = t.cells(r);
        for (int c = 0; c < t.columns; ++c) {
            const qreal inner = t.cellWidth(r, c) - 2 * m_pad;
            if (t.advances[size_t(r) * size_t(t.columns) + size_t(c)] > inner)
                h = std::max(h, textHeight(cells.value(c), r == totalRow ? t.bold : t.body, inner, Qt::TextWordWrap));
        }
        t.rowHeights[size_t(r)] = h + padV;
    }
    m_tables.push_back(std::move(table));
}

void PrintLayout::paginate()
{
    const qreal bottom = m_page.height();
    m_pages = {QList<Placed>()};
    qreal y = 0;
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items[i];
        qreal need = item.height;
        if (item.keepWithNext && i + 1 < m_items.size())
            need += m_items[i + 1].height;
        if (y + need > bottom && !m_pages.constLast().isEmpty()) {
            m_pages.append(QList<Placed>());
            y = 0;
            if (item.kind == Item::Kind::Row) { // the table goes on under its caption and header
                const Table &t = *m_tables.at(size_t(item.table));
                m_pages.last().append({-1 - item.table, y});
                y += t.captionHeight + t.headerHeight;
            }
        }
        m_pages.last().append({int(i), y});
        y += item.height;
    }
}

qreal PrintLayout::columnWidth(int block, int column) const
{
    for (const auto &t : m_tables) {
        if (t->block == block)
            return t->widths.value(column);
    }
    return 0;
}

int PrintLayout::linesOf(int block, int row, int column) const
{
    for (const auto &t : m_tables) {
        if (t->block != block)
            continue;
        const QString text = t->cells(row).value(column);
        if (text.isEmpty())
            return 0;
        const qreal inner = t->cellWidth(row, column) - 2 * m_pad;
        const QFont &f = row == int(t->source->rows.size()) ? t->bold : t->body;
        return int(std::lround(textHeight(text, f, inner, Qt::TextWordWrap) / QFontMetricsF(f, &m_device).height()));
    }
    return 0;
}

void PrintLayout::paintCell(QPainter &painter, const QRectF &box, const QString &text, const QFont &f, int align) const
{
    if (text.isEmpty())
        return;
    if (painter.font() != f)
        painter.setFont(f);
    const QRectF inner = box.adjusted(m_pad, 0, -m_pad, 0);
    const QFontMetricsF metrics(f, &m_device);
    const qreal advance = metrics.horizontalAdvance(text);
    if (advance <= inner.width() + 0.5) {
        // One line: drawn at its baseline, without a text layout.
        qreal x = inner.left();
        if (align & Qt::AlignRight)
            x = inner.right() - advance;
        else if (align & Qt::AlignHCenter)
            x = inner.left() + (inner.width() - advance) / 2;
        const qreal baseline = box.top() + (box.height() - metrics.height()) / 2 + metrics.ascent();
        painter.drawText(QPointF(x, baseline), text);
        return;
    }
    const QRectF r = metrics.boundingRect(inner, align | Qt::TextWordWrap, text);
    const int wrap = r.width() > inner.width() + 0.5 ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
    painter.drawText(inner, align | Qt::AlignVCenter | wrap, text);
}

void PrintLayout::paintTableHead(QPainter &painter, const Table &t, qreal top) const
{
    const qreal width = std::accumulate(t.widths.cbegin(), t.widths.cend(), qreal(0));
    if (t.captionHeight > 0)
        paintCell(painter, QRectF(0, top, width, t.captionHeight), t.source->caption, t.caption,
            Qt::AlignLeft | Qt::AlignVCenter);
    const QRectF header(0, top + t.captionHeight, width, t.headerHeight);
    painter.fillRect(header, QColor(0xee, 0xee, 0xee));
    painter.drawLine(header.topLeft(), header.topRight());
    qreal x = 0;
    for (int c = 0; c < t.columns; ++c) {
        paintCell(painter, QRectF(x, header.top(), t.widths.at(c), header.height()), t.source->header.at(c), t.bold,
            Qt::AlignHCenter | Qt::AlignVCenter);
        x += t.widths.at(c);
    }
    painter.drawLine(header.bottomLeft(), header.bottomRight());
}

void PrintLayout::paintRow(QPainter &painter, const Table &t, int row, qreal top) const
{
    const bool total = row == int(t.source->rows.size());
    const qreal height = t.rowHeights.at(size_t(row));
    const QStringList &cells = t.cells(row);
    qreal x = 0;
    for (int c = 0; c < t.columns; ++c) {
        const qreal w = t.cellWidth(row, c);
        const int align = (t.source->alignRight.value(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        paintCell(painter, QRectF(x, top, w, height), cells.value(c), total ? t.bold : t.body, align);
        if (total && c == 0) {
            c = t.totalSpan - 1;
            painter.drawLine(QPointF(x, top), QPointF(x, top + height));
        }
        x += w;
        if (total)
            painter.drawLine(QPointF(x, top), QPointF(x, top + height));
    }
    painter.drawLine(QPointF(0, top + height), QPointF(x, top + height));
}

void PrintLayout::paintItem(QPainter &painter, const Item &item, qreal top) const
{
    const PrintBlock &block = m_content.blocks.at(item.block);
    const PrintPage &page = m_content.page;
    switch (item.kind) {
    case Item::Kind::TableHead:
        paintTableHead(painter, *m_tables.at(size_t(item.table)), top + item.before);
        return;
    case Item::Kind::Row:
        paintRow(painter, *m_tables.at(size_t(item.table)), item.index, top);
        return;
    case Item::Kind::ParagraphLine: {
        const QTextLine line = m_paragraphs.at(size_t(item.table))->lineAt(item.index);
        line.draw(&painter, QPointF(0, top + item.before - line.y()));
        return;
    }
    case Item::Kind::Text:
        break;
    }
    QFont f = font(page.bodyPoints);
    int flags = Qt::AlignLeft | Qt::TextWordWrap;
    if (block.type == PrintBlock::Type::Title) {
        f = font(page.titlePoints, true, true);
        flags = Qt::AlignHCenter | Qt::TextWordWrap;
    } else if (block.type == PrintBlock::Type::Heading) {
        f = font(page.bodyPoints, true);
    } else if (block.type == PrintBlock::Type::RightLine) {
        flags = Qt::AlignRight | Qt::TextWordWrap;
    } else if (block.type == PrintBlock::Type::Note) {
        f = font(page.tablePoints);
    }
    painter.setFont(f);
    painter.drawText(QRectF(0, top + item.before, m_page.width(), item.height), flags, block.text);
}

void PrintLayout::paintPage(QPainter &painter, int page) const
{
    painter.save();
    painter.setPen(QPen(Qt::black, px(BorderPoints)));
    painter.setBrush(Qt::NoBrush);
    // A table's column lines are drawn once for each run of its rows on the page (from the header's
    // top to the last row's foot), not row by row; a total row draws its own.
    int runTable = -1;
    qreal runTop = 0, runBottom = 0;
    const auto flush = [&] {
        if (runTable < 0)
            return;
        const Table &t = *m_tables.at(size_t(runTable));
        qreal x = 0;
        painter.drawLine(QPointF(x, runTop), QPointF(x, runBottom));
        for (qreal w : t.widths) {
            x += w;
            painter.drawLine(QPointF(x, runTop), QPointF(x, runBottom));
        }
        runTable = -1;
    };
    for (const Placed &placed : m_pages.at(page)) {
        if (placed.item < 0) {
            flush();
            const int table = -1 - placed.item;
            const Table &t = *m_tables.at(size_t(table));
            paintTableHead(painter, t, placed.top);
            runTable = table;
            runTop = runBottom = placed.top + t.captionHeight;
            runBottom += t.headerHeight;
            continue;
        }
        const Item &item = m_items.at(size_t(placed.item));
        if (item.kind == Item::Kind::TableHead) {
            flush();
            const Table &t = *m_tables.at(size_t(item.table));
            runTable = item.table;
            runTop = placed.top + item.before + t.captionHeight;
            runBottom = runTop + t.headerHeight;
        } else if (item.kind == Item::Kind::Row && item.table == runTable) {
            if (item.index == int(m_tables.at(size_t(item.table))->source->rows.size()))
                flush(); // the total row draws its own column lines
            else
                runBottom = placed.top + item.height;
        } else {
            flush();
        }
        paintItem(painter, item, placed.top);
    }
    flush();
    painter.restore();
}
