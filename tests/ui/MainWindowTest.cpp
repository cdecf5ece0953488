// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "AppSettings.h"
#include "CountyDatabase.h"
#include "divisions/DivisionTreeModel.h"
#include "households/HouseholdTableModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

namespace {

int scalar(CountyDatabase &db, const QString &sql)
{
    QSqlQuery q(db.sql());
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
    QAbstractItemModelTester treeTester(tree->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester tableTester(table->model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    // The county is the root, with its townships below it.
    const QModelIndex county = tree->model()->index(0, 0);
    CHECK(county.data().toString() == QStringLiteral("从江县"));
    CHECK(
        tree->model()->rowCount(county) == scalar(db, QStringLiteral("SELECT count(*) FROM division WHERE level = 2")));
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
    QSqlQuery q(db.sql());
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
    const int rows = model->rowCount();
    REQUIRE(rows > 3 * HouseholdTableModel::PageSize);
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
