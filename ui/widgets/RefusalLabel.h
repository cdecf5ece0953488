// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// Where a dialog says why core refused what was entered, in red, while the dialog stays open so
// nothing typed is lost. Hidden until there is something to say.
class RefusalLabel : public QLabel
{
    Q_OBJECT

public:
    explicit RefusalLabel(const QString &objectName = {}, QWidget *parent = nullptr);
    void refuse(const QString &why);
};
