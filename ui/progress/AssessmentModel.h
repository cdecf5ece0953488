// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/BulkAssessment.h"

#include <QAbstractTableModel>
#include <QList>

// The households of a bulk assessment, one row each: code, head, whether every condition is met,
// and the unmet conditions in words. Sorted here, so that a county's households sort without a proxy.
class AssessmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, HeadColumn, MetColumn, UnmetColumn, ColumnCount };
    static constexpr int HouseholdIdRole = Qt::UserRole + 1;
    static constexpr int MetRole = Qt::UserRole + 2;

    explicit AssessmentModel(QObject *parent = nullptr);

    void setHouseholds(QList<HouseholdAssessment> households);
    const HouseholdAssessment &householdAt(int row) const;
    qint64 idAt(int row) const { return householdAt(row).householdId; }
    int rowFor(qint64 householdId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString text(const HouseholdAssessment &a, int column) const;

    QList<HouseholdAssessment> m_households;
    QList<qsizetype> m_rows; // indexes into m_households, in display order
};
