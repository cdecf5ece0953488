// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentModel.h"

#include <QColor>
#include <QHash>

#include <algorithm>
#include <numeric>

AssessmentModel::AssessmentModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void AssessmentModel::setHouseholds(QList<HouseholdAssessment> households)
{
    beginResetModel();
    m_households = std::move(households);
    m_rows.resize(m_households.size());
    std::iota(m_rows.begin(), m_rows.end(), qsizetype(0));
    endResetModel();
}

const HouseholdAssessment &AssessmentModel::householdAt(int row) const
{
    return m_households.at(m_rows.at(row));
}

int AssessmentModel::rowFor(qint64 householdId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (householdAt(row).householdId == householdId)
            return row;
    }
    return -1;
}

int AssessmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssessmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AssessmentModel::text(const HouseholdAssessment &a, int column) const
{
    switch (column) {
    case CodeColumn:
        return a.code;
    case HeadColumn:
        return a.head;
    case MetColumn:
        return a.result.met() ? tr("Met") : tr("Not met");
    case UnmetColumn:
        return a.result.unmet().join(u' ');
    default:
        return {};
    }
}

QVariant AssessmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HouseholdAssessment &a = householdAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(a, index.column());
    case Qt::ToolTipRole:
        return index.column() == UnmetColumn ? QVariant(a.result.unmet().join(u'\n')) : QVariant();
    case Qt::ForegroundRole:
        // Dark red for an unmet household: readable in black-and-white print and by the colour-blind
        // too, as the column says it in words.
        return index.column() == MetColumn && !a.result.met() ? QVariant(QColor(0xa0, 0x10, 0x10)) : QVariant();
    case HouseholdIdRole:
        return a.householdId;
    case MetRole:
        return a.result.met();
    default:
        return {};
    }
}

QVariant AssessmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Household code");
    case HeadColumn:
        return tr("Head");
    case MetColumn:
        return tr("Result");
    case UnmetColumn:
        return tr("Unmet conditions");
    default:
        return {};
    }
}

void AssessmentModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // A selection follows its households to their new rows.
    const QModelIndexList before = persistentIndexList();
    QList<qsizetype> held;
    for (const QModelIndex &i : before)
        held << m_rows.at(i.row());
    const bool descending = order == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](qsizetype a, qsizetype b) {
        const int c = QString::localeAwareCompare(text(m_households.at(a), column), text(m_households.at(b), column));
        return descending ? c > 0 : c < 0;
    });
    QHash<qsizetype, int> rowOf;
    for (int row = 0; row < int(m_rows.size()); ++row)
        rowOf.insert(m_rows.at(row), row);
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k)
        after << index(rowOf.value(held.at(k)), before.at(k).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
