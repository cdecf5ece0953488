// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QColor>
#include <QPen>

class QAbstractAxis;
class QBarSet;
class QChart;

// How the dashboard's charts look: colours from the Okabe–Ito palette (told apart with the common
// kinds of colour blindness) that also differ in lightness, and a hatch on every second series, so
// a black-and-white printout still tells the series apart. Fonts are named CJK fonts, a size that
// reads at 1366×768.
class ChartStyle
{
public:
    // The brush of the n-th series of a chart.
    static QBrush brush(int n);
    static QColor color(int n);
    // Bars that stand out (a village over the incidence line): dark vermilion, cross-hatched.
    static QBrush alarmBrush();
    static QColor alarmColor();
    // A line (the cumulative total, the goal, the incidence line): solid, dashed or dotted by n.
    static QPen linePen(int n);

    static void applyTo(QChart *chart);
    static void applyTo(QAbstractAxis *axis);
    static void applyTo(QBarSet *set, int n);
};
