// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/ForcesListModel.h"

#include "common/Money.h"

#include <QBrush>
#include <QDate>
#include <QPalette>

#include <algorithm>
#include <numeric>

ForcesListModel::ForcesListModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(headers)
{ }

void ForcesListModel::setRows(const QList<qint64> &ids, const QList<QVariantList> &rows)
{
    beginResetModel();
    m_ids = ids;
    m_rows = rows;
    m_dimmed.clear();
    endResetModel();
}

void ForcesListModel::setDimmed(const QList<bool> &dimmed)
{
    m_dimmed = dimmed;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole});
}

int ForcesListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ForcesListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ForcesListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &value = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : QString();
        if (value.typeId() == QMetaType::LongLong)
            return Money::fromFen(value.toLongLong()).toString();
        return value;
    case Qt::TextAlignmentRole:
        return value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::ForegroundRole:
        if (m_dimmed.value(index.row()))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ForcesListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void ForcesListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> order_(m_rows.size());
    std::iota(order_.begin(), order_.end(), 0);
    const auto less = [&](int a, int b) {
        const QVariant &x = m_rows.at(a).value(column);
        const QVariant &y = m_rows.at(b).value(column);
        const QPartialOrdering c = QVariant::compare(x, y);
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    };
    std::stable_sort(order_.begin(), order_.end(), less);
    QList<qint64> ids;
    QList<QVariantList> rows;
    QList<bool> dimmed;
    QList<int> newRow(m_rows.size());
    for (int i = 0; i < order_.size(); ++i) {
        ids << m_ids.at(order_.at(i));
        rows << m_rows.at(order_.at(i));
        dimmed << m_dimmed.value(order_.at(i));
        newRow[order_.at(i)] = i;
    }
    m_ids = ids;
    m_rows = rows;
    m_dimmed = m_dimmed.isEmpty() ? QList<bool>() : dimmed;
    QModelIndexList after;
    for (const QModelIndex &i : before)
        after << index(newRow.value(i.row()), i.column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
