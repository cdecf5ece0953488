// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

// Charts to print on A4 landscape pages under a heading: the title, then lines such as the
// division, the year and the date. A chart draws itself into the box it is given (vector output on
// a printer or a PDF); ChartSheetPrinter places four to a page.
struct ChartSheet
{
    struct Chart
    {
        QString caption;
        bool wholePage = false; // a tall chart (a bar per village) gets a page of its own
        std::function<void(QPainter &painter, const QRectF &box)> draw;
    };

    QString title;
    QStringList lines;
    QList<Chart> charts;
};
