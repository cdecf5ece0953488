// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectsSection.h"

#include "common/Money.h"
#include "county/CodeLists.h"
#include "projects/ProjectLibrary.h"
#include "widgets/TableKeys.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int ProjectIdRole = Qt::UserRole + 1;
} // namespace

ProjectsSection::ProjectsSection(CountyDatabase &db, const CodeLists &codes, QWidget *parent)
    : QGroupBox(tr("Projects"), parent), m_db(db), m_codes(codes)
{
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5);
    TableKeys::apply(m_table);
    m_table->setObjectName(QStringLiteral("householdProjectsTable"));
    m_table->setAccessibleName(tr("Projects that benefit the household"));
    m_table->setHorizontalHeaderLabels({tr("Year"), tr("Project"), tr("Category"), tr("Status"), tr("Budget (yuan)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setMinimumHeight(100);
    m_table->setToolTip(tr("Enter opens the project on the projects page."));
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (const QTableWidgetItem *item = m_table->item(index.row(), 0))
            emit openProjectRequested(item->data(ProjectIdRole).toLongLong());
    });
}

void ProjectsSection::load(qint64 householdId)
{
    const QList<ProjectRow> rows
        = householdId ? ProjectLibrary(m_db).projectsOf(householdId).value_or({}) : QList<ProjectRow>();
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const ProjectRow &p = rows.at(row);
        auto *year = new QTableWidgetItem(QString::number(p.year));
        year->setData(ProjectIdRole, p.id);
        m_table->setItem(row, 0, year);
        m_table->setItem(row, 1, new QTableWidgetItem(p.name));
        m_table->setItem(row, 2, new QTableWidgetItem(m_codes.name(CodeList::ProjectCategory, p.categoryCode)));
        m_table->setItem(row, 3, new QTableWidgetItem(ProjectStatusWords::name(p.status)));
        auto *budget = new QTableWidgetItem(Money::fromFen(p.budgetFen).toString());
        budget->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 4, budget);
    }
    setTitle(rows.isEmpty() ? tr("Projects") : tr("Projects (%1)").arg(rows.size()));
}
