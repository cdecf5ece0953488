// SPDX-License-Identifier: GPL-3.0-or-later
// The county file's own checks as the GUI offers them.
#include "AppSettings.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

namespace {

// Closes the next message box once it is shown and keeps its text.
void answerMessageBox(QString *text)
{
    QTimer::singleShot(0, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        box->accept();
    });
}

} // namespace

TEST_CASE("a new county with a refused name leaves no file behind")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window;
    window.show();
    const QString path = dir.filePath(QStringLiteral("c.fupin"));
    QString said;
    answerMessageBox(&said);
    CHECK_FALSE(window.createCounty(path, QStringLiteral("522633"), QStringLiteral("从江\x1b[2J县"), 0));
    CHECK(said.contains(QStringLiteral("control")));
    CHECK_FALSE(QFileInfo::exists(path));
    answerMessageBox(&said);
    CHECK_FALSE(window.createCounty(path, QStringLiteral("199999"), QStringLiteral("从江县"), 0));
    CHECK(said.contains(QStringLiteral("region")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("Help > Check the County File says the county file is sound")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window;
    window.show();
    const QString path = dir.filePath(QStringLiteral("c.fupin"));
    REQUIRE(window.createCounty(path, QStringLiteral("522633"), QStringLiteral("从江县"), 0));
    auto *check = window.findChild<QAction *>(QStringLiteral("checkCountyFileAction"));
    REQUIRE(check);
    QString said;
    answerMessageBox(&said);
    check->trigger();
    CHECK(said.contains(QStringLiteral("is sound")));
    CHECK(said.contains(QDir::toNativeSeparators(path)));
}
