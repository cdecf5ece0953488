// SPDX-License-Identifier: GPL-3.0-or-later
// The funds page: a receipt, an allocation (refused, then right), a payment and a reversal
// entered as a ledger keeper would, offscreen.
#include "funds/FundsPage.h"

#include "../TestSql.h"
#include "common/Translations.h"
#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "funds/FundLedger.h"
#include "funds/FundTotalsModel.h"
#include "funds/FundsKinds.h"
#include "funds/LedgerEntryDialog.h"
#include "funds/LedgerEntryModel.h"
#include "funds/ReversalDialog.h"
#include "projects/ProjectLibrary.h"
#include "projects/ProjectLifecycle.h"
#include "projects/ProjectTableModel.h"
#include "projects/ProjectsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

namespace {

qint64 scalar(CountyDatabase &db, const QString &sql)
{
    QSqlQuery q(TestSql::of(db));
    if (!q.exec(sql) || !q.next())
        FAIL("query failed: " << sql.toStdString());
    return q.value(0).toLongLong();
}

template <typename Dialog> Dialog *openDialog(FundsPage &page, const char *button)
{
    page.findChild<QPushButton *>(QLatin1String(button))->click();
    Dialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (dialog = page.findChild<Dialog *>()) != nullptr; }));
    REQUIRE(dialog);
    return dialog;
}

void type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(name));
    REQUIRE(edit);
    edit->clear();
    // QTest types ASCII only; Chinese arrives as an input method commits it.
    bool ascii = true;
    for (QChar ch : text)
        ascii = ascii && ch.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

void ok(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST_CASE("FundsPage: a receipt, an allocation, a payment and a reversal, and the totals follow")
{
    auto db = CountyDatabase::openInMemory();
    REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
    const qint64 county = scalar(*db, QStringLiteral("SELECT id FROM division WHERE level = 1"));
    FundSource source;
    source.name = QStringLiteral("2026年中央财政衔接资金");
    source.typeCode = QStringLiteral("01");
    source.year = 2026;
    REQUIRE(FundSourceRepository(*db).save(source).ok());
    Project project;
    project.name = QStringLiteral("通组公路硬化工程");
    project.categoryCode = QStringLiteral("03");
    project.divisionId = county;
    project.year = 2026;
    project.performanceTarget = QStringLiteral("解决100户出行难");
    REQUIRE(ProjectLibrary(*db).save(project).ok());
    ProjectLifecycle lifecycle(*db);
    for (ProjectStatus s : {ProjectStatus::InLibrary, ProjectStatus::Approved}) {
        ProjectEvent e;
        e.to = s;
        e.date = QDate::currentDate();
        REQUIRE(lifecycle.advance(project.meta.id, e).ok());
    }

    CodeLists codes(*db);
    FundsPage page;
    page.resize(1366, 768);
    page.setCounty(db.get(), &codes);
    page.show();
    QAbstractItemModelTester totalsTester(page.totalsModel());
    QAbstractItemModelTester entriesTester(page.entriesModel());
    auto *grouping = page.findChild<QComboBox *>(QStringLiteral("fundsGrouping"));
    auto *totals = page.findChild<QTableView *>(QStringLiteral("fundsTotals"));
    auto *entries = page.findChild<QTableView *>(QStringLiteral("fundsEntries"));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("fundsSummary"));

    auto *receipt = openDialog<LedgerEntryDialog>(page, "fundsReceive");
    type(receipt, "entryAmount", QStringLiteral("1,000.00"));
    type(receipt, "entryVoucher", QStringLiteral("收-1"));
    ok(receipt);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<LedgerEntryDialog *>() == nullptr; }));
    CHECK(scalar(*db, QStringLiteral("SELECT total(amount_fen) FROM fund_receipt")) == 1000'00);
    REQUIRE(page.totalsModel()->rowCount() == 1);
    CHECK(
        page.totalsModel()->index(0, FundTotalsModel::ReceivedColumn).data().toString() == QStringLiteral("1,000.00"));

    // Too much: refused in the dialog, which stays open; then the right amount.
    auto *allocation = openDialog<LedgerEntryDialog>(page, "fundsAllocate");
    CHECK(allocation->findChild<QComboBox *>(QStringLiteral("entryProject"))->count() == 1);
    type(allocation, "entryAmount", QStringLiteral("2000"));
    type(allocation, "entryVoucher", QStringLiteral("拨-1"));
    ok(allocation);
    auto *error = allocation->findChild<QLabel *>(QStringLiteral("entryError"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("allocated would exceed")));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM fund_allocation")) == 0);
    type(allocation, "entryAmount", QStringLiteral("600"));
    ok(allocation);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<LedgerEntryDialog *>() == nullptr; }));

    auto *payment = openDialog<LedgerEntryDialog>(page, "fundsDisburse");
    type(payment, "entryAmount", QStringLiteral("250.50"));
    type(payment, "entryVoucher", QStringLiteral("付-1"));
    type(payment, "entryPayee", QStringLiteral("从江县路桥公司"));
    ok(payment);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<LedgerEntryDialog *>() == nullptr; }));
    CHECK(page.totalsModel()->index(0, FundTotalsModel::DisbursedColumn).data().toString() == QStringLiteral("250.50"));
    CHECK(summary->text().contains(QStringLiteral("reconciles")));

    // Drill down to the project's entries and reverse the payment.
    grouping->setCurrentIndex(grouping->findData(int(FundLedger::Grouping::Project)));
    REQUIRE(page.totalsModel()->rowCount() == 1);
    totals->setCurrentIndex(page.totalsModel()->index(0, 0));
    REQUIRE(page.entriesModel()->rowCount() == 2);
    const int paidRow = page.entriesModel()->entryAt(0)->kind == LedgerKind::Disbursement ? 0 : 1;
    entries->setCurrentIndex(page.entriesModel()->index(paidRow, 0));
    auto *reversal = openDialog<ReversalDialog>(page, "fundsReverse");
    type(reversal, "reversalVoucher", QStringLiteral("冲-1"));
    type(reversal, "reversalReason", QStringLiteral("收款单位填错"));
    ok(reversal);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<ReversalDialog *>() == nullptr; }));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM fund_disbursement WHERE reverses_id IS NOT NULL")) == 1);
    CHECK(page.totalsModel()->index(0, FundTotalsModel::DisbursedColumn).data().toString() == QStringLiteral("0.00"));
    CHECK(page.entriesModel()->rowCount() == 3);
    CHECK(summary->text().contains(QStringLiteral("reconciles")));

    // As of yesterday nothing had happened yet.
    page.setAsOf(QDate::currentDate().addDays(-1));
    CHECK(page.totalsModel()->rowCount() == 0);

    page.setCounty(nullptr, nullptr);
    CHECK(page.totalsModel()->rowCount() == 0);
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("fundsReceive"))->isEnabled());
}

