// SPDX-License-Identifier: GPL-3.0-or-later
// File → 备份… and 恢复…: in the File menu with letters of their own, offered only to the accounts
// that may back up (administrator, county staff) and restore (administrator).
#include "AppSettings.h"
#include "MainWindow.h"
#include "accounts/Account.h"
#include "accounts/LoginDialog.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

namespace {

void answerLogin(const QString &login)
{
    QTimer::singleShot(0, [login] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->loginEdit()->setText(login);
        dialog->passwordEdit()->setText(QString::fromLatin1(DemoGenerator::DemoPassword));
        dialog->accept();
    });
}

QMenu *menuOf(QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object))
            return menu;
    }
    return nullptr;
}

} // namespace

TEST_CASE("File offers Back Up and Restore with their own letters, to the accounts that may use them", "[backup]")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("c.fupin"));
    MainWindow window;
    window.show();
    auto *backup = window.findChild<QAction *>(QStringLiteral("backupAction"));
    auto *restore = window.findChild<QAction *>(QStringLiteral("restoreBackupAction"));
    REQUIRE(backup);
    REQUIRE(restore);
    // Without a county, nothing to back up.
    CHECK_FALSE(backup->isEnabled());
    CHECK_FALSE(restore->isEnabled());

    QMenu *file = menuOf(backup);
    REQUIRE(file);
    CHECK(file->title() == QStringLiteral("&File"));
    CHECK(menuOf(restore) == file);
    QList<QKeySequence> letters;
    for (QAction *action : file->actions()) {
        if (!action->isSeparator())
            letters << QKeySequence::mnemonic(action->text());
    }
    for (QAction *action : {backup, restore}) {
        const QKeySequence letter = QKeySequence::mnemonic(action->text());
        INFO(action->text().toStdString());
        CHECK_FALSE(letter.isEmpty());
        CHECK(letters.count(letter) == 1);
    }

    REQUIRE(window.createCounty(path, QStringLiteral("522633"), QStringLiteral("从江县"), 60));
    const QList<std::tuple<QString, bool, bool>> roles{{QStringLiteral("admin"), true, true},
        {QStringLiteral("county"), true, false}, {QStringLiteral("township"), false, false},
        {QStringLiteral("village"), false, false}, {QStringLiteral("auditor"), false, false}};
    for (const auto &[login, backs, restores] : roles) {
        INFO(login.toStdString());
        answerLogin(login);
        REQUIRE(window.openCounty(path));
        REQUIRE(window.database()->account().login == login);
        CHECK(backup->isEnabled() == backs);
        CHECK(restore->isEnabled() == restores);
    }
}
