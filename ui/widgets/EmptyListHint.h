// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QAbstractItemView;

// A short sentence in the middle of a list that has no rows ("没有超过 90 天未走访的干部"), so an
// empty list reads as an answer rather than as a table that failed to load. It follows whatever
// model the view shows, also after the view is given another one.
class EmptyListHint : public QLabel
{
    Q_OBJECT

public:
    EmptyListHint(QAbstractItemView *view, const QString &text);
    // Shown when the view's model has no rows; placed over the view's empty area.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
};
