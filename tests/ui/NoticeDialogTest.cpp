// SPDX-License-Identifier: GPL-3.0-or-later
// 打印公示 from the funds page, offscreen: the dialog opens for the division chosen in the tree,
// takes the county's period, shows core's refusal of a short period and writes the PDF.
#include "notices/NoticeDialog.h"

#include "../TestSql.h"
#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "funds/FundsPage.h"
#include "notices/PublicNotices.h"
#include "widgets/RefusalLabel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

namespace {

qint64 insertDivision(CountyDatabase &db, qint64 parent, int level, const QString &code, const QString &name)
{
    QSqlQuery q(TestSql::of(db));
    q.prepare(QStringLiteral("INSERT INTO division (uuid, parent_id, level, code, name, created_at, updated_at) "
                             "VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, '2020-01-01', '2020-01-01')"));
    q.addBindValue(parent);
    q.addBindValue(level);
    q.addBindValue(code);
    q.addBindValue(name);
    REQUIRE(q.exec());
    return q.lastInsertId().toLongLong();
}

} // namespace

TEST_CASE("NoticeDialog: opened from the funds page for the tree's division, refuses a short period, writes a PDF")
{
    auto db = CountyDatabase::openInMemory();
    REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
    QSqlQuery q(TestSql::of(*db));
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM division WHERE level = 1")));
    REQUIRE(q.next());
    const qint64 township
        = insertDivision(*db, q.value(0).toLongLong(), 2, QStringLiteral("522633101"), QStringLiteral("丙妹镇"));
    const qint64 village = insertDivision(*db, township, 3, QStringLiteral("522633101201"), QStringLiteral("岜沙村"));
    REQUIRE(PublicNotices(*db).setPeriodDays(NoticeKind::Funds, 14).ok());

    CodeLists codes(*db);
    FundsPage page;
    page.setCounty(db.get(), &codes);
    page.setDivision(village);
    page.show();
    auto *button = page.findChild<QPushButton *>(QStringLiteral("printNotice"));
    REQUIRE(button);
    REQUIRE(button->isEnabled());

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("公示.pdf"));
    bool seen = false;
    // Runs inside the dialog's exec(); CHECK only, never REQUIRE, as it is called from Qt's event loop.
    const auto inspect = [&] {
        auto *dialog = qobject_cast<NoticeDialog *>(QApplication::activeModalWidget());
        if (!dialog || seen)
            return;
        seen = true;
        const auto finish = qScopeGuard([dialog] { dialog->reject(); });
        CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("noticeDivision"))
                  ->text()
                  .contains(QStringLiteral("522633101201")));
        // One division box, not a stray one for the county lying over the form.
        CHECK(dialog->findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly).size() == 1);
        CHECK(dialog->findChild<QComboBox *>(QStringLiteral("noticeKind"))->currentData().toInt()
            == int(NoticeKind::Funds));
        auto *days = dialog->findChild<QSpinBox *>(QStringLiteral("noticeDays"));
        CHECK(days->value() == 14); // the county's period for fund notices

        days->setValue(9);
        CHECK_FALSE(dialog->savePdf(pdf));
        auto *refusal = dialog->findChild<RefusalLabel *>(QStringLiteral("noticeRefusal"));
        CHECK(refusal->isVisible());
        CHECK(refusal->text().contains(QStringLiteral("10")));
        CHECK_FALSE(QFile::exists(pdf));

        days->setValue(12);
        const Result<Notice> notice = dialog->notice();
        CHECK(notice.ok());
        CHECK(notice.value_or({}).divisionCode == QStringLiteral("522633101201"));
        CHECK(notice.value_or({}).periodDays == 12);
        CHECK(dialog->savePdf(pdf));
        CHECK_FALSE(refusal->isVisible());
        QFile f(pdf);
        CHECK(f.open(QIODevice::ReadOnly));
        CHECK(f.read(5) == QByteArray("%PDF-"));
        CHECK(f.size() > 1000);
    };
    // Looks for the dialog until it has been seen; a dialog left open would hang the test.
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, inspect);
    poll.start();
    // Ctrl+P while the page is shown opens the same dialog as the button.
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(&page, Qt::Key_P, Qt::ControlModifier);
    CHECK(seen);
    if (!seen)
        button->click();
    CHECK(seen);
}
