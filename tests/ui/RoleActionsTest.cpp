// SPDX-License-Identifier: GPL-3.0-or-later
// The window follows who is signed in: an action the account may not take is disabled with core's
// reason as its tooltip, switching user asks again on every page, and Ctrl+N in a village the
// account may not change is refused at once in words.
#include "AppSettings.h"
#include "MainWindow.h"
#include "accounts/Account.h"
#include "accounts/LoginDialog.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

#include <catch2/catch.hpp>

namespace {

// Answers the next sign-in dialog as the demo account.
void signInNextAs(const QString &login)
{
    QTimer::singleShot(0, [login] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->loginEdit()->setText(login);
        dialog->passwordEdit()->setText(QString::fromLatin1(DemoGenerator::DemoPassword));
        dialog->accept();
    });
}

QPushButton *button(MainWindow &window, const char *name)
{
    auto *b = window.findChild<QPushButton *>(QLatin1String(name));
    REQUIRE(b);
    return b;
}

} // namespace

TEST_CASE("the county's buttons follow the signed-in account, also after switching user", "[roles]")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("c.fupin"));
    MainWindow window;
    window.show();
    REQUIRE(window.createCounty(path, QStringLiteral("522633"), QStringLiteral("从江县"), 60));
    signInNextAs(QStringLiteral("auditor"));
    REQUIRE(window.openCounty(path));
    REQUIRE(window.database()->account().login == QStringLiteral("auditor"));
    for (int page = 0; page < window.workspace()->pages().size(); ++page)
        window.workspace()->showPage(page); // every page reads the county
    for (const char *name : {"fundsReceive", "fundsAllocate", "fundsDisburse", "fundsReverse", "loanNew", "loanRepay",
             "projectAdd", "projectAdvance"}) {
        INFO(name);
        CHECK_FALSE(button(window, name)->isEnabled());
        CHECK(button(window, name)->toolTip().contains(QStringLiteral("auditor"), Qt::CaseInsensitive));
    }

    signInNextAs(QStringLiteral("county"));
    window.findChild<QAction *>(QStringLiteral("switchUserAction"))->trigger();
    REQUIRE(window.database()->account().login == QStringLiteral("county"));
    for (int page = 0; page < window.workspace()->pages().size(); ++page)
        window.workspace()->showPage(page);
    for (const char *name : {"fundsReceive", "loanNew", "loanRepay", "projectAdd", "projectAdvance"}) {
        INFO(name);
        CHECK(button(window, name)->isEnabled());
        CHECK_FALSE(button(window, name)->toolTip().contains(QStringLiteral("auditor"), Qt::CaseInsensitive));
    }
}

TEST_CASE("Ctrl+N where the account may not add a household is refused at once in words", "[roles]")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("c.fupin"));
    MainWindow window;
    window.show();
    REQUIRE(window.createCounty(path, QStringLiteral("522633"), QStringLiteral("从江县"), 60));
    signInNextAs(QStringLiteral("auditor"));
    REQUIRE(window.openCounty(path));
    // A village in the tree.
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("divisionTree"));
    REQUIRE(tree);
    QModelIndex village;
    std::function<void(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        for (int r = 0; r < tree->model()->rowCount(parent) && !village.isValid(); ++r) {
            const QModelIndex i = tree->model()->index(r, 0, parent);
            if (i.data().toString().contains(QStringLiteral("村")))
                village = i;
            else
                find(i);
        }
    };
    find({});
    REQUIRE(village.isValid());
    tree->setCurrentIndex(village);
    REQUIRE(window.workspace()->selectedVillageId() != 0);

    QAction *newHousehold = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::New))
            newHousehold = a;
    }
    REQUIRE(newHousehold);
    CHECK_FALSE(newHousehold->isEnabled());
    CHECK(newHousehold->toolTip().contains(QStringLiteral("auditor"), Qt::CaseInsensitive));
    CHECK(window.newHousehold() == nullptr); // no form read-only throughout
    CHECK(window.editorFor(0) == nullptr);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("auditor"), Qt::CaseInsensitive));
}

TEST_CASE("the status bar names the division chosen in the tree, on every page", "[roles]")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window;
    window.show();
    REQUIRE(window.createCounty(
        dir.filePath(QStringLiteral("c.fupin")), QStringLiteral("522633"), QStringLiteral("从江县"), 60));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("divisionTree"));
    REQUIRE(tree);
    auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
    REQUIRE(count);
    const QModelIndex county = tree->model()->index(0, 0);
    const QModelIndex township = tree->model()->index(0, 0, county);
    REQUIRE(township.isValid());
    // On another page than the register, the tree's choice still shows in the status bar.
    window.workspace()->showPage(1);
    tree->setCurrentIndex(township);
    CHECK(count->text().contains(township.data().toString()));
    // Back on the register, with its counts.
    window.workspace()->showPage(0);
    REQUIRE(QTest::qWaitFor([&] { return count->text().contains(QStringLiteral("households")); }));
    CHECK(count->text().contains(township.data().toString()));
}
