// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressPage.h"

#include "AssessmentView.h"
#include "ChartSheet.h"
#include "ChartSheetPrinter.h"
#include "ChartStyle.h"
#include "GoalsGrid.h"
#include "ProgressChartPanel.h"
#include "county/PovertyStandards.h"
#include "db/CountyDatabase.h"
#include "progress/ProgressIndicators.h"
#include "widgets/AreaIcon.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace {

constexpr int FirstYear = 2014;

// A value axis from 0 to a little above the largest value, with whole ticks for counts.
QValueAxis *valueAxis(double maximum, bool counts)
{
    auto *axis = new QValueAxis;
    const double top = maximum <= 0 ? 1 : maximum * 1.18;
    axis->setRange(0, counts ? std::ceil(top) : top);
    axis->setLabelFormat(counts ? QStringLiteral("%d") : QStringLiteral("%.1f"));
    axis->setTickCount(5);
    if (counts && top < 4)
        axis->setTickCount(int(std::ceil(top)) + 1);
    else
        axis->applyNiceNumbers(); // ticks at 0, 2, 4 ... not at 3.1, 6.2
    ChartStyle::applyTo(axis);
    return axis;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    ChartStyle::applyTo(axis);
    return axis;
}

QChart *newChart()
{
    auto *chart = new QChart;
    ChartStyle::applyTo(chart);
    return chart;
}

// The height a horizontal bar chart needs for its categories to stay apart.
int heightFor(qsizetype categories, int sets = 1)
{
    return std::max(260, int(categories) * (22 + 10 * sets) + 90);
}

double wan(qint64 fen)
{
    return double(fen) / 1'000'000.0; // 万元
}

} // namespace

ProgressPage::ProgressPage(QWidget *parent) : WorkspacePage(parent)
{
    setObjectName(QStringLiteral("progressPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *bar = new QHBoxLayout;
    m_year = new QComboBox;
    m_year->setObjectName(QStringLiteral("progressYear"));
    m_year->setAccessibleName(tr("Year"));
    for (int y = QDate::currentDate().year(); y >= FirstYear; --y)
        m_year->addItem(QString::number(y), y);
    auto *yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    auto *print = new QPushButton(tr("&Print…"));
    print->setObjectName(QStringLiteral("printDashboard"));
    print->setToolTip(tr("Print the whole dashboard on A4 landscape (a preview first)"));
    auto *pdf = new QPushButton(tr("P&DF…"));
    pdf->setObjectName(QStringLiteral("dashboardPdf"));
    pdf->setToolTip(tr("Save the whole dashboard as a PDF"));
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(m_summary, 1);
    bar->addWidget(print);
    bar->addWidget(pdf);
    layout->addLayout(bar);
    connect(m_year, &QComboBox::currentIndexChanged, this, &ProgressPage::refresh);
    connect(print, &QPushButton::clicked, this, &ProgressPage::printDashboard);
    connect(pdf, &QPushButton::clicked, this, &ProgressPage::saveDashboardPdf);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("progressTabs"));
    layout->addWidget(m_tabs, 1);
    auto *dashboard = new QWidget;
    m_grid = new QGridLayout(dashboard);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidget(dashboard);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("Dashboard"));
    m_assessment = new AssessmentView;
    m_assessment->setObjectName(QStringLiteral("assessmentView"));
    addTab(m_assessment, tr("Exit and risk assessment"));
    m_goals = new GoalsGrid;
    m_goals->setObjectName(QStringLiteral("goalsGrid"));
    addTab(m_goals, tr("Goals and timetable"));
    // A goal saved changes the dashboard's goal line at once.
    connect(m_goals, &GoalsGrid::goalsSaved, this, &ProgressPage::refresh);

    addPanel(QStringLiteral("exitsChart"), tr("Exits per month, cumulative, against the goal"), 0, 0);
    addPanel(QStringLiteral("timelyChart"), tr("Measures within a month, visits overdue"), 0, 1);
    addPanel(QStringLiteral("incidenceChart"), tr("Poverty incidence by village"), 1, 0, 2);
    addPanel(QStringLiteral("causeChart"), tr("Households by main cause (now)"), 2, 0);
    addPanel(QStringLiteral("attributeChart"), tr("Households by attribute (now)"), 2, 1);
    addPanel(QStringLiteral("statusChart"), tr("Households by status (now)"), 3, 0);
    addPanel(QStringLiteral("monitoringChart"), tr("Monitoring households by category"), 3, 1);
    addPanel(QStringLiteral("riskChart"), tr("Monitoring households by risk (now)"), 4, 0);
    addPanel(QStringLiteral("visitsChart"), tr("Visits per month"), 4, 1);
    addPanel(QStringLiteral("fundsSourceChart"), tr("Funds by source (10,000 yuan)"), 5, 0);
    addPanel(QStringLiteral("fundsFormChart"), tr("Funds by assistance form (10,000 yuan)"), 5, 1);
    addPanel(QStringLiteral("projectsChart"), tr("Projects of the year by status"), 6, 0);
}

