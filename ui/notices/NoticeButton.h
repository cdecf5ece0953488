// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notices/Notice.h"

#include <QPushButton>

class CountyDatabase;

// The 打印公示 button of a workspace page, with its shortcut (Ctrl+P while the page is shown):
// opens NoticeDialog for the page's county and the division chosen in the tree.
class NoticeButton : public QPushButton
{
    Q_OBJECT

public:
    NoticeButton(NoticeKind kind, QWidget *page);

    void setCounty(CountyDatabase *db);
    void setDivision(qint64 divisionId) { m_divisionId = divisionId; }

public slots:
    void openDialog();

private:
    NoticeKind m_kind;
    CountyDatabase *m_db = nullptr;
    qint64 m_divisionId = 0;
};
