// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/EmptyListHint.h"

#include <QAbstractItemView>
#include <QEvent>

EmptyListHint::EmptyListHint(QAbstractItemView *view, const QString &text)
    : QLabel(text, view->viewport()), m_view(view)
{
    setObjectName(QStringLiteral("emptyListHint"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // The view repaints whenever its rows change or it gets another model: the hint checks then.
    view->viewport()->installEventFilter(this);
    hide();
}

void EmptyListHint::refresh()
{
    const bool empty = !m_view->model() || m_view->model()->rowCount() == 0;
    setGeometry(m_view->viewport()->rect().adjusted(16, 16, -16, -16));
    if (empty != isVisible())
        setVisible(empty);
}

bool EmptyListHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Paint || event->type() == QEvent::Resize))
        refresh();
    return QLabel::eventFilter(watched, event);
}