QString ProgressPage::title() const
{
    return tr("Progress");
}

QIcon ProgressPage::icon() const
{
    return AreaIcon::make(tr("G", "the one character on the progress area's icon"), QColor(QStringLiteral("#2f855a")));
}

int ProgressPage::addTab(QWidget *tab, const QString &title)
{
    return m_tabs->addTab(tab, title);
}

ProgressChartPanel *ProgressPage::addPanel(const QString &name, const QString &title, int row, int column, int span)
{
    auto *panel = new ProgressChartPanel(name, title);
    m_grid->addWidget(panel, row, column, 1, span);
    m_panels << panel;
    return panel;
}

ProgressChartPanel *ProgressPage::panel(const QString &name) const
{
    for (ProgressChartPanel *p : m_panels) {
        if (p->objectName() == name)
            return p;
    }
    return nullptr;
}

void ProgressPage::setCounty(CountyDatabase *db, const CodeLists *)
{
    m_db = db;
    m_divisionId = 0;
    m_figures = {};
    m_assessment->setCounty(db);
    m_goals->setCounty(db);
    if (!db) {
        build();
        return;
    }
    // On the last year of the county's history (a demo county ends last December).
    // The figures follow at once: the workspace tells the page its division next (setDivision).
    const QSignalBlocker blocker(m_year);
    setYear(ProgressIndicators(*db).latestYear());
}

void ProgressPage::setDivision(qint64 divisionId)
{
    m_divisionId = divisionId;
    refresh();
}

int ProgressPage::year() const
{
    return m_year->currentData().toInt();
}

void ProgressPage::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

QString ProgressPage::yearText() const
{
    return tr("%1", "a year as written on the dashboard (2019年)").arg(m_figures.year);
}

void ProgressPage::refresh()
{
    if (!m_db)
        return;
    const Result<ProgressFigures> figures = ProgressIndicators(*m_db).compute(m_divisionId, year());
    if (!figures) {
        m_error = figures.error();
        m_figures = {};
        m_summary->setText(m_error);
    } else {
        m_error.clear();
        m_figures = figures.value();
        const ProgressFigures &f = m_figures;
        m_summary->setText(
            tr("%1, %2: incidence %3% (%4 poor people of %5), %6 %7 in the year.")
                .arg(f.divisionName, yearText())
                .arg(QLocale().toString(f.incidencePercent, 'f', 2))
                .arg(f.poorPeople)
                .arg(f.ruralPeople)
                .arg(f.exitedInYear())
                .arg(f.monitoringEra ? tr("households cleared of risk") : tr("households out of poverty")));
    }
    build();
    // The assessment tab follows the tree and the year; its kind follows the era (exit up to 2020).
    m_assessment->setDivision(m_divisionId, m_figures.divisionName);
    m_assessment->setYear(year());
    if (m_goals->year() != year())
        m_goals->setYear(year()); // a grid with unsaved goals keeps its year and says why
    m_assessment->setKind(year() > PovertyStandards::LastPovertyLineYear ? BulkAssessment::Kind::RiskElimination
                                                                         : BulkAssessment::Kind::Exit);
}

