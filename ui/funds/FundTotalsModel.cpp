// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/FundTotalsModel.h"

#include "common/Money.h"

FundTotalsModel::FundTotalsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void FundTotalsModel::setTotals(QList<FundTotals> totals, bool showReceived)
{
    beginResetModel();
    m_totals = std::move(totals);
    m_showReceived = showReceived;
    endResetModel();
}

QString FundTotalsModel::keyAt(int row) const
{
    return row >= 0 && row < m_totals.size() ? m_totals.at(row).key : QString();
}

int FundTotalsModel::rowFor(const QString &key) const
{
    for (int i = 0; i < m_totals.size(); ++i) {
        if (m_totals.at(i).key == key)
            return i;
    }
    return -1;
}

int FundTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_totals.size());
}

int FundTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FundTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_totals.size())
        return {};
    const FundTotals &t = m_totals.at(index.row());
    if (role == KeyRole)
        return t.key;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const auto yuan = [](Money amount) { return amount.toString(); };
    switch (index.column()) {
    case NameColumn:
        return t.label;
    case ReceivedColumn:
        return m_showReceived ? yuan(t.received) : QString();
    case AllocatedColumn:
        return yuan(t.allocated);
    case DisbursedColumn:
        return yuan(t.disbursed);
    case UnallocatedColumn:
        return m_showReceived ? yuan(t.unallocated()) : QString();
    case UndisbursedColumn:
        return yuan(t.undisbursed());
    default:
        return {};
    }
}

QVariant FundTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ReceivedColumn:
        return tr("Received (yuan)");
    case AllocatedColumn:
        return tr("Allocated (yuan)");
    case DisbursedColumn:
        return tr("Disbursed (yuan)");
    case UnallocatedColumn:
        return tr("Not yet allocated");
    case UndisbursedColumn:
        return tr("Not yet disbursed");
    default:
        return {};
    }
}
