// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "quality/QualityRule.h"
#include "spreadsheets/ListExportJob.h"

#include <QDockWidget>

#include <atomic>
#include <memory>

class CodeLists;
class CountyDatabase;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QThread;
class QualityFindingsModel;

// 数据质量: runs the data-quality rules over the selected division (county, township, village or
// group) and lists the findings; a double-click opens the household. A division is checked in a
// worker thread on a read-only connection of its own, with a progress bar and a Cancel button,
// so that the window stays usable while a county of 100,000 households is checked.
class QualityPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit QualityPanel(QWidget *parent = nullptr);
    ~QualityPanel() override;

    void setCounty(CountyDatabase *db, const CodeLists *codes);
    // The division the rules run over: the one selected in the main window's tree.
    void setDivision(qint64 divisionId, const QString &name);
    // The household selected in the table, checked alone when "Selected household only" is ticked.
    void setHousehold(qint64 householdId, const QString &label);
    // Starts a check: at once for one household, in the worker for a division.
    void run();
    // Asks a running check to stop; its findings are not shown.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    QTableView *findingsTable() const { return m_view; }
    QualityFindingsModel *findingsModel() const { return m_model; }
    // The findings listed now (of the severity chosen), for 导出….
    ListExportJob exportJob() const;

signals:
    void openHouseholdRequested(qint64 householdId);
    // A check ended: completed (findings shown), cancelled or failed.
    void checkFinished();

private:
    void updateScope();
    void applySeverity();
    void setRunning(bool running);
    void showProgress(qint64 checked, qint64 total);
    void showResult(const Result<QList<Finding>> &found, int year, const QString &scope, bool cancelled);
    // Stops a running check and waits for its thread, before the county goes away.
    void stopAndWait();

    CountyDatabase *m_db = nullptr;
    qint64 m_divisionId = 0;
    QString m_divisionName;
    qint64 m_householdId = 0;
    QString m_householdLabel;
    QCheckBox *m_householdOnly = nullptr;
    QLabel *m_scope = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_severity = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_view = nullptr;
    QualityFindingsModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
};
