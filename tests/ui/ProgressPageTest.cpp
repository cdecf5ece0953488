// SPDX-License-Identifier: GPL-3.0-or-later
// The progress area (进度) in the real window, offscreen: every chart's bars carry the values of
// ProgressIndicators, a click on a bar opens the register on as many households as the bar counts,
// and the charts and the whole dashboard are written as PNG and PDF.
#include "progress/ProgressPage.h"
#include "AppSettings.h"
#include "ChartSheet.h"
#include "ChartSheetPrinter.h"
#include "MainWindow.h"
#include "db/CountyDatabase.h"
#include "households/HouseholdFilterBar.h"
#include "households/HouseholdTableModel.h"
#include "households/HouseholdsPage.h"
#include "progress/ProgressChartPanel.h"
#include "progress/ProgressIndicators.h"
#include "workspace/Workspace.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

namespace {

QAbstractBarSeries *barsOf(ProgressChartPanel *panel)
{
    REQUIRE(panel);
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars;
    }
    FAIL("no bar series in " << panel->objectName().toStdString());
    return nullptr;
}

QStringList categoriesOf(QAbstractBarSeries *bars)
{
    for (QAbstractAxis *axis : bars->attachedAxes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

// The chart's value for each category of its first bar set.
QHash<QString, int> valuesOf(ProgressChartPanel *panel)
{
    QAbstractBarSeries *bars = barsOf(panel);
    const QStringList categories = categoriesOf(bars);
    QHash<QString, int> values;
    for (int i = 0; i < categories.size(); ++i)
        values.insert(categories.at(i), qRound(bars->barSets().constFirst()->at(i)));
    return values;
}

QHash<QString, int> valuesOf(const QList<ProgressCount> &counts)
{
    QHash<QString, int> values;
    for (const ProgressCount &c : counts)
        values.insert(c.label, c.households);
    return values;
}

// Clicks the bar of a vertical bar chart's first set in its category, with the mouse.
void clickBar(ProgressChartPanel *panel, int category)
{
    QAbstractBarSeries *bars = barsOf(panel);
    const qreal value = bars->barSets().constFirst()->at(category);
    QChart *chart = panel->chart();
    const QPointF inChart = chart->mapToPosition(QPointF(category, value / 2), bars);
    const QPoint inView = panel->view()->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, inView);
}

} // namespace

