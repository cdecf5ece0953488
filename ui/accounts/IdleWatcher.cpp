// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // A coarse timer may round a long wait by seconds; the lock should come when it says it will.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setMinutes(int minutes)
{
    m_minutes = minutes;
    if (minutes > 0)
        m_timer->start(minutes * 60 * 1000);
    else
        m_timer->stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_minutes > 0)
            m_timer->start(m_minutes * 60 * 1000);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
