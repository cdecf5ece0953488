// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;

// Notices when nobody has touched the keyboard or mouse for the county's idle-lock minutes, so the
// window can lock on a shared office PC (county setting, off by default).
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    // 0 turns the lock off.
    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer = nullptr;
    int m_minutes = 0;
};
