// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

// The icon of a workspace area: one Chinese character on a coloured tile. Office PCs rarely have
// an icon theme, and Qt's fallback icons are folders that tell the areas apart by nothing; a
// character a cadre reads at a glance (户, 帮, 项, 资) does.
class AreaIcon
{
public:
    static QIcon make(const QString &glyph, const QColor &tile);
};
