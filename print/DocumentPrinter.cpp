// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPrinter.h"

#include "PrintLayout.h"
#include "files/OutputPath.h"

#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

int DocumentPrinter::pageCount(const PrintContent &content, QPagedPaintDevice &device)
{
    return PrintLayout(content, device).pageCount();
}

Status DocumentPrinter::print(const PrintContent &content, QPagedPaintDevice &device)
{
    const QPageLayout layout(
        QPageSize(QPageSize::A4), content.page.orientation, content.page.marginsMm, QPageLayout::Millimeter);
    if (!device.setPageLayout(layout))
        return Status::failure(tr("The printer cannot print on A4 pages with these margins."));
    const PrintLayout pages(content, device);
    const QSizeF pageSize = pages.pageSize();
    const int count = pages.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("The document could not be printed: the printer or file is not ready."));
    QFont footer(content.page.bodyFamily);
    footer.setPointSizeF(content.page.tablePoints);
    footer.setStyleStrategy(QFont::PreferQuality);
    const qreal footerHeight = PrintLayout::FooterPoints * device.logicalDpiY() / 72.0;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Status::failure(tr("The document could not be printed: page %1 could not be started.").arg(i + 1));
        }
        pages.paintPage(painter, i);
        painter.setFont(footer);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, pageSize.height(), pageSize.width(), footerHeight),
            Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(i + 1).arg(count));
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
