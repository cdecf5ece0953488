// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

// Keeps every window and dialog of the app within the screen, frame and title bar included: a
// 1366×768 screen with a taskbar leaves 728 lines, and a dialog taller than that hides its buttons
// below the taskbar and cannot be moved back up. Installed once on the application; a window is
// fitted as it is shown, and again once the window manager has drawn its frame.
class ScreenFit : public QObject
{
    Q_OBJECT

public:
    // Installs the fitting on the application (once; later calls do nothing).
    static void install();
    // Shrinks the window to the available part of its screen, frame included, and moves it inside.
    static void fit(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