TEST_CASE("ProgressPage: charts carry the core figures and a bar opens exactly its households", "[progress]")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.createCounty(
        dir.filePath(QStringLiteral("c.fupin")), QStringLiteral("522633"), QStringLiteral("从江县"), 400));
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    ProgressPage *page = nullptr;
    int index = 0;
    for (WorkspacePage *p : window.workspace()->pages()) {
        if ((page = qobject_cast<ProgressPage *>(p)))
            break;
        ++index;
    }
    REQUIRE(page);
    // Its own Ctrl+number.
    QTest::keyClick(&window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
    REQUIRE(window.workspace()->currentPage() == page);
    page->setYear(2019);
    REQUIRE(page->lastError().isEmpty());
    const ProgressFigures &shown = page->figures();
    REQUIRE(shown.year == 2019);
    const Result<ProgressFigures> core = ProgressIndicators(*window.database()).compute(shown.divisionId, 2019);
    REQUIRE(core.ok());
    const ProgressFigures &f = core.value();

    // Exits by month: bars and cumulative line.
    QAbstractBarSeries *exits = barsOf(page->panel(QStringLiteral("exitsChart")));
    REQUIRE(exits->barSets().constFirst()->count() == 12);
    int busiest = 0;
    for (int m = 0; m < 12; ++m) {
        CHECK(exits->barSets().constFirst()->at(m) == f.exitsByMonth[m].households);
        if (f.exitsByMonth[m].households > f.exitsByMonth[busiest].households)
            busiest = m;
    }
    REQUIRE(f.exitsByMonth[busiest].households > 0);
    // The goal line follows the timetable: where the cumulative total should stand at each month's end.
    REQUIRE(f.goalByMonth.size() == 12);
    QLineSeries *goal = nullptr;
    for (QAbstractSeries *s : page->panel(QStringLiteral("exitsChart"))->chart()->series()) {
        if (s->objectName() == QStringLiteral("goalSeries"))
            goal = qobject_cast<QLineSeries *>(s);
    }
    REQUIRE(goal);
    REQUIRE(goal->count() == 12);
    int planned = 0;
    for (int m = 0; m < 12; ++m) {
        planned += f.goalByMonth[m];
        CHECK(goal->at(m) == QPointF(m, planned));
    }
    CHECK(planned == f.goalHouseholds);
    CHECK(goal->at(0).y() < goal->at(11).y());
    CHECK(valuesOf(page->panel(QStringLiteral("causeChart"))) == valuesOf(f.byCause));
    CHECK(valuesOf(page->panel(QStringLiteral("attributeChart"))) == valuesOf(f.byAttribute));
    CHECK(valuesOf(page->panel(QStringLiteral("statusChart"))) == valuesOf(f.byStatus));
    CHECK(valuesOf(page->panel(QStringLiteral("riskChart"))) == valuesOf(f.monitoredByRisk));
    QAbstractBarSeries *visits = barsOf(page->panel(QStringLiteral("visitsChart")));
    for (int m = 0; m < 12; ++m)
        CHECK(visits->barSets().constFirst()->at(m) == f.visitsByMonth[m]);
    // Incidence: one bar per village, in the set of its side of the line.
    QAbstractBarSeries *incidence = barsOf(page->panel(QStringLiteral("incidenceChart")));
    REQUIRE(categoriesOf(incidence).size() == f.villages.size());
    for (int i = 0; i < f.villages.size(); ++i) {
        const VillageIncidence &v = f.villages.at(f.villages.size() - 1 - i);
        const qreal sum = incidence->barSets().at(0)->at(i) + incidence->barSets().at(1)->at(i);
        CHECK(sum == Approx(v.percent));
        CHECK((incidence->barSets().at(1)->at(i) > 0) == (v.percent > f.incidenceLinePercent));
    }
    QAbstractBarSeries *projects = barsOf(page->panel(QStringLiteral("projectsChart")));
    int projectSum = 0;
    for (const ProgressCount &c : f.projectsByStatus)
        projectSum += c.households;
    CHECK(projects->barSets().constFirst()->sum() == projectSum);

    // A click on the busiest month's bar: the register lists exactly its households.
    clickBar(page->panel(QStringLiteral("exitsChart")), busiest);
    REQUIRE(QTest::qWaitFor([&] { return window.workspace()->currentPage() == window.householdsPage(); }));
    HouseholdTableModel *model = window.householdModel();
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == f.exitsByMonth[busiest].households; }));
    auto *label = window.filterBar()->findChild<QLabel *>(QStringLiteral("progressSelection"));
    REQUIRE(label);
    CHECK(label->isVisible());
    CHECK(label->text().contains(QString::number(f.exitsByMonth[busiest].households)));
    // "Show all" leaves the selection: the whole division again.
    auto *showAll = window.filterBar()->findChild<QToolButton *>(QStringLiteral("clearProgressSelection"));
    REQUIRE(showAll);
    showAll->click();
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() > f.exitsByMonth[busiest].households; }));
    CHECK_FALSE(label->isVisible());

    // Every chart saves as PNG and PDF; the dashboard prints to a PDF of three A4 landscape pages.
    ProgressChartPanel *exitsPanel = page->panel(QStringLiteral("exitsChart"));
    REQUIRE(exitsPanel->save(dir.filePath(QStringLiteral("exits.png"))).ok());
    CHECK_FALSE(QImage(dir.filePath(QStringLiteral("exits.png"))).isNull());
    REQUIRE(exitsPanel->save(dir.filePath(QStringLiteral("exits.pdf"))).ok());
    QFile pdf(dir.filePath(QStringLiteral("exits.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    REQUIRE(page->writePdf(dir.filePath(QStringLiteral("dashboard.pdf"))).ok());
    QFile whole(dir.filePath(QStringLiteral("dashboard.pdf")));
    REQUIRE(whole.open(QIODevice::ReadOnly));
    CHECK(whole.read(5) == QByteArray("%PDF-"));
    // To look at the printed pages (pdftoppm): FUPIN_KEEP_DASHBOARD_PDF=/tmp/d.pdf.
    if (const QString keep = qEnvironmentVariable("FUPIN_KEEP_DASHBOARD_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(whole.fileName(), keep);
    }
    CHECK(page->panels().size() == 12);
    CHECK(ChartSheetPrinter::pageCount(page->sheet()) >= 3);
}
