// SPDX-License-Identifier: GPL-3.0-or-later
// The data-quality panel: a county check in a worker thread, with progress, cancel and findings.
#include "quality/QualityPanel.h"
#include "../TestSql.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "db/CountyDatabase.h"
#include "divisions/DivisionTreeModel.h"
#include "households/HouseholdEditor.h"
#include "quality/QualityFindingsModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

namespace {

// A main window over a small demo county in a temporary file (the worker opens the file again),
// with the county selected and one household of it breaking a rule.
struct Fixture
{
    QTemporaryDir dir;
    MainWindow window;
    QualityPanel *panel = nullptr;
    qint64 brokenId = 0;
    QString brokenCode;

    Fixture()
    {
        AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
        window.show();
        REQUIRE(window.createCounty(
            dir.filePath(QStringLiteral("c.fupin")), QStringLiteral("522633"), QStringLiteral("从江县"), 300));
        QTreeView *tree = window.divisionView();
        tree->setCurrentIndex(tree->model()->index(0, 0));
        // Nobody ill although the cause is 因病.
        QSqlQuery q(TestSql::of(*window.database()));
        REQUIRE(q.exec(QStringLiteral("SELECT id, code FROM household WHERE deleted_at IS NULL ORDER BY id LIMIT 1")));
        REQUIRE(q.next());
        brokenId = q.value(0).toLongLong();
        brokenCode = q.value(1).toString();
        REQUIRE(q.exec(QStringLiteral("UPDATE household SET main_cause_code = '01' WHERE id = %1").arg(brokenId)));
        REQUIRE(q.exec(QStringLiteral("UPDATE member SET health_codes = '1' WHERE household_id = %1").arg(brokenId)));
        panel = window.findChild<QualityPanel *>(QStringLiteral("qualityPanel"));
        REQUIRE(panel);
        // Ctrl+Shift+Q opens the panel, as a user would; a shortcut needs the window active.
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(panel->isVisible());
    }
};

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("a county check runs in the background and can be cancelled")
{
    Fixture f;
    QAbstractItemModelTester tester(f.panel->findingsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *progress = child<QProgressBar>(f.panel, "qualityProgress");
    auto *run = child<QPushButton>(f.panel, "qualityRunButton");
    auto *cancel = child<QPushButton>(f.panel, "qualityCancelButton");
    auto *summary = child<QLabel>(f.panel, "qualitySummary");
    CHECK_FALSE(progress->isVisible());
    CHECK_FALSE(cancel->isVisible());

    run->click();
    // The click returns at once: the check runs in a worker and the window is still ours.
    CHECK(f.panel->isRunning());
    CHECK(progress->isVisible());
    CHECK(cancel->isVisible());
    CHECK_FALSE(run->isEnabled());
    cancel->click();
    REQUIRE(QTest::qWaitFor([&] { return !f.panel->isRunning(); }, 20000));

    // Nothing is shown as complete: no findings, no totals, no progress bar.
    CHECK_FALSE(progress->isVisible());
    CHECK_FALSE(cancel->isVisible());
    CHECK(run->isEnabled());
    CHECK(f.panel->findingsModel()->rowCount() == 0);
    CHECK(summary->text().contains(QStringLiteral("cancelled")));
    CHECK(summary->text().contains(QStringLiteral("从江县")));
    CHECK_FALSE(summary->text().contains(QStringLiteral("warnings")));

    // A new check after a cancelled one completes.
    run->click();
    REQUIRE(QTest::qWaitFor([&] { return !f.panel->isRunning(); }, 20000));
    CHECK(f.panel->findingsModel()->rowCount() > 0);
}

TEST_CASE("a completed county check lists the findings and opens a finding's household")
{
    Fixture f;
    QAbstractItemModelTester tester(f.panel->findingsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *progress = child<QProgressBar>(f.panel, "qualityProgress");
    int finished = 0;
    QObject::connect(f.panel, &QualityPanel::checkFinished, [&] { ++finished; });
    child<QPushButton>(f.panel, "qualityRunButton")->click();
    CHECK(progress->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return !f.panel->isRunning(); }, 20000));
    CHECK(finished == 1);
    CHECK_FALSE(progress->isVisible());
    CHECK(progress->value() == progress->maximum()); // every household was counted

    QualityFindingsModel *model = f.panel->findingsModel();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, QualityFindingsModel::HouseholdColumn).data().toString() == f.brokenCode
            && model->index(r, QualityFindingsModel::RuleColumn).data().toString() == QStringLiteral("Q03"))
            row = r;
    }
    REQUIRE(row >= 0);
    const QString summary = child<QLabel>(f.panel, "qualitySummary")->text();
    CHECK(summary.contains(QStringLiteral("warnings")));
    CHECK(summary.contains(QStringLiteral("从江县"))); // the county, current since it was opened
    CHECK_FALSE(summary.contains(QStringLiteral(": 0 errors, 0 warnings")));

    // Sorting by household and showing errors only keep the model sound (the tester watches).
    QTableView *view = f.panel->findingsTable();
    view->sortByColumn(QualityFindingsModel::HouseholdColumn, Qt::DescendingOrder);
    QString previous;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString code = model->index(r, QualityFindingsModel::HouseholdColumn).data().toString();
        if (r > 0)
            CHECK(QString::localeAwareCompare(previous, code) >= 0);
        previous = code;
    }
    const int all = model->rowCount();
    auto *severity = child<QComboBox>(f.panel, "qualitySeverityCombo");
    severity->setCurrentIndex(1);
    CHECK(model->rowCount() < all); // Q03 is a warning
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(model->index(r, QualityFindingsModel::SeverityColumn).data().toString() == QStringLiteral("Error"));
    severity->setCurrentIndex(0);
    REQUIRE(model->rowCount() == all);

    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, QualityFindingsModel::HouseholdColumn).data().toString() == f.brokenCode)
            row = r;
    }
    // Tab leaves the findings table instead of walking its cells.
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_Tab);
    CHECK(view->currentIndex() == model->index(0, 0));

    emit view->activated(model->index(row, QualityFindingsModel::MessageColumn));
    HouseholdEditor *editor = f.window.editorFor(f.brokenId);
    REQUIRE(editor);
    editor->close();
}

