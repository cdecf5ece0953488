// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>
#include <QStringList>

// A table of printed content. Its header row is repeated on every page the table runs onto.
struct PrintTable
{
    QString caption; // empty: none; else a first row across the table, repeated with the header
    QStringList header;
    QList<int> widthPercent; // one per column; the table takes the page's width
    QList<bool> alignRight; // one per column: amounts and counts
    QList<QStringList> rows;
    QStringList totalRow; // empty: none; printed bold after the rows
};

// One block of printed content, top to bottom.
struct PrintBlock
{
    enum class Type {
        Title, // large, centred
        Heading, // a table's caption, bold
        Paragraph, // body text, first line indented as Chinese prose is
        Table,
        RightLine, // signature lines: the issuing office, the date
        Note, // small print: phones, remarks
    };
    Type type = Type::Paragraph;
    QString text;
    PrintTable table;
};

// The page and the fonts content is printed with. Fonts are named explicitly: the Simplified
// Chinese cuts of Noto, so that shared Han characters take Chinese, not Japanese, shapes.
struct PrintPage
{
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMm{18, 15, 18, 15};
    QString bodyFamily = QStringLiteral("Noto Sans CJK SC");
    QString titleFamily = QStringLiteral("Noto Serif CJK SC");
    qreal bodyPoints = 10.5; // 五号
    qreal tablePoints = 9;
    qreal titlePoints = 18; // 小二
};

// What a printer prints: A4 pages of blocks, numbered at the foot of each page. Notices, and later
// the household cards, are turned into this; DocumentPrinter lays it out.
struct PrintContent
{
    PrintPage page;
    QString documentTitle; // the PDF's title
    QList<PrintBlock> blocks;

    void add(PrintBlock::Type type, const QString &text) { blocks.append({type, text, {}}); }
    void add(const PrintTable &table) { blocks.append({PrintBlock::Type::Table, {}, table}); }
};