void ProgressPage::build()
{
    if (m_figures.year == 0) {
        for (ProgressChartPanel *p : std::as_const(m_panels))
            p->setChart(newChart());
        return;
    }
    buildExits();
    buildTimely();
    buildIncidence();
    buildRegister(panel(QStringLiteral("causeChart")), m_figures.byCause, tr("Households"));
    buildRegister(panel(QStringLiteral("attributeChart")), m_figures.byAttribute, tr("Households"));
    buildRegister(panel(QStringLiteral("statusChart")), m_figures.byStatus, tr("Households"));
    buildMonitoring();
    buildRegister(panel(QStringLiteral("riskChart")), m_figures.monitoredByRisk, tr("Monitoring households"));
    buildVisits();
    buildFunds(panel(QStringLiteral("fundsSourceChart")), m_figures.fundsBySource);
    buildFunds(panel(QStringLiteral("fundsFormChart")), m_figures.fundsByForm);
    buildProjects();
}

void ProgressPage::connectClicks(QBarSet *set, const QList<ProgressCount> &counts, const QString &what)
{
    connect(set, &QBarSet::clicked, this, [this, counts, what](int index) {
        if (index < 0 || index >= counts.size() || !counts.at(index).listsHouseholds)
            return;
        const ProgressCount &c = counts.at(index);
        emit householdsRequested(c.filter,
            tr("%1, %2: %3 (%n household(s))", nullptr, c.households).arg(m_figures.divisionName, what, c.label));
    });
}

