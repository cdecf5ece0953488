// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateEdit>

// The one date editor of the app: yyyy-MM-dd, one Tab stop (Qt's date edit walks its year, month
// and day with Tab, so an amount typed "two fields later" landed in the day), typed as 2026-12-07
// or 20261207 (a part typed in full moves on to the next) or picked from the calendar.
class DateField : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(const QDate &date = QDate::currentDate(), QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_movedOn = false; // the last key filled a part and moved on to the next
};
