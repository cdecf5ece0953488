// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/ProjectsPage.h"
#include "spreadsheets/ListExport.h"

#include "accounts/AccessPolicy.h"
#include "common/Money.h"
#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "notices/NoticeButton.h"
#include "projects/BeneficiaryDialog.h"
#include "projects/ProjectDetailsPanel.h"
#include "projects/ProjectDialog.h"
#include "projects/ProjectLifecycle.h"
#include "projects/ProjectStepDialog.h"
#include "projects/ProjectTableModel.h"
#include "widgets/ActionGate.h"
#include "widgets/AreaIcon.h"
#include "widgets/TableKeys.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
    m_next = new QPushButton(tr("Ne&xt step…"), this);
    m_next->setObjectName(QStringLiteral("projectAdvance"));
    m_add = new QPushButton(tr("&New project…"), this);
    m_add->setObjectName(QStringLiteral("projectAdd"));
    m_add->setToolTip(tr("Ins"));
    m_edit = new QPushButton(tr("Chan&ge…"), this);
    m_edit->setObjectName(QStringLiteral("projectEdit"));
    m_edit->setToolTip(tr("Enter or F2"));
    m_beneficiaries = new QPushButton(tr("&Beneficiaries…"), this);
    m_beneficiaries->setObjectName(QStringLiteral("projectBeneficiariesButton"));

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
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_beneficiaries);
    bar->addWidget(m_next);
    m_notice = new NoticeButton(NoticeKind::Projects, this);
    bar->addWidget(m_notice);

    m_model = new ProjectTableModel(this);
    m_view = new QTableView(this);
    TableKeys::apply(m_view);
    m_view->setObjectName(QStringLiteral("projectsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProjectTableModel::NameColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_details = new ProjectDetailsPanel(this);
    m_view->setAccessibleName(tr("Projects"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("projectsCount"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);

    connect(m_year, &QSpinBox::valueChanged, this, &ProjectsPage::refresh);
    for (QComboBox *box : {m_category, m_status, m_form})
        connect(box, &QComboBox::currentIndexChanged, this, &ProjectsPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProjectsPage::showDetails);
    connect(m_view, &QAbstractItemView::activated, this, &ProjectsPage::editProject);
    connect(m_next, &QPushButton::clicked, this, &ProjectsPage::nextStep);
    connect(m_add, &QPushButton::clicked, this, &ProjectsPage::addProject);
    connect(m_edit, &QPushButton::clicked, this, &ProjectsPage::editProject);
    connect(m_beneficiaries, &QPushButton::clicked, this, &ProjectsPage::chooseBeneficiaries);
    // Shortcuts of a list: Ins adds, F2 (or Enter on a row) changes.
    auto shortcut = [this](const QKeySequence &keys, void (ProjectsPage::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::Key_Insert), &ProjectsPage::addProject);
    shortcut(QKeySequence(Qt::Key_F2), &ProjectsPage::editProject);
    setCounty(nullptr, nullptr);
}

QString ProjectsPage::title() const
{
    return tr("Projects");
}

QIcon ProjectsPage::icon() const
{
    return AreaIcon::make(tr("P", "the one character on the projects area's icon"), QColor(QStringLiteral("#c05621")));
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
    m_notice->setCounty(db);
    refresh();
}

void ProjectsPage::updateActions()
{
    // Projects are the county's to keep (AccessPolicy): others see why they may not change them.
    const bool chosen = m_model->idAt(m_view->currentIndex().row()) != 0;
    ActionGate::offer(m_add, m_db, AccessPolicy::Action::EditCountyData);
    ActionGate::offer(m_edit, m_db, AccessPolicy::Action::EditCountyData, 0,
        chosen ? Status() : Status::failure(tr("Choose a project in the list first.")));
    m_beneficiaries->setEnabled(chosen); // read-only for the others
    ActionGate::offer(m_next, m_db, AccessPolicy::Action::EditCountyData);
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
        m_details->showProject(nullptr, 0);
        m_count->clear();
        updateActions();
        return;
    }
    const qint64 current = m_model->idAt(m_view->currentIndex().row());
    const Result<QList<ProjectRow>> rows = ProjectLibrary(*m_db).list(currentFilter());
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
    // The project shown before stays shown; otherwise the first, so its page is never blank.
    if (const int row = std::max(0, m_model->rowFor(current)); row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, 0));
    showDetails();
}

void ProjectsPage::showDetails()
{
    const ProjectRow *row = m_model->rowAt(m_view->currentIndex().row());
    m_details->showProject(m_db, row ? row->id : 0, row ? row->budgetFen : 0);
    updateActions();
}

void ProjectsPage::addProject()
{
    if (!m_db || !m_codes || !m_add->isEnabled())
        return;
    auto *dialog = new ProjectDialog(*m_db, *m_codes, 0, m_division, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showProject(dialog->projectId());
        emit statusMessage(tr("The project was added to the list as proposed."));
    });
    dialog->open();
}

void ProjectsPage::editProject()
{
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    if (!m_db || !m_codes || !id)
        return;
    if (!m_edit->isEnabled())
        return chooseBeneficiaries(); // Enter on a row still shows who benefits
    auto *dialog = new ProjectDialog(*m_db, *m_codes, id, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit statusMessage(tr("The project was saved."));
    });
    dialog->open();
}

void ProjectsPage::chooseBeneficiaries()
{
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    if (!m_db || !id)
        return;
    auto *dialog = new BeneficiaryDialog(*m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit statusMessage(tr("The beneficiaries were saved."));
    });
    dialog->open();
}

void ProjectsPage::showProject(qint64 projectId)
{
    refresh();
    if (m_model->rowFor(projectId) < 0) {
        // A filter hides it: show every project of the county.
        const QSignalBlocker year(m_year), category(m_category), status(m_status), form(m_form);
        m_year->setValue(m_year->minimum());
        m_category->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_form->setCurrentIndex(0);
        m_division = 0;
        refresh();
    }
    if (const int row = m_model->rowFor(projectId); row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_view->currentIndex());
        m_view->setFocus();
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

ProjectFilter ProjectsPage::currentFilter() const
{
    ProjectFilter filter;
    filter.year = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    filter.categoryCode = m_category->currentData().toString();
    if (const int s = m_status->currentData().toInt(); s >= 0)
        filter.status = ProjectStatus(s);
    filter.formCode = m_form->currentData().toString();
    filter.divisionId = m_division;
    return filter;
}

ListExportJob ProjectsPage::exportJob() const
{
    const ProjectFilter filter = currentFilter();
    return {{{tr("Projects"), [=](ListExport &out, const QString &path) { return out.projects(filter, path); }}}};
}
