// SPDX-License-Identifier: GPL-3.0-or-later
#include "QualityPanel.h"

#include "QualityFindingsModel.h"
#include "accounts/AccessPolicy.h"
#include "db/CountyDatabase.h"
#include "quality/QualityChecker.h"
#include "register/HouseholdRepository.h"
#include "spreadsheets/ListExport.h"
#include "widgets/TableKeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

QualityPanel::QualityPanel(QWidget *parent) : QDockWidget(tr("Data Quality"), parent)
{
    setObjectName(QStringLiteral("qualityPanel"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    auto *bar = new QHBoxLayout;
    m_scope = new QLabel;
    bar->addWidget(m_scope);
    m_householdOnly = new QCheckBox(tr("Selected &household only"));
    m_householdOnly->setObjectName(QStringLiteral("qualityHouseholdOnly"));
    m_householdOnly->setEnabled(false);
    connect(m_householdOnly, &QCheckBox::toggled, this, &QualityPanel::updateScope);
    bar->addWidget(m_householdOnly);
    bar->addStretch();
    auto *yearLabel = new QLabel(tr("&Year:"));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("qualityYearSpin"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(2011, 2099);
    m_year->setValue(QDate::currentDate().year() - 1);
    yearLabel->setBuddy(m_year);
    auto *severityLabel = new QLabel(tr("S&how:"));
    m_severity = new QComboBox;
    m_severity->setObjectName(QStringLiteral("qualitySeverityCombo"));
    m_severity->setAccessibleName(tr("Show"));
    m_severity->addItem(tr("Errors and warnings"), -1);
    m_severity->addItem(tr("Errors only"), int(Severity::Error));
    severityLabel->setBuddy(m_severity);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &QualityPanel::applySeverity);
    m_run = new QPushButton(tr("&Check"));
    m_run->setObjectName(QStringLiteral("qualityRunButton"));
    connect(m_run, &QPushButton::clicked, this, &QualityPanel::run);
    m_cancel = new QPushButton(tr("C&ancel"));
    m_cancel->setObjectName(QStringLiteral("qualityCancelButton"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &QualityPanel::cancel);
    for (QWidget *w : std::initializer_list<QWidget *>{yearLabel, m_year, severityLabel, m_severity, m_run, m_cancel})
        bar->addWidget(w);
    layout->addLayout(bar);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("qualityProgress"));
    m_progress->setAccessibleName(tr("Households checked"));
    m_progress->setFormat(tr("%v of %m households"));
    m_progress->hide();
    layout->addWidget(m_progress);

    m_model = new QualityFindingsModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("qualityFindings"));
    m_view->setAccessibleName(tr("Findings"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    TableKeys::apply(m_view);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // As compact as the household list, so that a county's findings fill the dock.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    layout->addWidget(m_view);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("qualitySummary"));
    layout->addWidget(m_summary);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openHouseholdRequested(index.data(QualityFindingsModel::HouseholdIdRole).toLongLong());
    });
    setWidget(body);
}

QualityPanel::~QualityPanel()
{
    stopAndWait();
}

void QualityPanel::setCounty(CountyDatabase *db, const CodeLists *)
{
    stopAndWait();
    m_db = db;
    m_model->setFindings({});
    m_summary->clear();
}

void QualityPanel::setDivision(qint64 divisionId, const QString &name)
{
    m_divisionId = divisionId;
    m_divisionName = name;
    updateScope();
}

void QualityPanel::setHousehold(qint64 householdId, const QString &label)
{
    m_householdId = householdId;
    m_householdLabel = label;
    m_householdOnly->setEnabled(householdId != 0);
    updateScope();
}

void QualityPanel::updateScope()
{
    const bool household = m_householdOnly->isChecked() && m_householdId != 0;
    m_scope->setText(tr("Checks: %1").arg(household ? m_householdLabel : m_divisionName));
}

void QualityPanel::applySeverity()
{
    const int only = m_severity->currentData().toInt();
    m_model->setSeverityFilter(only < 0 ? std::nullopt : std::optional<Severity>(Severity(only)));
}

void QualityPanel::run()
{
    if (!m_db || isRunning())
        return;
    const int year = m_year->value();
    if (m_householdOnly->isChecked() && m_householdId != 0) {
        // One household is checked at once, on the window's own connection.
        const QualityChecker checker(*m_db);
        const auto household = HouseholdRepository(*m_db).load(m_householdId);
        if (!household) {
            showResult(Result<QList<Finding>>::failure(household.error()), year, m_householdLabel, false);
            return;
        }
        const auto context = checker.contextFor(household.value(), year);
        if (!context) {
            showResult(Result<QList<Finding>>::failure(context.error()), year, m_householdLabel, false);
            return;
        }
        showResult(checker.checkHousehold(household.value(), context.value()), year, m_householdLabel, false);
        return;
    }

    // A division goes to a worker with a connection of its own: a connection belongs to the thread
    // that opened it.
    const QString path = m_db->path();
    // Whose households the worker may read is decided here, on the county's own connection.
    const Result<ReadScope> readable = AccessPolicy::readScope(*m_db);
    if (!readable) {
        showResult(Result<QList<Finding>>::failure(readable.error()), year, m_divisionName, false);
        return;
    }
    const ReadScope readScope = readable.value();
    const qint64 division = m_divisionId;
    const QString scope = m_divisionName;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    auto flag = m_cancelFlag;
    m_model->setFindings({});
    m_summary->setText(tr("Checking %1…").arg(scope));
    m_progress->setRange(0, 0); // busy until the first count arrives
    m_progress->setValue(0);
    setRunning(true);
    // The panel outlives the thread (stopAndWait), so posting to it from the worker is safe.
    m_thread = QThread::create([this, path, readScope, division, year, scope, flag] {
        QualityRun work;
        work.cancel = flag.get();
        work.progress = [this, flag](qint64 checked, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, checked, total, flag] {
                    if (flag == m_cancelFlag)
                        showProgress(checked, total);
                },
                Qt::QueuedConnection);
        };
        Result<QList<Finding>> found = QualityChecker::checkFile(path, readScope, division, year, work);
        const bool cancelled = flag->load();
        QMetaObject::invokeMethod(
            this,
            [this, found = std::move(found), year, scope, cancelled, flag] {
                if (flag != m_cancelFlag) // a check stopped by stopAndWait
                    return;
                if (m_thread) {
                    m_thread->wait();
                    delete m_thread;
                    m_thread = nullptr;
                }
                showResult(found, year, scope, cancelled);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void QualityPanel::cancel()
{
    if (!m_cancelFlag || !isRunning())
        return;
    m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
}

void QualityPanel::stopAndWait()
{
    if (!m_thread)
        return;
    m_cancelFlag->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_cancelFlag.reset();
    setRunning(false);
}

void QualityPanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_year->setEnabled(!running);
    m_householdOnly->setEnabled(!running && m_householdId != 0);
}

void QualityPanel::showProgress(qint64 checked, qint64 total)
{
    if (!isRunning())
        return;
    m_progress->setRange(0, int(total));
    m_progress->setValue(int(checked));
}

void QualityPanel::showResult(const Result<QList<Finding>> &found, int year, const QString &scope, bool cancelled)
{
    setRunning(false);
    if (cancelled) {
        m_model->setFindings({});
        m_summary->setText(tr("The check of %1 was cancelled; no findings are shown.").arg(scope));
        emit checkFinished();
        return;
    }
    if (!found) {
        m_model->setFindings({});
        m_summary->setText(tr("The check failed: %1").arg(found.error()));
        emit checkFinished();
        return;
    }
    int errors = 0;
    int warnings = 0;
    for (const Finding &f : found.value())
        (f.severity == Severity::Error ? errors : warnings)++;
    m_model->setFindings(found.value());
    applySeverity();
    m_view->resizeColumnsToContents();
    m_summary->setText(tr("%1 in %2: %3 errors, %4 warnings.").arg(year).arg(scope).arg(errors).arg(warnings));
    emit checkFinished();
}

ListExportJob QualityPanel::exportJob() const
{
    const QList<Finding> shown = m_model->shownFindings();
    if (shown.isEmpty())
        return {};
    return {{{tr("Data-quality findings"),
        [shown](ListExport &out, const QString &path) { return out.quality(shown, path); }}}};
}