// For looking at the pages: FUPIN_SHOT_DB=county.fupin FUPIN_SHOT_DIR=dir ui_tests "[.shot]" saves
// the funds and projects pages in Chinese at 1366×768 as PNG files.
TEST_CASE("screenshots of the funds and projects pages in Chinese", "[.shot]")
{
    const QString path = qEnvironmentVariable("FUPIN_SHOT_DB");
    const QString dir = qEnvironmentVariable("FUPIN_SHOT_DIR", QStringLiteral("."));
    if (path.isEmpty()) {
        WARN("set FUPIN_SHOT_DB to the county file to take screenshots of");
        return;
    }
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ReadOnly);
    REQUIRE(db);
    CodeLists codes(*db.value());
    FundsPage funds;
    funds.resize(1366, 768);
    funds.setCounty(db.value().get(), &codes);
    funds.setAsOf(QDate(2024, 12, 31));
    funds.show();
    auto *totals = funds.findChild<QTableView *>(QStringLiteral("fundsTotals"));
    totals->setCurrentIndex(funds.totalsModel()->index(20, 0));
    QTest::qWait(50);
    CHECK(funds.grab().save(dir + QStringLiteral("/funds-sources.png")));
    auto *grouping = funds.findChild<QComboBox *>(QStringLiteral("fundsGrouping"));
    grouping->setCurrentIndex(grouping->findData(int(FundLedger::Grouping::Form)));
    CHECK(funds.grab().save(dir + QStringLiteral("/funds-forms.png")));
    ProjectsPage projects;
    projects.resize(1366, 768);
    projects.setCounty(db.value().get(), &codes);
    projects.show();
    projects.findChild<QTableView *>(QStringLiteral("projectsTable"))->setCurrentIndex(projects.model()->index(3, 0));
    QTest::qWait(50);
    CHECK(projects.grab().save(dir + QStringLiteral("/projects.png")));
    auto *dialog = new LedgerEntryDialog(*db.value(), LedgerKind::Disbursement, &funds);
    dialog->show();
    QTest::qWait(50);
    CHECK(dialog->grab().save(dir + QStringLiteral("/disburse-dialog.png")));
    delete dialog;
}
