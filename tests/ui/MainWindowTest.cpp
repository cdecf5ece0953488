// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "../TestSql.h"
#include "AppSettings.h"
#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "divisions/DivisionTreeModel.h"
#include "households/DeleteHouseholdDialog.h"
#include "households/HouseholdTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

namespace {

int scalar(CountyDatabase &db, const QString &sql)
{
    QSqlQuery q(TestSql::of(db));
    REQUIRE((q.exec(sql) && q.next()));
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("the main window shows the division tree and the households of the selected division")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window;
    window.show();
    REQUIRE(window.createCounty(
        dir.filePath(QStringLiteral("demo.fupin")), QStringLiteral("522633"), QStringLiteral("从江县"), 400));
    CountyDatabase &db = *window.database();
    QTreeView *tree = window.findChild<QTreeView *>(QStringLiteral("divisionTree"));
    QTableView *table = window.findChild<QTableView *>(QStringLiteral("householdTable"));
    REQUIRE(tree);
    REQUIRE(table);
    // Fatal: a model that breaks its contract ends the test, instead of printing a warning.
    QAbstractItemModelTester treeTester(tree->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester tableTester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The county is the root, with its townships below it.
    const QModelIndex county = tree->model()->index(0, 0);
    CHECK(county.data().toString() == QStringLiteral("从江县"));
    CHECK(
        tree->model()->rowCount(county) == scalar(db, QStringLiteral("SELECT count(*) FROM division WHERE level = 2")));
    // The first page shows at once, the rest when the county is counted just after.
    REQUIRE(QTest::qWaitFor([&] { return window.householdModel()->countKnown(); }));
    CHECK(table->model()->rowCount() == scalar(db, QStringLiteral("SELECT count(*) FROM household")));
    CHECK(table->model()->rowCount() > 300);

    // Selecting a village shows only its households, with the head's name.
    const QModelIndex township = tree->model()->index(0, 0, county);
    const QModelIndex village = tree->model()->index(0, 0, township);
    tree->setCurrentIndex(village);
    const qint64 villageId = village.data(DivisionTreeModel::IdRole).toLongLong();
    const int inVillage
        = scalar(db, QStringLiteral("SELECT count(*) FROM household WHERE village_id = %1").arg(villageId));
    REQUIRE(inVillage > 0);
    CHECK(table->model()->rowCount() == inVillage);
    const QString firstHead = table->model()->index(0, HouseholdList::HeadName).data().toString();
    QSqlQuery q(TestSql::of(db));
    REQUIRE(q.exec(QStringLiteral("SELECT m.name FROM household h JOIN member m ON m.household_id = h.id AND "
                                  "m.relation_code = '01' WHERE h.village_id = %1 ORDER BY h.code LIMIT 1")
                       .arg(villageId)));
    REQUIRE(q.next());
    CHECK(firstHead == q.value(0).toString());

    // The status bar counts what the table shows.
    auto *label = window.findChild<QLabel *>(QStringLiteral("countLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QString::number(inVillage)));
}

TEST_CASE("the household table pages through a large county with a bounded cache")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window;
    REQUIRE(window.createCounty(
        dir.filePath(QStringLiteral("big.fupin")), QStringLiteral("522633"), QStringLiteral("从江县"), 1500));
    HouseholdTableModel *model = window.householdModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(QTest::qWaitFor([&] { return model->countKnown(); }));
    const int rows = model->rowCount();
    REQUIRE(rows > 3 * HouseholdTableModel::PageSize);
    QSqlQuery q(TestSql::of(*window.database()));
    REQUIRE(q.exec(QStringLiteral(
        "SELECT count(*), (SELECT count(*) FROM member WHERE household_id IN "
        "(SELECT id FROM household WHERE deleted_at IS NULL)) FROM household WHERE deleted_at IS NULL")));
    REQUIRE(q.next());
    CHECK(rows == q.value(0).toInt());
    CHECK(model->peopleCount() == q.value(1).toInt());

    // A list longer than a page shows its first page at once, before anything counts the county; the
    // count follows on the event loop, adding the rows, and the status bar says so meanwhile.
    {
        CodeLists codes(*window.database());
        HouseholdTableModel first(*window.database(), codes);
        QAbstractItemModelTester firstTester(&first, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy counted(&first, &HouseholdTableModel::countsChanged);
        CHECK_FALSE(first.countKnown());
        CHECK(first.rowCount() == HouseholdTableModel::PageSize);
        CHECK_FALSE(first.peopleCount().has_value());
        CHECK(first.index(0, HouseholdList::Code).data() == model->index(0, HouseholdList::Code).data());
        REQUIRE(counted.wait(5000));
        CHECK(first.countKnown());
        CHECK(first.rowCount() == rows);
        CHECK(first.peopleCount() == q.value(1).toInt());
        CHECK(first.index(rows - 1, HouseholdList::Code).data() == model->index(rows - 1, HouseholdList::Code).data());
    }
    QStringList codes;
    for (int row = 0; row < rows; row += 37)
        codes << model->index(row, HouseholdList::Code).data().toString();
    QStringList sorted = codes;
    sorted.sort();
    CHECK(codes == sorted); // sorted by household code across pages
    CHECK(model->idAt(rows - 1) != 0);
    CHECK(model->rowFor(model->idAt(rows - 1)) == rows - 1);

    // Sorting by head name descending is done by SQL and keeps every row.
    model->sort(HouseholdList::HeadName, Qt::DescendingOrder);
    CHECK(model->rowCount() == rows);
    const QString first = model->index(0, HouseholdList::HeadName).data().toString();
    const QString later = model->index(rows / 2, HouseholdList::HeadName).data().toString();
    CHECK(QString::compare(first, later) >= 0);
}

TEST_CASE("deleting a household asks for a reason, hides it, and it can be restored")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window;
    window.show();
    REQUIRE(window.createCounty(
        dir.filePath(QStringLiteral("d.fupin")), QStringLiteral("522633"), QStringLiteral("从江县"), 120));
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CountyDatabase &db = *window.database();
    HouseholdTableModel *model = window.householdModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = model->rowCount();
    QTableView *table = window.householdView();
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    const qint64 id = model->idAt(0);

    // The reason dialog: OK waits for a reason (blanks are none); first cancelled, then answered.
    bool asked = false;
    bool okWithoutReason = true;
    auto answer = [&](const QString &reason) {
        asked = false;
        QTimer::singleShot(0, [&, reason] {
            auto *dialog = qobject_cast<DeleteHouseholdDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            asked = true;
            QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("   "));
            okWithoutReason = dialog->okButton()->isEnabled();
            QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return); // refused: the dialog stays open
            if (reason.isEmpty() || !dialog->isVisible()) {
                dialog->reject();
                return;
            }
            dialog->reasonEdit()->clear();
            dialog->reasonEdit()->insert(reason); // keyClicks types only ASCII
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
    };
    answer(QString());
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(asked);
    CHECK_FALSE(okWithoutReason);
    CHECK(model->rowCount() == before);

    answer(QStringLiteral("整户迁出本县"));
    QApplication::setActiveWindow(&window); // the offscreen platform does not give it back after a dialog
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(asked);
    CHECK(model->rowCount() == before - 1);
    QSqlQuery q(TestSql::of(db));
    REQUIRE(q.exec(QStringLiteral("SELECT deleted_reason FROM household WHERE id = %1").arg(id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("整户迁出本县"));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log a JOIN household h ON h.uuid = a.record_uuid "
                                  "WHERE h.id = %1 AND a.field = 'deleted_reason'")
                       .arg(id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    // Ticking "Deleted" lists it; Restore brings it back.
    window.findChild<QCheckBox *>(QStringLiteral("deletedFilter"))->setChecked(true);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->idAt(0) == id);
    table->setCurrentIndex(model->index(0, 0));
    window.restoreSelectedHousehold();
    CHECK(model->rowCount() == 0);
    window.findChild<QCheckBox *>(QStringLiteral("deletedFilter"))->setChecked(false);
    CHECK(model->rowCount() == before);
}
