// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ScreenFit.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace {
// A frame the window manager has not drawn yet is taken as this much (a title bar and borders).
constexpr int GuessedTitleBar = 32;
constexpr int GuessedBorder = 4;
} // namespace

void ScreenFit::install()
{
    static ScreenFit *installed = nullptr;
    if (installed || !qApp)
        return;
    installed = new ScreenFit(qApp);
    qApp->installEventFilter(installed);
}

void ScreenFit::fit(QWidget *window)
{
    if (!window || !window->isWindow() || window->isMaximized() || window->isFullScreen())
        return;
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    QRect frame = window->frameGeometry();
    QSize decoration = frame.size() - window->size();
    if (decoration.isEmpty() && window->isVisible() && !window->testAttribute(Qt::WA_DontShowOnScreen)
        && QGuiApplication::platformName() == QLatin1String("xcb")) {
        // Not drawn yet: leave room for it rather than run under the taskbar until it is.
        decoration = QSize(2 * GuessedBorder, GuessedTitleBar + GuessedBorder);
        frame.setSize(window->size() + decoration);
    }
    if (available.contains(frame))
        return;
    const QSize fitted = window->size().boundedTo(available.size() - decoration);
    if (fitted != window->size())
        window->resize(fitted);
    QRect moved(frame.topLeft(), window->size() + decoration);
    moved.moveRight(std::min(moved.right(), available.right()));
    moved.moveBottom(std::min(moved.bottom(), available.bottom()));
    moved.moveLeft(std::max(moved.left(), available.left()));
    moved.moveTop(std::max(moved.top(), available.top()));
    if (moved.topLeft() != frame.topLeft())
        window->move(moved.topLeft());
}

bool ScreenFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        const Qt::WindowType type = widget->windowType();
        if (widget->isWindow() && (type == Qt::Window || type == Qt::Dialog)) {
            fit(widget);
            // The window manager's frame is known only once it has drawn it, some a while later.
            QPointer<QWidget> later(widget);
            for (int ms : {100, 1000})
                QTimer::singleShot(ms, widget, [later] { fit(later); });
        }
    }
    return QObject::eventFilter(watched, event);
}
