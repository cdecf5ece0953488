// SPDX-License-Identifier: GPL-3.0-or-later
// Signed in as the demo's village account, the window shows its village only: in the division tree
// (with the path above it) and in the register, whichever division is selected.
#include "../TestSql.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "accounts/Account.h"
#include "accounts/LoginDialog.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "divisions/DivisionTreeModel.h"
#include "register/HouseholdList.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QSet>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

namespace {

QSet<qint64> ids(QSqlDatabase &db, const QString &sql)
{
    QSet<qint64> found;
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    while (q.next())
        found.insert(q.value(0).toLongLong());
    return found;
}

void collect(const QAbstractItemModel *model, const QModelIndex &parent, QSet<qint64> &found)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        found.insert(index.data(DivisionTreeModel::IdRole).toLongLong());
        collect(model, index, found);
    }
}

} // namespace

TEST_CASE("Signed in as a village account, the tree and the register show its village only", "[readscope]")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("c.fupin"));
    MainWindow window;
    window.show();
    REQUIRE(window.createCounty(path, QStringLiteral("522633"), QStringLiteral("从江县"), 200));
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->loginEdit()->setText(QStringLiteral("village"));
        dialog->passwordEdit()->setText(QString::fromLatin1(DemoGenerator::DemoPassword));
        dialog->accept();
    });
    REQUIRE(window.openCounty(path));
    CountyDatabase &db = *window.database();
    REQUIRE(db.account().login == QStringLiteral("village"));
    const qint64 village = db.account().scope.value(0);
    REQUIRE(village != 0);

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("divisionTree"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("householdTable"));
    REQUIRE(tree);
    REQUIRE(table);
    QAbstractItemModelTester treeTester(tree->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester tableTester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The tree: the county and the township above the village, the village and its groups.
    const QSet<qint64> expected = ids(TestSql::of(db),
        QStringLiteral(
            "SELECT id FROM division WHERE id = %1 OR parent_id = %1 OR id = (SELECT parent_id FROM division "
            "WHERE id = %1) OR level = 1")
            .arg(village));
    QSet<qint64> shown;
    collect(tree->model(), {}, shown);
    CHECK(shown == expected);
    CHECK(ids(TestSql::of(db), QStringLiteral("SELECT id FROM division WHERE level = 3")).intersect(shown)
        == QSet<qint64>{village});
    // The county's count is that of the village, not of the whole county.
    const QSet<qint64> own = ids(TestSql::of(db),
        QStringLiteral("SELECT id FROM household WHERE deleted_at IS NULL AND village_id = %1").arg(village));
    REQUIRE_FALSE(own.isEmpty());
    const QModelIndex county = tree->model()->index(0, 0);
    // The counts follow the first paint.
    REQUIRE(
        QTest::qWaitFor([&] { return county.siblingAtColumn(1).data().toString() == QString::number(own.size()); }));

    // The register, with the county selected: the village's households and nothing else.
    tree->setCurrentIndex(county);
    REQUIRE(QTest::qWaitFor([&] { return table->model()->rowCount() == own.size(); }));
    QString villageName;
    QSqlQuery q(TestSql::of(db));
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM division WHERE id = %1").arg(village)));
    REQUIRE(q.next());
    villageName = q.value(0).toString();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        CHECK(table->model()->index(row, HouseholdList::Village).data().toString() == villageName);
}
