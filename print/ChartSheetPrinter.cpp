// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartSheetPrinter.h"

#include "files/OutputPath.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>

QList<QList<int>> ChartSheetPrinter::pages(const ChartSheet &sheet)
{
    QList<QList<int>> pages;
    QList<int> page;
    for (int i = 0; i < sheet.charts.size(); ++i) {
        if (sheet.charts.at(i).wholePage) {
            pages << QList<int>{i};
            continue;
        }
        page << i;
        if (page.size() == ChartsPerPage) {
            pages << page;
            page.clear();
        }
    }
    if (!page.isEmpty() || pages.isEmpty())
        pages << page;
    return pages;
}

Status ChartSheetPrinter::print(const ChartSheet &sheet, QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("The printer could not be started."));
    // Millimetres: the same layout on a 300 dpi PDF and a 600 dpi printer.
    const QRect pixels = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal perMm = device.logicalDpiX() / 25.4;
    painter.scale(perMm, perMm);
    const QRectF page(0, 0, pixels.width() / perMm, pixels.height() / perMm);
    const auto font = [](const QString &family, qreal mm, bool bold) {
        QFont f(family);
        f.setPixelSize(std::max(1, qRound(mm))); // in millimetres: the painter is scaled
        f.setBold(bold);
        return f;
    };
    // Fonts in millimetres are rounded to whole units: draw them on a 10x finer scale.
    const auto text = [&](const QRectF &box, int flags, const QString &s, qreal mm, bool bold,
                          const QString &family = QStringLiteral("Noto Sans CJK SC")) {
        painter.save();
        painter.scale(0.1, 0.1);
        painter.setFont(font(family, mm * 10, bold));
        painter.drawText(QRectF(box.x() * 10, box.y() * 10, box.width() * 10, box.height() * 10), flags, s);
        painter.restore();
    };
    const QList<QList<int>> layout = pages(sheet);
    const int pages = int(layout.size());
    for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
        if (pageIndex > 0 && !device.newPage()) {
            painter.end();
            return Status::failure(tr("The printer refused page %1.").arg(pageIndex + 1));
        }
        painter.setPen(Qt::black);
        text(QRectF(0, 0, page.width(), 9), Qt::AlignHCenter | Qt::AlignTop, sheet.title, 6.5, true,
            QStringLiteral("Noto Serif CJK SC"));
        text(QRectF(0, 9, page.width(), 5), Qt::AlignHCenter | Qt::AlignTop, sheet.lines.join(QStringLiteral("    ")),
            3.5, false);
        painter.setPen(QPen(Qt::black, 0.3));
        painter.drawLine(QPointF(0, 15), QPointF(page.width(), 15));
        const qreal top = 17, foot = 6, gap = 4;
        const QList<int> &charts = layout.at(pageIndex);
        const bool whole = charts.size() == 1 && sheet.charts.at(charts.first()).wholePage;
        const qreal cellW = whole ? page.width() : (page.width() - gap) / 2;
        const qreal cellH = whole ? page.height() - top - foot : (page.height() - top - foot - gap) / 2;
        for (int i = 0; i < charts.size(); ++i) {
            const ChartSheet::Chart &chart = sheet.charts.at(charts.at(i));
            const QRectF cell((i % 2) * (cellW + gap), top + (i / 2) * (cellH + gap), cellW, cellH);
            painter.setPen(Qt::black);
            text(QRectF(cell.x(), cell.y(), cell.width(), 5), Qt::AlignLeft | Qt::AlignVCenter, chart.caption, 3.8,
                true);
            painter.setPen(QPen(Qt::gray, 0.2));
            const QRectF box(cell.x(), cell.y() + 5.5, cell.width(), cell.height() - 5.5);
            painter.drawRect(box);
            if (chart.draw) {
                painter.save();
                chart.draw(painter, box.adjusted(0.5, 0.5, -0.5, -0.5));
                painter.restore();
            }
        }
        painter.setPen(Qt::black);
        text(QRectF(0, page.height() - foot + 1, page.width(), foot - 1), Qt::AlignHCenter | Qt::AlignBottom,
            tr("Page %1 of %2").arg(pageIndex + 1).arg(pages), 3, false);
    }
    painter.end();
    return {};
}

Status ChartSheetPrinter::writePdf(const ChartSheet &sheet, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (Status s = OutputPath::check(path, {}); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    Status printed;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(sheet.title);
        writer.setCreator(QStringLiteral("Fupin"));
        printed = print(sheet, writer);
    }
    if (!printed) {
        file.cancelWriting();
        return Status::failure(tr("%1 was not written: %2").arg(shown, printed.error()));
    }
    if (!file.commit())
        return Status::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    return {};
}
