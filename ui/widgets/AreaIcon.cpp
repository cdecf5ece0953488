// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/AreaIcon.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

QIcon AreaIcon::make(const QString &glyph, const QColor &tile)
{
    QIcon icon;
    // Drawn at each size the navigation may ask for, so that nothing is scaled blurry.
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(tile);
        const qreal radius = size / 5.0;
        painter.drawRoundedRect(QRectF(0, 0, size, size), radius, radius);
        // The family is named: asking for a generic font on Linux may give Japanese glyph shapes.
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPixelSize(qRound(size * 0.62));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, glyph);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
