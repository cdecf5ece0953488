// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentView.h"

#include "AssessmentModel.h"
#include "accounts/AccessPolicy.h"
#include "db/CountyDatabase.h"
#include "progress/BulkProposal.h"
#include "register/RegisterYear.h"
#include "register/StatusProcedure.h"
#include "widgets/Mnemonics.h"
#include "widgets/RefusalLabel.h"
#include "widgets/TableKeys.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace {

// How many households a refusal names before it says how many more there are.
constexpr int NamedInRefusal = 5;

} // namespace

AssessmentView::AssessmentView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("assessmentView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_scope = new QLabel;
    m_scope->setObjectName(QStringLiteral("assessmentScope"));
    bar->addWidget(m_scope);
    bar->addStretch();
    auto *kindLabel = new QLabel(tr("&Assess:"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("assessmentKind"));
    m_kind->setAccessibleName(tr("Assess"));
    m_kind->addItem(BulkAssessment::kindName(BulkAssessment::Kind::Exit), int(BulkAssessment::Kind::Exit));
    m_kind->addItem(
        BulkAssessment::kindName(BulkAssessment::Kind::RiskElimination), int(BulkAssessment::Kind::RiskElimination));
    kindLabel->setBuddy(m_kind);
    auto *yearLabel = new QLabel(tr("&Year:"));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("assessmentYear"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(RegisterYear::First, QDate::currentDate().year());
    m_year->setValue(QDate::currentDate().year());
    yearLabel->setBuddy(m_year);
    m_run = new QPushButton(tr("&Run assessment"));
    m_run->setObjectName(QStringLiteral("assessmentRun"));
    connect(m_run, &QPushButton::clicked, this, &AssessmentView::run);
    m_cancel = new QPushButton(tr("C&ancel"));
    m_cancel->setObjectName(QStringLiteral("assessmentCancel"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &AssessmentView::cancel);
    for (QWidget *w : std::initializer_list<QWidget *>{kindLabel, m_kind, yearLabel, m_year, m_run, m_cancel})
        bar->addWidget(w);
    layout->addLayout(bar);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("assessmentProgress"));
    m_progress->setAccessibleName(tr("Assessment progress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_model = new AssessmentModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("assessmentTable"));
    m_view->setAccessibleName(tr("Households assessed"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    TableKeys::apply(m_view);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    layout->addWidget(m_view);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openHouseholdRequested(index.data(AssessmentModel::HouseholdIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AssessmentView::updateProposal);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("assessmentSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *proposal = new QHBoxLayout;
    auto *reasonLabel = new QLabel(tr("Rea&son:"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("assessmentReason"));
    m_reason->setAccessibleName(tr("Reason"));
    reasonLabel->setBuddy(m_reason);
    m_propose = new QPushButton;
    m_propose->setObjectName(QStringLiteral("assessmentPropose"));
    connect(m_propose, &QPushButton::clicked, this, &AssessmentView::proposeSelected);
    proposal->addWidget(reasonLabel);
    proposal->addWidget(m_reason, 1);
    proposal->addWidget(m_propose);
    layout->addLayout(proposal);
    m_refusal = new RefusalLabel(QStringLiteral("assessmentRefusal"));
    layout->addWidget(m_refusal);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AssessmentView::updateProposal);
    setDivision(0, QString());
    updateProposal();
}

AssessmentView::~AssessmentView()
{
    stopAndWait();
}

void AssessmentView::setCounty(CountyDatabase *db)
{
    stopAndWait();
    m_db = db;
    m_model->setHouseholds({});
    m_assessedYear = 0;
    m_assessedKind.reset();
    m_summary->clear();
    updateProposal();
}

void AssessmentView::setDivision(qint64 divisionId, const QString &name)
{
    m_divisionId = divisionId;
    m_divisionName = name;
    m_scope->setText(tr("Division: %1").arg(name.isEmpty() ? tr("the county") : name));
}

void AssessmentView::setYear(int year)
{
    m_year->setValue(year);
}

void AssessmentView::setKind(BulkAssessment::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

BulkAssessment::Kind AssessmentView::kind() const
{
    return BulkAssessment::Kind(m_kind->currentData().toInt());
}

void AssessmentView::run()
{
    if (!m_db || isRunning())
        return;
    m_refusal->clear();
    m_refusal->hide();
    // What to assess, and whose households may be read, is settled here on the county's own
    // connection; the worker opens the file again, read-only (a connection belongs to its thread).
    const Result<BulkAssessment::Request> request
        = BulkAssessment::prepare(*m_db, m_year->value(), kind(), m_divisionId);
    if (!request) {
        showResult(Result<BulkAssessment::Report>::failure(request.error()), false);
        return;
    }
    const QString path = m_db->path();
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    auto flag = m_cancelFlag;
    m_model->setHouseholds({});
    m_summary->setText(tr("Assessing %1…").arg(request->divisionName));
    m_progress->setValue(0);
    setRunning(true);
    // The view outlives the thread (stopAndWait), so posting to it from the worker is safe.
    m_thread = QThread::create([this, path, request = request.value(), flag] {
        AssessmentRun work;
        work.cancel = flag.get();
        work.progress = [this, flag](int percent) {
            QMetaObject::invokeMethod(
                this,
                [this, percent, flag] {
                    if (flag == m_cancelFlag && isRunning())
                        m_progress->setValue(percent);
                },
                Qt::QueuedConnection);
        };
        Result<BulkAssessment::Report> report = BulkAssessment::runFile(path, request, work);
        const bool cancelled = flag->load();
        QMetaObject::invokeMethod(
            this,
            [this, report = std::move(report), cancelled, flag] {
                if (flag != m_cancelFlag) // an assessment stopped by stopAndWait
                    return;
                if (m_thread) {
                    m_thread->wait();
                    delete m_thread;
                    m_thread = nullptr;
                }
                showResult(report, cancelled);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void AssessmentView::cancel()
{
    if (!m_cancelFlag || !isRunning())
        return;
    m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
}

void AssessmentView::stopAndWait()
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

void AssessmentView::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_year->setEnabled(!running);
    m_kind->setEnabled(!running);
    updateProposal();
}

void AssessmentView::showResult(const Result<BulkAssessment::Report> &report, bool cancelled)
{
    setRunning(false);
    m_assessedYear = 0;
    m_assessedKind.reset();
    if (cancelled || !report) {
        m_model->setHouseholds({});
        m_summary->setText(cancelled ? tr("The assessment was cancelled; no households are shown.")
                                     : tr("The assessment failed: %1").arg(report.error()));
        updateProposal();
        emit assessmentFinished();
        return;
    }
    const BulkAssessment::Report &r = report.value();
    m_assessedYear = r.year;
    m_assessedKind = r.kind;
    m_model->setHouseholds(r.households);
    m_view->resizeColumnsToContents();
    QStringList unmet;
    for (const BulkAssessment::ConditionTotal &t : r.totals()) {
        if (t.unmet > 0)
            unmet << tr("%1 %2").arg(t.name).arg(t.unmet);
    }
    QString text = tr("%1 in %2, %3 (judged on %4): %n household(s) assessed", nullptr, int(r.households.size()))
                       .arg(BulkAssessment::kindName(r.kind), r.divisionName)
                       .arg(r.year)
                       .arg(r.date.toString(Qt::ISODate))
        + tr(", %n meet every condition.", nullptr, r.met());
    if (!unmet.isEmpty())
        text += u' ' + tr("Not met: %1.").arg(unmet.join(tr(", ")));
    m_summary->setText(text);
    m_reason->setText(r.kind == BulkAssessment::Kind::Exit
            ? tr("Meets every condition of exit (assessed %1).").arg(r.date.toString(Qt::ISODate))
            : tr("Meets every condition of risk elimination (assessed %1).").arg(r.date.toString(Qt::ISODate)));
    updateProposal();
    emit assessmentFinished();
}

QList<qint64> AssessmentView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    return ids;
}

void AssessmentView::updateProposal()
{
    const BulkAssessment::Kind shown = m_assessedKind.value_or(kind());
    const bool exit = shown == BulkAssessment::Kind::Exit;
    m_propose->setText(Mnemonics::keepLetter(m_propose->text(), tr("&Propose...")));
    m_propose->setToolTip(exit ? tr("Propose the exit of the selected households")
                               : tr("Propose the risk elimination of the selected households"));
    const AccessPolicy::Action action
        = StatusProcedure::actionFor(exit ? StatusStep::ProposeExit : StatusStep::ProposeRiskElimination);
    const bool allowed = m_db && AccessPolicy::allows(m_db->account(), action);
    m_propose->setVisible(allowed);
    m_reason->setVisible(allowed);
    if (!allowed || isRunning() || !m_assessedKind) {
        m_propose->setEnabled(false);
        return;
    }
    if (m_assessedYear != QDate::currentDate().year()) {
        m_propose->setEnabled(false);
        m_propose->setToolTip(tr("Households are proposed from the current year's assessment."));
        return;
    }
    // A selection with a household that misses a condition is refused before anything is asked.
    QStringList failing;
    int selected = 0;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        ++selected;
        const HouseholdAssessment &a = m_model->householdAt(index.row());
        if (!a.result.met())
            failing << (a.head.isEmpty() ? a.code : tr("%1 (%2)").arg(a.code, a.head));
    }
    if (!failing.isEmpty()) {
        const qsizetype more = failing.size() - NamedInRefusal;
        QString names = QStringList(failing.mid(0, NamedInRefusal)).join(tr(", "));
        if (more > 0)
            names += tr(" and %n more", nullptr, int(more));
        m_refusal->refuse(tr("%n selected household(s) do not meet every condition and cannot be proposed: %1.",
            nullptr, int(failing.size()))
                              .arg(names));
    } else {
        m_refusal->clear();
        m_refusal->hide();
    }
    m_propose->setEnabled(selected > 0 && failing.isEmpty());
}

void AssessmentView::proposeSelected()
{
    if (!m_db || !m_assessedKind || isRunning())
        return;
    const QList<qint64> ids = selectedIds();
    const bool exit = *m_assessedKind == BulkAssessment::Kind::Exit;
    const QString step = StatusProcedure::stepName(exit ? StatusStep::ProposeExit : StatusStep::ProposeRiskElimination);
    const auto answer = QMessageBox::question(this, step,
        (exit ? tr("Propose the exit of %n household(s) today? Their public notice can start together.", nullptr,
             int(ids.size()))
              : tr("Propose the risk elimination of %n household(s) today? The county then decides on each.", nullptr,
                  int(ids.size())))
            + u'\n' + tr("Reason: %1").arg(m_reason->text().trimmed()));
    if (answer != QMessageBox::Yes)
        return;
    const Result<int> done = BulkProposal::propose(*m_db, *m_assessedKind, ids, QDate::currentDate(), m_reason->text());
    if (!done) {
        m_refusal->refuse(done.error());
        return;
    }
    m_refusal->clear();
    m_refusal->hide();
    const int count = done.value();
    emit householdsProposed(count);
    m_summary->setText((*m_assessedKind == BulkAssessment::Kind::Exit
                               ? tr("The exit of %n household(s) was proposed.", nullptr, count)
                               : tr("The risk elimination of %n household(s) was proposed.", nullptr, count))
        + u' ' + m_summary->text());
}
