// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in as a user would, and what a village cadre can and cannot open for editing.
#include "AppSettings.h"
#include "MainWindow.h"
#include "accounts/AccountTableModel.h"
#include "accounts/AccountsPage.h"
#include "accounts/LoginDialog.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "households/HouseholdEditor.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

namespace {

const QString DemoPassword = QString::fromLatin1(DemoGenerator::DemoPassword);

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("c.fupin"));
    MainWindow window;

    Fixture()
    {
        AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
        window.show();
        REQUIRE(window.createCounty(path, QStringLiteral("522633"), QStringLiteral("从江县"), 120));
    }
    CountyDatabase &db() { return *window.database(); }

    // A household inside (or outside) the village of the demo's village account.
    qint64 household(bool inScope)
    {
        QSqlQuery q(db().sql());
        REQUIRE(q.exec(QStringLiteral("SELECT h.id FROM household h WHERE (h.village_id IN (SELECT s.division_id FROM "
                                      "app_user_scope s JOIN app_user u ON u.id = s.user_id WHERE u.login = "
                                      "'village')) = %1 ORDER BY h.id LIMIT 1")
                           .arg(inScope ? 1 : 0)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

// Fills the login dialog that is about to open (modal) and presses OK.
void answerLogin(const QString &login, const QString &password)
{
    QTimer::singleShot(0, [login, password] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->loginEdit()->setText(login);
        dialog->passwordEdit()->setText(password);
        dialog->accept();
    });
}

} // namespace

TEST_CASE("The login dialog refuses a wrong password in place, warns of Caps Lock and remembers the login")
{
    Fixture f;
    LoginDialog dialog(f.db(), LoginDialog::Mode::SignIn);
    dialog.show();
    dialog.loginEdit()->setText(QStringLiteral("village"));
    dialog.passwordEdit()->setFocus();
    // Capitals typed without Shift: Caps Lock is on.
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("F"));
    CHECK(dialog.capsLockLabel()->isVisible());
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("f"));
    CHECK_FALSE(dialog.capsLockLabel()->isVisible());

    dialog.passwordEdit()->setText(QStringLiteral("wrong-password"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.messageLabel()->isVisible());
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("wrong")));
    CHECK(dialog.passwordEdit()->text().isEmpty());
    CHECK(f.db().account().login == QStringLiteral("admin")); // still the one who made the county

    dialog.passwordEdit()->setText(DemoPassword);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.db().account().login == QStringLiteral("village"));
    CHECK(LoginDialog(f.db(), LoginDialog::Mode::SignIn).loginEdit()->text() == QStringLiteral("village"));
}

TEST_CASE("Opening a county with accounts asks who is working; the status bar names them")
{
    Fixture f;
    answerLogin(QStringLiteral("auditor"), DemoPassword);
    REQUIRE(f.window.openCounty(f.path));
    CHECK(f.db().account().login == QStringLiteral("auditor"));
    auto *user = f.window.findChild<QLabel *>(QStringLiteral("userLabel"));
    REQUIRE(user);
    CHECK(user->text().contains(QStringLiteral("auditor")));
    CHECK(user->text().contains(QStringLiteral("Auditor")));
    // The auditor reads: no new household, no accounts page.
    for (QAction *action : f.window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence::New)
            CHECK_FALSE(action->isEnabled());
    }
    auto *accounts = f.window.findChild<QAction *>(QStringLiteral("accountsAction"));
    REQUIRE(accounts);
    CHECK_FALSE(accounts->isEnabled());
}

TEST_CASE("A village cadre opens another village's household read-only, and its own for editing")
{
    Fixture f;
    answerLogin(QStringLiteral("village"), DemoPassword);
    REQUIRE(f.window.openCounty(f.path));
    REQUIRE(f.db().account().login == QStringLiteral("village"));
    // It starts on its own village, not the whole county.
    REQUIRE(f.db().account().scope.size() == 1);
    CHECK(f.window.workspace()->divisionId() == f.db().account().scope.first());

    HouseholdEditor *other = f.window.openHousehold(f.household(false));
    REQUIRE(other);
    CHECK(other->isReadOnly());
    auto *banner = other->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("only in")));
    auto *save = other->findChild<QWidget *>(QStringLiteral("saveButton"));
    REQUIRE(save);
    CHECK_FALSE(save->isEnabled());
    for (QLineEdit *edit : other->findChildren<QLineEdit *>()) {
        if (edit->isVisible() && edit->objectName() != QLatin1String("qt_spinbox_lineedit"))
            CHECK(edit->isReadOnly());
    }
    other->close();

    HouseholdEditor *mine = f.window.openHousehold(f.household(true));
    REQUIRE(mine);
    CHECK_FALSE(mine->isReadOnly());
    CHECK(mine->findChild<QLabel *>(QStringLiteral("readOnlyBanner")) == nullptr);
    mine->close();
}

TEST_CASE("The accounts page lists every account and offers changes to the administrator only")
{
    Fixture f;
    AccountsPage page;
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setCounty(&f.db(), nullptr);
    REQUIRE(page.model()->rowCount() == 5);
    CHECK(page.model()->index(0, AccountTableModel::Login).data().toString() == QStringLiteral("admin"));
    auto *add = page.findChild<QPushButton *>();
    REQUIRE(add);
    CHECK(add->isEnabled());

    answerLogin(QStringLiteral("county"), DemoPassword);
    REQUIRE(f.window.openCounty(f.path));
    page.setCounty(&f.db(), nullptr);
    for (QPushButton *button : page.findChildren<QPushButton *>())
        CHECK_FALSE(button->isEnabled());
}
