// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/BulkAssessment.h"

#include <QWidget>

#include <atomic>
#include <memory>

class AssessmentModel;
class CountyDatabase;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QThread;
class RefusalLabel;

// 退出评估: exit assessment (脱贫退出) or risk elimination (风险消除) of every household of the
// division the caller gives, in a year, through BulkAssessment. The assessment runs in a worker
// thread on a read-only connection of its own, with a progress bar and Cancel; the table lists each
// household with its unmet conditions. In the current year, the households selected are proposed
// for exit (or their risk marked eliminated) in one call of BulkProposal; a selection with a
// household that misses a condition is refused before anything is asked, in words.
class AssessmentView : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentView(QWidget *parent = nullptr);
    ~AssessmentView() override;

    void setCounty(CountyDatabase *db);
    // The division assessed: the one selected in the caller's tree (0: the county).
    void setDivision(qint64 divisionId, const QString &name);
    void setYear(int year);
    void setKind(BulkAssessment::Kind kind);

    // Starts an assessment in the worker thread.
    void run();
    // Asks a running assessment to stop; nothing is shown of it.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // Proposes the selected households (or marks their risk eliminated) through core.
    void proposeSelected();

    AssessmentModel *model() const { return m_model; }
    QTableView *table() const { return m_view; }

signals:
    // An assessment ended: completed (households shown), cancelled or failed.
    void assessmentFinished();
    // Households were proposed (or their risk marked eliminated); the status of each changed.
    void householdsProposed(int count);
    void openHouseholdRequested(qint64 householdId);

private:
    BulkAssessment::Kind kind() const;
    void setRunning(bool running);
    void showResult(const Result<BulkAssessment::Report> &report, bool cancelled);
    void updateProposal();
    void stopAndWait();
    QList<qint64> selectedIds() const;

    CountyDatabase *m_db = nullptr;
    qint64 m_divisionId = 0;
    QString m_divisionName;
    int m_assessedYear = 0;
    std::optional<BulkAssessment::Kind> m_assessedKind;
    QLabel *m_scope = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_view = nullptr;
    AssessmentModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_propose = nullptr;
    RefusalLabel *m_refusal = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
};
