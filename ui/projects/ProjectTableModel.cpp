// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/ProjectTableModel.h"

#include "common/Money.h"
#include "county/CodeLists.h"

ProjectTableModel::ProjectTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void ProjectTableModel::setRows(QList<ProjectRow> rows, const CodeLists *codes)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_codes = codes;
    endResetModel();
}

const ProjectRow *ProjectTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

qint64 ProjectTableModel::idAt(int row) const
{
    const ProjectRow *r = rowAt(row);
    return r ? r->id : 0;
}

int ProjectTableModel::rowFor(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    const ProjectRow *r = rowAt(index.row());
    if (!index.isValid() || !r)
        return {};
    const bool money
        = index.column() == BudgetColumn || index.column() == AllocatedColumn || index.column() == DisbursedColumn;
    if (role == Qt::TextAlignmentRole && (money || index.column() == BeneficiariesColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r->name;
    case YearColumn:
        return r->year;
    case CategoryColumn:
        return m_codes ? m_codes->name(QStringLiteral("project_category"), r->categoryCode) : r->categoryCode;
    case StatusColumn:
        return ProjectStatusWords::name(r->status);
    case PlaceColumn:
        return r->divisionName;
    case BudgetColumn:
        return Money::fromFen(r->budgetFen).toString();
    case AllocatedColumn:
        return Money::fromFen(r->allocatedFen).toString();
    case DisbursedColumn:
        return Money::fromFen(r->disbursedFen).toString();
    case BeneficiariesColumn:
        return r->beneficiaries;
    default:
        return {};
    }
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Project");
    case YearColumn:
        return tr("Year");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Status");
    case PlaceColumn:
        return tr("Where");
    case BudgetColumn:
        return tr("Budget (yuan)");
    case AllocatedColumn:
        return tr("Allocated (yuan)");
    case DisbursedColumn:
        return tr("Disbursed (yuan)");
    case BeneficiariesColumn:
        return tr("Households");
    default:
        return {};
    }
}
