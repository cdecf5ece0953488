// SPDX-License-Identifier: GPL-3.0-or-later
#include "notices/NoticeButton.h"

#include "notices/NoticeDialog.h"

#include <QAction>

NoticeButton::NoticeButton(NoticeKind kind, QWidget *page) : QPushButton(tr("&Print Notice…"), page), m_kind(kind)
{
    setObjectName(QStringLiteral("printNotice"));
    setToolTip(tr("Print a public notice (公示) for the division chosen in the tree (%1)")
                   .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    auto *action = new QAction(tr("Print Notice"), page);
    action->setShortcut(QKeySequence::Print);
    // The whole window: the focus is often in the division tree. Only the shown page's shortcut fires.
    action->setShortcutContext(Qt::WindowShortcut);
    page->addAction(action);
    connect(action, &QAction::triggered, this, [this] {
        if (isEnabled())
            openDialog();
    });
    connect(this, &QPushButton::clicked, this, &NoticeButton::openDialog);
    setEnabled(false);
}

void NoticeButton::setCounty(CountyDatabase *db)
{
    m_db = db;
    setEnabled(db != nullptr);
}

void NoticeButton::openDialog()
{
    if (!m_db)
        return;
    NoticeDialog dialog(*m_db, m_kind, m_divisionId, window());
    dialog.exec();
}
