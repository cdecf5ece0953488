// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "progress/ProgressFigures.h"
#include "workspace/WorkspacePage.h"

#include <QHash>

class AssessmentView;
class GoalsGrid;
class ProgressChartPanel;
class QBarSet;
class QChart;
class QComboBox;
class QGridLayout;
class QLabel;
class QPagedPaintDevice;
class QTabWidget;
struct ChartSheet;

// 进度: where the division stands in a year. Its first tab is the dashboard, a chart for each
// indicator of ProgressIndicators (exits against the goal, incidence by village, the register by
// cause, attribute and status, monitoring, timely measures and visits, funds, projects), driven by
// the division tree and the year. Clicking a bar asks for the register filtered to its households.
// Further tabs (goals, assessment) join with addTab().
class ProgressPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ProgressPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setCounty(CountyDatabase *db, const CodeLists *codes) override;
    void setDivision(qint64 divisionId) override;

    // A tab after the dashboard; returns its index.
    int addTab(QWidget *tab, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }

    int year() const;
    void setYear(int year);
    const ProgressFigures &figures() const { return m_figures; }
    QString lastError() const { return m_error; }
    // The charts, by object name (exitsChart, incidenceChart, causeChart ...), in the dashboard's order.
    QList<ProgressChartPanel *> panels() const { return m_panels; }
    ProgressChartPanel *panel(const QString &name) const;

    // The whole dashboard as printed: a title, the division, the year and the date, every chart.
    ChartSheet sheet() const;
    Status writePdf(const QString &path) const;

public slots:
    void refresh();
    // Print preview first, then the printer.
    void printDashboard();
    void saveDashboardPdf();

signals:
    // The register, filtered to the households of a bar; label says which in words.
    void householdsRequested(const HouseholdFilter &filter, const QString &label);

private:
    ProgressChartPanel *addPanel(const QString &name, const QString &title, int row, int column, int columnSpan = 1);
    void build();
    void buildExits();
    void buildIncidence();
    void buildRegister(ProgressChartPanel *panel, const QList<ProgressCount> &counts, const QString &setName);
    void buildMonitoring();
    void buildTimely();
    void buildVisits();
    void buildFunds(ProgressChartPanel *panel, const QList<FundFigures> &funds);
    void buildProjects();
    // Emits householdsRequested for the count when clicked.
    void connectClicks(QBarSet *set, const QList<ProgressCount> &counts, const QString &what);
    QString yearText() const;

    CountyDatabase *m_db = nullptr;
    qint64 m_divisionId = 0;
    ProgressFigures m_figures;
    QString m_error;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_year = nullptr;
    QLabel *m_summary = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<ProgressChartPanel *> m_panels;
    AssessmentView *m_assessment = nullptr;
    GoalsGrid *m_goals = nullptr;
};
