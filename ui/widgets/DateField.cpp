// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/DateField.h"

#include <QKeyEvent>

DateField::DateField(const QDate &date, QWidget *parent) : QDateEdit(date, parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
}

// Tab leaves the field instead of moving to its next part.
bool DateField::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call)
}

// A typed separator ("2026-12-07", "2026/12/07") moves on to the next part, unless filling the part
// did already ("2026" then "-").
void DateField::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (text == QStringLiteral("-") || text == QStringLiteral("/") || text == QStringLiteral(".")) {
        if (!m_movedOn && currentSectionIndex() + 1 < sectionCount()) {
            setCurrentSectionIndex(currentSectionIndex() + 1);
            setSelectedSection(currentSection());
        }
        m_movedOn = false;
        event->accept();
        return;
    }
    const int before = currentSectionIndex();
    QDateEdit::keyPressEvent(event);
    m_movedOn = !text.isEmpty() && text.at(0).isDigit() && currentSectionIndex() != before;
}
