// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in as a user would, and what a village cadre can and cannot open for editing.
#include "../TestSql.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "accounts/Account.h"
#include "accounts/AccountTableModel.h"
#include "accounts/AccountsPage.h"
#include "accounts/IdleWatcher.h"
#include "accounts/LoginDialog.h"
#include "county/CountySettings.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "households/HouseholdEditor.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
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
        QSqlQuery q(TestSql::of(db()));
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

TEST_CASE("Opening a county with accounts asks who is working, the status bar names them")
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

TEST_CASE("A village cadre cannot open another village's household, and opens its own for editing")
{
    Fixture f;
    answerLogin(QStringLiteral("village"), DemoPassword);
    REQUIRE(f.window.openCounty(f.path));
    REQUIRE(f.db().account().login == QStringLiteral("village"));
    // It starts on its own village, not the whole county.
    REQUIRE(f.db().account().scope.size() == 1);
    CHECK(f.window.workspace()->divisionId() == f.db().account().scope.first());

    // Another village's household is not read at all (AccessPolicy's read scope): the editor says
    // so, naming that village, and closes.
    const qint64 otherId = f.household(false);
    QSqlQuery q(TestSql::of(f.db()));
    REQUIRE(
        q.exec(QStringLiteral("SELECT v.name FROM household h JOIN division v ON v.id = h.village_id WHERE h.id = %1")
                   .arg(otherId)));
    REQUIRE(q.next());
    const QString otherVillage = q.value(0).toString();
    QString refusal;
    QTimer dismiss;
    QObject::connect(&dismiss, &QTimer::timeout, [&refusal] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            refusal = box->text();
            box->accept();
        }
    });
    dismiss.start(20);
    QPointer<HouseholdEditor> other = f.window.openHousehold(otherId);
    REQUIRE(QTest::qWaitFor([&] { return !refusal.isEmpty(); }));
    dismiss.stop();
    CHECK(refusal.contains(otherVillage));
    REQUIRE(QTest::qWaitFor([&] { return !other || !other->isVisible(); }));

    HouseholdEditor *mine = f.window.openHousehold(f.household(true));
    REQUIRE(mine);
    CHECK_FALSE(mine->isReadOnly());
    CHECK(mine->findChild<QLabel *>(QStringLiteral("readOnlyBanner")) == nullptr);
    auto *logVisit = mine->findChild<QPushButton *>(QStringLiteral("logVisitButton"));
    REQUIRE(logVisit);
    CHECK(logVisit->isEnabled());
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

TEST_CASE("After the county's idle minutes the window locks and asks the same account's password")
{
    Fixture f;
    REQUIRE(CountySettings(f.db()).setValue(CountySettings::IdleLockMinutes, QStringLiteral("5")));
    answerLogin(QStringLiteral("village"), DemoPassword);
    REQUIRE(f.window.openCounty(f.path));
    auto *watcher = f.window.findChild<IdleWatcher *>();
    REQUIRE(watcher);
    auto *timer = watcher->findChild<QTimer *>();
    REQUIRE(timer);
    CHECK(timer->isActive());
    CHECK(timer->interval() == 5 * 60 * 1000);
    // Any key press starts the wait again.
    QTest::qWait(300);
    const int waited = timer->remainingTime();
    CHECK(waited < 5 * 60 * 1000 - 200);
    QTest::keyClick(&f.window, Qt::Key_Shift);
    CHECK(timer->remainingTime() > waited + 100);

    bool registerHidden = false;
    QString lockedLogin;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        registerHidden = !f.window.centralWidget()->isVisible();
        lockedLogin = dialog->loginEdit()->text();
        CHECK(dialog->loginEdit()->isReadOnly());
        dialog->passwordEdit()->setText(QStringLiteral("wrong-password"));
        dialog->accept();
        CHECK(dialog->isVisible()); // a wrong password keeps the window locked
        dialog->passwordEdit()->setText(DemoPassword);
        dialog->accept();
    });
    emit watcher->idle();
    CHECK(registerHidden);
    CHECK(lockedLogin == QStringLiteral("village"));
    CHECK(f.window.centralWidget()->isVisible());
    CHECK(f.db().account().login == QStringLiteral("village"));
    CHECK(timer->isActive());
}
