// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/DialogMnemonics.h"

#include "widgets/Mnemonics.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>

void DialogMnemonics::install()
{
    if (!qApp || qApp->findChild<DialogMnemonics *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new DialogMnemonics(qApp));
}

bool DialogMnemonics::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        auto *dialog = qobject_cast<QDialog *>(watched);
        if (dialog && !dialog->property("fupinMnemonics").toBool()) {
            dialog->setProperty("fupinMnemonics", true);
            Mnemonics::makeUnique(dialog);
        }
    }
    return QObject::eventFilter(watched, event);
}
