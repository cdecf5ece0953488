// SPDX-License-Identifier: GPL-3.0-or-later
// File → 导出列表… (Ctrl+Shift+E) and on each page's lists: what each page offers writes the list as
// filtered there, through core's ListExport.
#include "spreadsheets/ExportActions.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "db/CountyDatabase.h"
#include "households/HouseholdsPage.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("File offers Export List with its own letter and Ctrl+Shift+E, and each page's list exports", "[export]")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window;
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("exportListAction"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled()); // no county yet
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QMenu *file = nullptr;
    for (QObject *object : action->associatedObjects())
        file = file ? file : qobject_cast<QMenu *>(object);
    REQUIRE(file);
    QList<QKeySequence> letters;
    for (QAction *a : file->actions()) {
        if (!a->isSeparator())
            letters << QKeySequence::mnemonic(a->text());
    }
    CHECK(letters.count(QKeySequence::mnemonic(action->text())) == 1);
    // On the household list's context menu too.
    CHECK(window.householdView()->actions().contains(action));

    REQUIRE(window.createCounty(
        dir.filePath(QStringLiteral("c.fupin")), QStringLiteral("522633"), QStringLiteral("从江县"), 40));
    CHECK(action->isEnabled());
    for (WorkspacePage *page : window.workspace()->pages()) {
        const ListExportJob job = page->exportJob();
        INFO(page->title().toStdString());
        for (const ListExportJob::Choice &choice : job.choices) {
            INFO(choice.label.toStdString());
            const QString path = dir.filePath(choice.label + QStringLiteral(".csv"));
            const Result<ExportDone> done = ExportActions::write(&window, *window.database(), choice, path);
            INFO(done.error().toStdString());
            REQUIRE(done);
            CHECK(QFile::exists(path));
        }
    }
    const ListExportJob households = window.householdsPage()->exportJob();
    REQUIRE(households.choices.size() == 2);
    const Result<ExportDone> roster = ExportActions::write(
        &window, *window.database(), households.choices.at(1), dir.filePath(QStringLiteral("roster.xlsx")));
    REQUIRE(roster);
    CHECK(roster->rows > 40); // one row a person
}