void ProgressPage::buildExits()
{
    const ProgressFigures &f = m_figures;
    const QString what = f.monitoringEra ? tr("Risks cleared") : tr("Exits");
    ProgressChartPanel *p = panel(QStringLiteral("exitsChart"));
    QStringList months;
    QList<ProgressCount> counts = f.exitsByMonth;
    auto *set = new QBarSet(tr("%1 in the month (households)").arg(what));
    ChartStyle::applyTo(set, 0);
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative"));
    cumulative->setPen(ChartStyle::linePen(0));
    cumulative->setPointsVisible(true);
    int sum = 0;
    for (int m = 0; m < counts.size(); ++m) {
        months << QString::number(m + 1); // 10月, 11月 would not fit under their bars at 1366×768
        counts[m].label = tr("%1 in month %2").arg(what).arg(m + 1);
        set->append(counts[m].households);
        sum += counts[m].households;
        cumulative->append(m, sum);
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    connectClicks(set, counts, f.monitoringEra ? tr("risk cleared") : tr("exited"));
    QChart *chart = newChart();
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    double top = sum;
    if (f.goalHouseholds >= 0) {
        auto *goal = new QLineSeries;
        goal->setObjectName(QStringLiteral("goalSeries"));
        goal->setPen(ChartStyle::linePen(1));
        if (f.goalByMonth.size() == counts.size()) {
            // The timetable, cumulative like the exits: where the total should stand at each month's end.
            goal->setName(tr("Timetable: %n household(s) in the year", nullptr, f.goalHouseholds));
            int planned = 0;
            for (int m = 0; m < counts.size(); ++m) {
                planned += f.goalByMonth.at(m);
                goal->append(m, planned);
            }
            goal->setPointsVisible(true);
        } else {
            goal->setName(tr("Goal: %n household(s)", nullptr, f.goalHouseholds));
            goal->append(-0.5, f.goalHouseholds);
            goal->append(counts.size() - 0.5, f.goalHouseholds);
        }
        chart->addSeries(goal);
        top = std::max<double>(top, f.goalHouseholds);
    }
    QBarCategoryAxis *x = categoryAxis(months);
    x->setTitleText(tr("Month"));
    QValueAxis *y = valueAxis(top, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    p->setChart(chart);
    p->setNote(f.goalHouseholds < 0
            ? tr("%1 households in %2; no goal is set for %3.").arg(sum).arg(yearText(), f.divisionName)
            : tr("%1 of %2 households of the goal in %3.").arg(sum).arg(f.goalHouseholds).arg(yearText()));
}

void ProgressPage::buildIncidence()
{
    const ProgressFigures &f = m_figures;
    ProgressChartPanel *p = panel(QStringLiteral("incidenceChart"));
    // Villages over the line in their own, cross-hatched set: they stand out in colour and in grey.
    auto *under = new QBarSet(tr("At or under %1%").arg(f.incidenceLinePercent));
    auto *over = new QBarSet(tr("Over %1%").arg(f.incidenceLinePercent));
    ChartStyle::applyTo(under, 0);
    ChartStyle::applyTo(over, 0);
    over->setBrush(ChartStyle::alarmBrush());
    over->setPen(QPen(ChartStyle::alarmColor().darker(130), 1));
    QStringList names;
    QList<ProgressCount> counts;
    double top = f.incidenceLinePercent;
    int overCount = 0;
    // Bottom to top in a horizontal chart: reversed, so the first village is at the top.
    for (auto it = f.villages.crbegin(); it != f.villages.crend(); ++it) {
        const VillageIncidence &v = *it;
        QString name = v.name;
        if (!v.ruralPeopleRecorded)
            name += u'*';
        names << name;
        const bool isOver = v.percent > f.incidenceLinePercent;
        overCount += isOver;
        under->append(isOver ? 0 : v.percent);
        over->append(isOver ? v.percent : 0);
        top = std::max(top, v.percent);
        ProgressCount c;
        c.label = tr("poor at the end of the year in %1").arg(v.name);
        c.households = v.poorHouseholds;
        c.filter = v.filter;
        counts << c;
    }
    // Stacked: a village has one bar, in the set of its side of the line.
    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(under);
    bars->append(over);
    bars->setBarWidth(0.8);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value%"));
    bars->setLabelsPrecision(3);
    connectClicks(under, counts, yearText());
    connectClicks(over, counts, yearText());
    QChart *chart = newChart();
    chart->addSeries(bars);
    QBarCategoryAxis *y = categoryAxis(names);
    QValueAxis *x = valueAxis(top, false);
    x->setTitleText(tr("Poor people / rural registered people, %"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(y);
    bars->attachAxis(x);
    // The line: a vertical line at the percentage, on its own axis over the categories.
    auto *line = new QLineSeries;
    line->setName(tr("Line %1%").arg(f.incidenceLinePercent));
    line->setPen(ChartStyle::linePen(1));
    line->append(f.incidenceLinePercent, 0);
    line->append(f.incidenceLinePercent, 1);
    chart->addSeries(line);
    auto *lineAxis = new QValueAxis;
    lineAxis->setRange(0, 1);
    lineAxis->setVisible(false);
    chart->addAxis(lineAxis, Qt::AlignRight);
    line->attachAxis(x);
    line->attachAxis(lineAxis);
    p->setChart(chart);
    p->view()->setMinimumHeight(heightFor(names.size()));
    QString note = tr("%n village(s) over the line.", nullptr, overCount);
    if (!f.ruralPeopleRecorded)
        note += u' '
            + tr("* No rural population is recorded for the village: its registered people are counted instead.");
    p->setNote(note);
}

void ProgressPage::buildRegister(ProgressChartPanel *p, const QList<ProgressCount> &counts, const QString &setName)
{
    auto *set = new QBarSet(setName);
    ChartStyle::applyTo(set, 0);
    QStringList labels;
    double top = 0;
    QList<ProgressCount> reversed;
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) {
        labels << it->label;
        set->append(it->households);
        top = std::max<double>(top, it->households);
        reversed << *it;
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setBarWidth(0.7);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    connectClicks(set, reversed, p->title());
    QChart *chart = newChart();
    chart->addSeries(bars);
    chart->legend()->hide();
    QBarCategoryAxis *y = categoryAxis(labels);
    QValueAxis *x = valueAxis(top, true);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(y);
    bars->attachAxis(x);
    p->setChart(chart);
    p->view()->setMinimumHeight(heightFor(labels.size()));
    p->setNote(counts.isEmpty() ? tr("No households.") : QString());
}

void ProgressPage::buildMonitoring()
{
    const ProgressFigures &f = m_figures;
    ProgressChartPanel *p = panel(QStringLiteral("monitoringChart"));
    // Every category any of the three lists has, in the lists' order.
    QStringList codes, labels;
    for (const auto *list : {&f.monitoredByCategory, &f.monitoredInYearByCategory, &f.clearedInYearByCategory}) {
        for (const ProgressCount &c : *list) {
            if (!codes.contains(c.code)) {
                codes << c.code;
                labels << c.label;
            }
        }
    }
    auto *bars = new QBarSeries;
    const QList<std::pair<QString, const QList<ProgressCount> *>> sets{{tr("Monitored now"), &f.monitoredByCategory},
        {tr("Taken in, %1").arg(yearText()), &f.monitoredInYearByCategory},
        {tr("Cleared, %1").arg(yearText()), &f.clearedInYearByCategory}};
    double top = 0;
    for (int n = 0; n < sets.size(); ++n) {
        auto *set = new QBarSet(sets[n].first);
        ChartStyle::applyTo(set, n);
        QList<ProgressCount> aligned;
        for (const QString &code : std::as_const(codes)) {
            ProgressCount c;
            c.listsHouseholds = false;
            for (const ProgressCount &e : *sets[n].second) {
                if (e.code == code)
                    c = e;
            }
            c.label = sets[n].first + u' ' + labels.at(aligned.size());
            set->append(c.households);
            top = std::max<double>(top, c.households);
            aligned << c;
        }
        connectClicks(set, aligned, tr("monitoring"));
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    QChart *chart = newChart();
    chart->addSeries(bars);
    QBarCategoryAxis *x = categoryAxis(labels);
    QValueAxis *y = valueAxis(top, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    p->setChart(chart);
    p->setNote(codes.isEmpty() ? tr("No monitoring households.") : QString());
}

void ProgressPage::buildTimely()
{
    const ProgressFigures &f = m_figures;
    ProgressChartPanel *p = panel(QStringLiteral("timelyChart"));
    ProgressCount identified;
    identified.label = f.monitoringEra ? tr("Taken into monitoring") : tr("Identified");
    identified.households = f.identifiedInYear;
    identified.listsHouseholds = false;
    ProgressCount inTime;
    inTime.label = tr("Measure within a month");
    inTime.households = f.measuredInTime;
    inTime.listsHouseholds = false;
    ProgressCount paired;
    paired.label = tr("Paired with a cadre");
    paired.households = f.pairedHouseholds;
    paired.listsHouseholds = false;
    const QList<ProgressCount> counts{identified, inTime, f.lateMeasure, paired, f.overdue};
    auto *set = new QBarSet(tr("Households"));
    ChartStyle::applyTo(set, 0);
    auto *alarm = new QBarSet(tr("To follow up (click for the list)"));
    ChartStyle::applyTo(alarm, 1);
    alarm->setBrush(ChartStyle::alarmBrush());
    alarm->setPen(QPen(ChartStyle::alarmColor().darker(130), 1));
    QStringList labels;
    double top = 0;
    QList<ProgressCount> reversed;
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) {
        labels << it->label;
        const bool follow = it->listsHouseholds;
        set->append(follow ? 0 : it->households);
        alarm->append(follow ? it->households : 0);
        top = std::max<double>(top, it->households);
        reversed << *it;
    }
    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(set);
    bars->append(alarm);
    bars->setBarWidth(0.7);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    connectClicks(alarm, reversed, yearText());
    QChart *chart = newChart();
    chart->addSeries(bars);
    QBarCategoryAxis *y = categoryAxis(labels);
    QValueAxis *x = valueAxis(top, true);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(y);
    bars->attachAxis(x);
    p->setChart(chart);
    const int share = f.identifiedInYear > 0 ? qRound(100.0 * f.measuredInTime / f.identifiedInYear) : 0;
    p->setNote(tr("%1% of the households identified in %2 had a measure within a month. Overdue: no visit in %3 "
                  "days before %4.")
                   .arg(share)
                   .arg(yearText())
                   .arg(f.overdueDays)
                   .arg(f.referenceDate));
}

void ProgressPage::buildVisits()
{
    const ProgressFigures &f = m_figures;
    ProgressChartPanel *p = panel(QStringLiteral("visitsChart"));
    auto *set = new QBarSet(tr("Visits"));
    ChartStyle::applyTo(set, 2);
    QStringList months;
    double top = 0;
    for (int m = 0; m < f.visitsByMonth.size(); ++m) {
        months << QString::number(m + 1);
        set->append(f.visitsByMonth[m]);
        top = std::max<double>(top, f.visitsByMonth[m]);
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    QChart *chart = newChart();
    chart->addSeries(bars);
    chart->legend()->hide();
    QBarCategoryAxis *x = categoryAxis(months);
    x->setTitleText(tr("Month"));
    QValueAxis *y = valueAxis(top, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    p->setChart(chart);
}

void ProgressPage::buildFunds(ProgressChartPanel *p, const QList<FundFigures> &funds)
{
    const ProgressFigures &f = m_figures;
    QStringList labels;
    auto *received = new QBarSet(tr("Received"));
    auto *allocated = new QBarSet(tr("Allocated"));
    auto *disbursed = new QBarSet(tr("Disbursed"));
    double top = 0;
    for (auto it = funds.crbegin(); it != funds.crend(); ++it) {
        labels << it->label;
        received->append(wan(it->receivedFen));
        allocated->append(wan(it->allocatedFen));
        disbursed->append(wan(it->disbursedFen));
        top = std::max({top, wan(it->receivedFen), wan(it->allocatedFen), wan(it->disbursedFen)});
    }
    auto *bars = new QHorizontalBarSeries;
    int n = 0;
    for (QBarSet *set : {received, allocated, disbursed}) {
        ChartStyle::applyTo(set, n++);
        if (set == received && !f.receiptsCounted) {
            delete set;
            continue;
        }
        bars->append(set);
    }
    bars->setBarWidth(0.85);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsPrecision(4);
    QChart *chart = newChart();
    chart->addSeries(bars);
    QBarCategoryAxis *y = categoryAxis(labels);
    QValueAxis *x = valueAxis(top, false);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(y);
    bars->attachAxis(x);
    p->setChart(chart);
    p->view()->setMinimumHeight(heightFor(labels.size(), bars->count()));
    p->setNote(funds.isEmpty()  ? tr("No fund entries in %1.").arg(yearText())
            : f.receiptsCounted ? QString()
                                : tr("Receipts are the county's: they are shown for the whole county only."));
}

void ProgressPage::buildProjects()
{
    const ProgressFigures &f = m_figures;
    ProgressChartPanel *p = panel(QStringLiteral("projectsChart"));
    auto *set = new QBarSet(tr("Projects"));
    ChartStyle::applyTo(set, 3);
    QStringList labels;
    double top = 0;
    for (auto it = f.projectsByStatus.crbegin(); it != f.projectsByStatus.crend(); ++it) {
        labels << it->label;
        set->append(it->households);
        top = std::max<double>(top, it->households);
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setBarWidth(0.7);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    QChart *chart = newChart();
    chart->addSeries(bars);
    chart->legend()->hide();
    QBarCategoryAxis *y = categoryAxis(labels);
    QValueAxis *x = valueAxis(top, true);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(y);
    bars->attachAxis(x);
    p->setChart(chart);
    p->view()->setMinimumHeight(heightFor(labels.size()));
    p->setNote(labels.isEmpty() ? tr("No projects in %1.").arg(yearText()) : QString());
}

ChartSheet ProgressPage::sheet() const
{
    ChartSheet sheet;
    sheet.title = tr("Poverty alleviation progress");
    sheet.lines << tr("Division: %1").arg(m_figures.divisionName) << tr("Year: %1").arg(m_figures.year)
                << tr("Printed: %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    for (ProgressChartPanel *p : m_panels) {
        // The villages' incidence takes a page when there are more than a quarter page holds.
        const bool tall = p->objectName() == QLatin1String("incidenceChart") && m_figures.villages.size() > 12;
        sheet.charts.append({p->title(), tall, [p](QPainter &painter, const QRectF &box) { p->render(painter, box); }});
    }
    return sheet;
}

Status ProgressPage::writePdf(const QString &path) const
{
    return ChartSheetPrinter::writePdf(sheet(), path);
}

void ProgressPage::printDashboard()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the dashboard"));
    const ChartSheet content = sheet();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &content](QPrinter *device) {
        if (Status s = ChartSheetPrinter::print(content, *device); !s)
            emit statusMessage(s.error());
    });
    preview.exec();
}

void ProgressPage::saveDashboardPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the dashboard as a PDF"),
        QDir::home().filePath(tr("progress %1 %2.pdf").arg(m_figures.divisionName).arg(m_figures.year)),
        tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writePdf(path); !s)
        QMessageBox::warning(this, tr("Save the dashboard as a PDF"), s.error());
    else
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}
