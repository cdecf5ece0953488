// SPDX-License-Identifier: GPL-3.0-or-later
// A county file opened only for reading (a write-protected stick, "Open Read-Only"): the title
// bar says so, and the actions that would change it are disabled with the reason in words.
#include "AppSettings.h"
#include "MainWindow.h"
#include "accounts/LoginDialog.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "households/HouseholdsPage.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

TEST_CASE("A county opened read-only says so in the title bar and refuses changes in words", "[readonly]")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("c.fupin"));
    MainWindow window;
    window.show();
    REQUIRE(window.createCounty(path, QStringLiteral("522633"), QStringLiteral("从江县"), 20));
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("read-only")));
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->loginEdit()->setText(QStringLiteral("county"));
        dialog->passwordEdit()->setText(QString::fromLatin1(DemoGenerator::DemoPassword));
        dialog->accept();
    });
    REQUIRE(window.openCountyReadOnly(path));
    REQUIRE(window.database()->isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("read-only")));
    auto *cards = window.findChild<HouseholdsPage *>()->findChild<QPushButton *>(QStringLiteral("printCardsButton"));
    REQUIRE(cards);
    CHECK_FALSE(cards->isEnabled());
    CHECK(cards->toolTip().contains(QStringLiteral("read-only")));
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::New)) {
            CHECK_FALSE(a->isEnabled());
            CHECK(a->toolTip().contains(QStringLiteral("read-only")));
        }
    }
}