TEST_CASE("the findings model filters and sorts")
{
    QualityFindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Finding> findings{
        {QStringLiteral("Q02"), Severity::Error, 2, QStringLiteral("B"), QStringLiteral("乙"), QStringLiteral("m1")},
        {QStringLiteral("Q09"), Severity::Warning, 1, QStringLiteral("A"), QStringLiteral("甲"), QStringLiteral("m2")},
        {QStringLiteral("Q14"), Severity::Error, 3, QStringLiteral("C"), QStringLiteral("丙"), QStringLiteral("m3")},
    };
    model.setFindings(findings);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, QualityFindingsModel::RuleColumn).data().toString() == QStringLiteral("Q02"));
    model.sort(QualityFindingsModel::HouseholdColumn, Qt::AscendingOrder);
    CHECK(model.index(0, QualityFindingsModel::HouseholdColumn).data().toString() == QStringLiteral("A"));
    CHECK(model.index(0, 0).data(QualityFindingsModel::HouseholdIdRole).toLongLong() == 1);
    model.setSeverityFilter(Severity::Error);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, QualityFindingsModel::HouseholdColumn).data().toString() == QStringLiteral("B"));
    model.sort(QualityFindingsModel::HouseholdColumn, Qt::DescendingOrder);
    CHECK(model.index(0, QualityFindingsModel::HouseholdColumn).data().toString() == QStringLiteral("C"));
    model.setSeverityFilter(std::nullopt);
    CHECK(model.rowCount() == 3);
    model.setFindings({});
    CHECK(model.rowCount() == 0);
}
