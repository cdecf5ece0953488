// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Gives every dialog of the app, when it is first shown, mnemonics unique within it and a letter
// on each of its buttons (Mnemonics::makeUnique), so that no dialog can forget to: installed once
// on the application by the main window.
class DialogMnemonics : public QObject
{
    Q_OBJECT

public:
    // Installs the one watcher on the application (again: nothing).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
