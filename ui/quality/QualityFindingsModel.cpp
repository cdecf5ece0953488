// SPDX-License-Identifier: GPL-3.0-or-later
#include "QualityFindingsModel.h"

#include <QColor>

#include <algorithm>

QualityFindingsModel::QualityFindingsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void QualityFindingsModel::setFindings(QList<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    rebuild();
    endResetModel();
}

void QualityFindingsModel::setSeverityFilter(std::optional<Severity> severity)
{
    beginResetModel();
    m_severity = severity;
    rebuild();
    endResetModel();
}

void QualityFindingsModel::rebuild()
{
    m_rows.clear();
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        if (!m_severity || m_findings.at(i).severity == *m_severity)
            m_rows.append(i);
    }
    if (m_sortColumn < 0)
        return;
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](qsizetype a, qsizetype b) {
        const int c = QString::localeAwareCompare(text(m_findings.at(a), column), text(m_findings.at(b), column));
        return descending ? c > 0 : c < 0;
    });
}

int QualityFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QualityFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QualityFindingsModel::text(const Finding &f, int column) const
{
    switch (column) {
    case SeverityColumn:
        return QualityRules::severityName(f.severity);
    case RuleColumn:
        return f.ruleCode;
    case HouseholdColumn:
        return f.householdCode;
    case HeadColumn:
        return f.headName;
    case MessageColumn:
        return f.message;
    default:
        return {};
    }
}

QVariant QualityFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return text(f, index.column());
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(f.message) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return f.severity == Severity::Error ? QColor(0xc0, 0x1c, 0x28) : QColor(0x9a, 0x67, 0x00);
        return {};
    case HouseholdIdRole:
        return f.householdId;
    default:
        return {};
    }
}

QVariant QualityFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case HouseholdColumn:
        return tr("Household");
    case HeadColumn:
        return tr("Head");
    case MessageColumn:
        return tr("Finding");
    default:
        return {};
    }
}

void QualityFindingsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qsizetype> beforeRows;
    for (const QModelIndex &i : before)
        beforeRows << m_rows.at(i.row());
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k)
        after << index(int(m_rows.indexOf(beforeRows.at(k))), before.at(k).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QList<Finding> QualityFindingsModel::shownFindings() const
{
    QList<Finding> shown;
    shown.reserve(m_rows.size());
    for (const qsizetype i : m_rows)
        shown << m_findings.at(i);
    return shown;
}
