// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "spreadsheets/ExportDone.h"
#include "spreadsheets/ListExportJob.h"

#include <QObject>

#include <functional>

class CountyDatabase;
class QAction;
class QMenu;
class QWidget;

// File → 导出列表… (Ctrl+Shift+E), also on each page's list (its context menu): writes the list the
// page shows, as filtered there, to .xlsx or .csv through core's ListExport. Asks for the file (the
// format is the file type chosen), shows a progress bar with Cancel on a long export, and says
// where the file went.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    struct Window
    {
        QWidget *widget = nullptr;
        std::function<CountyDatabase *()> county; // the open county, or null
        // What to export now: the data-quality panel's findings when it has the focus, else the
        // current page's lists.
        std::function<ListExportJob()> job;
    };

    ExportActions(const Window &window, QMenu *menu);

    QAction *exportAction() const { return m_export; }
    // Asks which list (when the page has more than one) and where, then writes it.
    void exportList();
    // Writes the choice to path with a progress dialog (shown on a long export, with Cancel).
    static Result<ExportDone> write(
        QWidget *parent, CountyDatabase &db, const ListExportJob::Choice &choice, const QString &path);

private:
    Window m_window;
    QAction *m_export = nullptr;
};
