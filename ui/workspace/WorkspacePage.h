// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheets/ListExportJob.h"

#include <QIcon>
#include <QWidget>

class CodeLists;
class CountyDatabase;

// One area of the workspace (农户, 帮扶力量, 项目资金 ...): the main window shows one page at a time
// beside the shared division tree. A page owns nothing of the county; it is told when the county
// changes and which division is selected, and asks the window to open households.
class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The area's name in the navigation, translated, with a mnemonic-free text.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // The county was opened, or closed (db is null): drop every model and pointer into the old one.
    // The acting account is db->account(); a page disables what that account may not do.
    virtual void setCounty(CountyDatabase *db, const CodeLists *codes) = 0;
    // The division selected in the shared tree (county, township or village); 0 means the county.
    virtual void setDivision(qint64 divisionId) = 0;
    // The lists 导出… (File → Export List, Ctrl+Shift+E) writes from the page, as filtered now;
    // none by default.
    virtual ListExportJob exportJob() const { return {}; }

signals:
    void openHouseholdRequested(qint64 householdId);
    // A short note for the status bar ("已保存", "3 户已结对" ...).
    void statusMessage(const QString &message);
};
