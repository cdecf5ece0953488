// SPDX-License-Identifier: GPL-3.0-or-later
// 打印明白卡 on the register, offscreen: offered only where core lets the account print (the
// auditor sees why not), a PDF of the selection named when saved and every card in the print log,
// Cancel on the progress bar leaving no file and no log entry, and the preview logging nothing.
#include "../TestSql.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "accounts/Account.h"
#include "accounts/LoginDialog.h"
#include "cards/PrintCardsDialog.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "households/HouseholdsPage.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

namespace {

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

int printLog(CountyDatabase &db)
{
    QSqlQuery q(TestSql::of(db));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM card_print")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE(
    "Print household cards from the register: gated by role, PDF named and logged, Cancel leaves nothing", "[cards]")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("c.fupin"));
    MainWindow window;
    window.show();
    REQUIRE(window.createCounty(path, QStringLiteral("522633"), QStringLiteral("从江县"), 40));
    signInNextAs(QStringLiteral("auditor"));
    REQUIRE(window.openCounty(path));
    auto *page = window.findChild<HouseholdsPage *>();
    REQUIRE(page);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("printCardsButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip().contains(QStringLiteral("auditor"), Qt::CaseInsensitive));

    signInNextAs(QStringLiteral("county"));
    window.findChild<QAction *>(QStringLiteral("switchUserAction"))->trigger();
    REQUIRE(window.database()->account().login == QStringLiteral("county"));
    CHECK(button->isEnabled());
    CountyDatabase &db = *window.database();

    // Five households selected in the list.
    QTableView *table = page->view();
    REQUIRE(table->model()->rowCount() >= 5);
    table->selectRow(0);
    for (int row = 1; row < 5; ++row)
        table->selectionModel()->select(
            table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(page->selectedHouseholdIds().size() == 5);

    SECTION("saved as PDF: named in the dialog, each card logged")
    {
        PrintCardsDialog dialog(db, page->selectedHouseholdIds(), 0);
        const QString pdf = dir.filePath(QStringLiteral("明白卡.pdf"));
        REQUIRE(dialog.savePdf(pdf));
        CHECK(QFile::exists(pdf));
        auto *saved = dialog.findChild<QLabel *>(QStringLiteral("cardsSaved"));
        REQUIRE(saved);
        CHECK(saved->isVisibleTo(&dialog));
        CHECK(saved->text().contains(QStringLiteral("明白卡.pdf")));
        CHECK(dialog.findChild<QPushButton *>(QStringLiteral("cardsOpenFolder"))->isVisibleTo(&dialog));
        CHECK(printLog(db) == 5);
    }
    SECTION("Cancel on the progress bar: no file, nothing logged")
    {
        PrintCardsDialog dialog(db, page->selectedHouseholdIds(), 0);
        const QString pdf = dir.filePath(QStringLiteral("cancelled.pdf"));
        bool cancelled = false;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (auto *progress = dialog.findChild<QProgressDialog *>(QStringLiteral("cardsProgress"));
                progress && progress->value() >= 1 && !cancelled) {
                cancelled = true;
                progress->cancel();
            }
        });
        poll.start(0);
        CHECK_FALSE(dialog.savePdf(pdf));
        poll.stop();
        CHECK(cancelled);
        CHECK_FALSE(QFile::exists(pdf));
        CHECK(QDir(dir.path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files).isEmpty());
        CHECK(printLog(db) == 0);
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("cardsSaved"))->text().contains(QStringLiteral("no file")));
    }
    SECTION("the preview shows the cards and logs nothing")
    {
        PrintCardsDialog dialog(db, page->selectedHouseholdIds(), 0);
        bool seen = false;
        QTimer::singleShot(0, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return;
            seen = true;
            CHECK(preview->objectName() == QStringLiteral("cardsPreviewDialog"));
            CHECK(preview->frameGeometry().height() <= 728);
            preview->reject();
        });
        CHECK(dialog.preview());
        CHECK(seen);
        CHECK(printLog(db) == 0);
    }
}
