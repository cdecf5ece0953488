// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeDocument.h"

#include "notices/PublicNotices.h"

#include <algorithm>

PrintContent NoticeDocument::content(const Notice &notice)
{
    PrintContent c;
    c.documentTitle = notice.title;
    // More than seven columns do not fit a portrait A4 page at a legible size.
    int columns = 0;
    for (const NoticeTable &t : notice.tables)
        columns = std::max(columns, int(t.columns.size()));
    c.page.orientation = columns > 7 ? QPageLayout::Landscape : QPageLayout::Portrait;

    c.add(PrintBlock::Type::Title, notice.title);
    for (const QString &p : notice.paragraphs)
        c.add(PrintBlock::Type::Paragraph, p);
    if (notice.tables.isEmpty() && !notice.emptyText.isEmpty())
        c.add(PrintBlock::Type::Paragraph, notice.emptyText);
    for (const NoticeTable &t : notice.tables) {
        PrintTable table;
        if (notice.tables.size() > 1)
            table.caption = t.caption;
        for (const NoticeColumn &col : t.columns) {
            table.header << col.title;
            table.widthPercent << col.widthPercent;
            table.alignRight << col.numeric;
        }
        table.rows = t.rows;
        table.totalRow = t.totalRow;
        c.add(table);
    }
    c.add(PrintBlock::Type::RightLine, notice.issuer + tr(" (seal)"));
    c.add(PrintBlock::Type::RightLine, PublicNotices::dateText(notice.postedOn));
    for (const QString &line : notice.footer)
        c.add(PrintBlock::Type::Note, line);
    return c;
}
