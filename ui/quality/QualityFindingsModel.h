// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quality/QualityRule.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

// The findings of a data-quality check, one row each, optionally only one severity; sorting is
// done here, so that a county's tens of thousands of findings sort without a proxy.
class QualityFindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, HouseholdColumn, HeadColumn, MessageColumn, ColumnCount };
    static constexpr int HouseholdIdRole = Qt::UserRole + 1;

    explicit QualityFindingsModel(QObject *parent = nullptr);

    void setFindings(QList<Finding> findings);
    // Only findings of this severity; nullopt for all.
    void setSeverityFilter(std::optional<Severity> severity);
    const QList<Finding> &findings() const { return m_findings; }
    // The findings as listed: of the chosen severity, in the order shown.
    QList<Finding> shownFindings() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void rebuild();
    QString text(const Finding &finding, int column) const;

    QList<Finding> m_findings;
    QList<qsizetype> m_rows; // indexes into m_findings, in display order
    std::optional<Severity> m_severity;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
