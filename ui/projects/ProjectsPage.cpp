// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/ProjectsPage.h"

#include "common/Money.h"
#include "county/CodeLists.h"
#include "notices/NoticeButton.h"
#include "projects/ProjectLifecycle.h"
#include "projects/ProjectStepDialog.h"
#include "projects/ProjectTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

ProjectsPage::ProjectsPage(QWidget *parent) : WorkspacePage(parent)
{
    setObjectName(QStringLiteral("projectsPage"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("projectsYear"));
    m_year->setRange(2013, 2100);
    m_year->setSpecialValueText(tr("All years"));
    m_year->setValue(2013);
    m_year->setMinimumWidth(m_year->fontMetrics().horizontalAdvance(m_year->specialValueText()) + 48);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("projectsCategory"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("projectsStatus"));
    m_status->addItem(tr("All statuses"), -1);
    for (ProjectStatus s : ProjectStatusWords::all())
        m_status->addItem(ProjectStatusWords::name(s), int(s));
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("projectsForm"));
    m_next = new QPushButton(tr("Next step…"), this);
    m_next->setObjectName(QStringLiteral("projectAdvance"));

    // The filters show their "all" choice as their label; screen readers get a name.
    m_year->setAccessibleName(tr("Year"));
    m_category->setAccessibleName(tr("Category"));
    m_status->setAccessibleName(tr("Status"));
    m_form->setAccessibleName(tr("Form of assistance"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_year);
    bar->addWidget(m_category);
    bar->addWidget(m_status);
    bar->addWidget(m_form);
    bar->addStretch();
    bar->addWidget(m_next);
    m_notice = new NoticeButton(NoticeKind::Projects, this);
    bar->addWidget(m_notice);

    m_model = new ProjectTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("projectsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProjectTableModel::NameColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("projectHistory"));
    m_history->setAccessibleName(tr("Project history"));
    m_view->setAccessibleName(tr("Projects"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("projectsCount"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);

    connect(m_year, &QSpinBox::valueChanged, this, &ProjectsPage::refresh);
    for (QComboBox *box : {m_category, m_status, m_form})
        connect(box, &QComboBox::currentIndexChanged, this, &ProjectsPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProjectsPage::showHistory);
    connect(m_next, &QPushButton::clicked, this, &ProjectsPage::nextStep);
    setCounty(nullptr, nullptr);
}

QString ProjectsPage::title() const
{
    return tr("Projects");
}

QIcon ProjectsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DirIcon);
}

void ProjectsPage::setCounty(CountyDatabase *db, const CodeLists *codes)
{
    m_db = db;
    m_codes = codes;
    m_division = 0;
    const QSignalBlocker blockCategory(m_category);
    const QSignalBlocker blockForm(m_form);
    m_category->clear();
    m_form->clear();
    m_category->addItem(tr("All categories"), QString());
    m_form->addItem(tr("All forms of assistance"), QString());
    if (codes) {
        for (const CodeLists::Item &i : codes->items(QStringLiteral("project_category")))
            m_category->addItem(codes->name(QStringLiteral("project_category"), i.code), i.code);
        for (const CodeLists::Item &i : codes->items(QStringLiteral("assistance_form")))
            m_form->addItem(codes->name(QStringLiteral("assistance_form"), i.code), i.code);
    }
    m_next->setEnabled(db != nullptr);
    m_notice->setCounty(db);
    refresh();
}

void ProjectsPage::setDivision(qint64 divisionId)
{
    m_division = divisionId;
    m_notice->setDivision(divisionId);
    refresh();
}

void ProjectsPage::refresh()
{
    if (!m_db) {
        m_model->setRows({}, nullptr);
        m_history->clear();
        m_count->clear();
        return;
    }
    const qint64 current = m_model->idAt(m_view->currentIndex().row());
    ProjectFilter filter;
    filter.year = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    filter.categoryCode = m_category->currentData().toString();
    if (const int s = m_status->currentData().toInt(); s >= 0)
        filter.status = ProjectStatus(s);
    filter.formCode = m_form->currentData().toString();
    filter.divisionId = m_division;
    const Result<QList<ProjectRow>> rows = ProjectLibrary(*m_db).list(filter);
    if (!rows) {
        m_count->setText(rows.error());
        return;
    }
    qint64 budget = 0, allocated = 0, disbursed = 0;
    for (const ProjectRow &r : rows.value()) {
        budget += r.budgetFen;
        allocated += r.allocatedFen;
        disbursed += r.disbursedFen;
    }
    m_model->setRows(rows.value(), m_codes);
    m_count->setText(
        tr("%n project(s): budget %1 yuan, allocated %2 yuan, disbursed %3 yuan.", nullptr, int(rows->size()))
            .arg(Money::fromFen(budget).toString(), Money::fromFen(allocated).toString(),
                Money::fromFen(disbursed).toString()));
    if (const int row = m_model->rowFor(current); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    showHistory();
}

void ProjectsPage::showHistory()
{
    m_history->clear();
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    if (!m_db || !id)
        return;
    for (const ProjectEvent &e : ProjectLifecycle(*m_db).history(id).value_or({})) {
        QString line = tr("%1  %2 → %3, by %4")
                           .arg(e.date.toString(Qt::ISODate), ProjectStatusWords::name(e.from),
                               ProjectStatusWords::name(e.to), e.recordedBy);
        QStringList details;
        for (const QString &d :
            {e.reason, e.procurementMethod, e.winningBidder, e.milestone, e.acceptedBy, e.auditResult}) {
            if (!d.isEmpty())
                details << d;
        }
        if (e.contractFen)
            details << tr("contract %1 yuan").arg(Money::fromFen(e.contractFen).toString());
        if (e.to == ProjectStatus::InProgress)
            details << tr("%1% done").arg(e.progressPercent);
        if (!details.isEmpty())
            line += QStringLiteral(" (") + details.join(tr(", ")) + u')';
        m_history->addItem(line);
    }
}

void ProjectsPage::nextStep()
{
    const ProjectRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!m_db || !row) {
        emit statusMessage(tr("Choose a project in the list first."));
        return;
    }
    auto *dialog = new ProjectStepDialog(*m_db, row->id, row->status, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit statusMessage(tr("The project moved on."));
    });
    dialog->open();
}
