// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "funds/LedgerEntry.h"

#include <QAbstractTableModel>
#include <QList>

// Ledger entries, one row each, by date: the drill-down under the totals.
class LedgerEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        KindColumn,
        VoucherColumn,
        AmountColumn,
        DetailColumn,
        CorrectionColumn,
        EnteredByColumn,
        ColumnCount
    };

    explicit LedgerEntryModel(QObject *parent = nullptr);

    void setEntries(QList<LedgerEntry> entries);
    const LedgerEntry *entryAt(int row) const;
    int rowFor(LedgerKind kind, qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LedgerEntry> m_entries;
};
