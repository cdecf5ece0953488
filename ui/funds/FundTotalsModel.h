// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "funds/FundTotals.h"

#include <QAbstractTableModel>
#include <QList>

// The ledger's totals by one grouping (sources, projects, households ...), money in yuan.
class FundTotalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ReceivedColumn,
        AllocatedColumn,
        DisbursedColumn,
        UnallocatedColumn,
        UndisbursedColumn,
        ColumnCount
    };
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit FundTotalsModel(QObject *parent = nullptr);

    // showReceived: false where the grouping knows no receipts (projects, divisions, households).
    void setTotals(QList<FundTotals> totals, bool showReceived);
    const QList<FundTotals> &totals() const { return m_totals; }
    QString keyAt(int row) const;
    int rowFor(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FundTotals> m_totals;
    bool m_showReceived = true;
};
