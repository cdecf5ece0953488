// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/RefusalLabel.h"

RefusalLabel::RefusalLabel(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b00020;"));
    hide();
}

void RefusalLabel::refuse(const QString &why)
{
    setText(why);
    show();
}
