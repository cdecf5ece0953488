// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QPainter;

// One chart of the dashboard with its title and a button that saves it as a PNG image or a PDF.
class ProgressChartPanel : public QFrame
{
    Q_OBJECT

public:
    ProgressChartPanel(const QString &name, const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QChartView *view() const { return m_view; }
    QChart *chart() const;
    // Shows a new chart (the panel takes it; the old one is deleted).
    void setChart(QChart *chart);
    // A line under the chart (what the figures mean, how many are listed).
    void setNote(const QString &note);

    // Writes the chart to path: a PDF when it ends in .pdf, else a PNG image, through a file renamed
    // into place once written.
    Status save(const QString &path) const;
    // Draws the chart scaled into box (printing).
    void render(QPainter &painter, const QRectF &box) const;

public slots:
    // Asks where, then saves.
    void saveAs();

private:
    QString m_title;
    QChartView *m_view = nullptr;
    QLabel *m_note = nullptr;
};
