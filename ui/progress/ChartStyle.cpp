// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QChart>
#include <QFont>
#include <QLegend>

#include <iterator>

namespace {

QFont chartFont(int pixels, bool bold = false)
{
    // Named: a generic family may give Japanese glyph shapes on Linux.
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace

QColor ChartStyle::color(int n)
{
    // Okabe–Ito, ordered so that neighbours differ in lightness too: dark blue, orange, bluish
    // green, reddish purple, sky blue.
    static const QColor colors[] = {QColor(0x00, 0x5a, 0x9c), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
        QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9)};
    return colors[n % int(std::size(colors))];
}

QBrush ChartStyle::brush(int n)
{
    // Solid for the first, hatched for the second, dense for the third: apart in grey too.
    static const Qt::BrushStyle styles[]
        = {Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense3Pattern, Qt::FDiagPattern, Qt::Dense5Pattern};
    return QBrush(color(n), styles[n % int(std::size(styles))]);
}

QColor ChartStyle::alarmColor()
{
    return QColor(0xd5, 0x5e, 0x00);
}

QBrush ChartStyle::alarmBrush()
{
    return QBrush(alarmColor(), Qt::DiagCrossPattern);
}

QPen ChartStyle::linePen(int n)
{
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    QPen pen(n == 0 ? QColor(0x1a, 0x1a, 0x1a) : n == 1 ? alarmColor() : color(2));
    pen.setWidthF(n == 0 ? 2.5 : 2);
    pen.setStyle(styles[n % int(std::size(styles))]);
    return pen;
}

void ChartStyle::applyTo(QChart *chart)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitleFont(chartFont(14, true));
    chart->legend()->setFont(chartFont(12));
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ChartStyle::applyTo(QAbstractAxis *axis)
{
    axis->setLabelsFont(chartFont(12));
    axis->setTitleFont(chartFont(12));
}

void ChartStyle::applyTo(QBarSet *set, int n)
{
    set->setBrush(brush(n));
    set->setPen(QPen(color(n).darker(130), 1));
    set->setLabelColor(Qt::black);
    set->setLabelFont(chartFont(11));
}
