// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

// One list of the assistance forces page, read whole from a ForcesLists query (the lists are
// short: units, cadres, teams, the reminders): a row of texts per record and the record's id.
// Sorting sorts the rows held; numbers sort as numbers.
class ForcesListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    ForcesListModel(const QStringList &headers, QObject *parent = nullptr);

    // Each row: its id and its cells (QString, int, QDate, or qint64 fen: shown in yuan with two
    // decimals and sorted as amounts), one per header.
    void setRows(const QList<qint64> &ids, const QList<QVariantList> &rows);
    qint64 idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }
    int rowFor(qint64 id) const { return int(m_ids.indexOf(id)); }
    // Rows shown dimmed (inactive units and cadres).
    void setDimmed(const QList<bool> &dimmed);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QStringList m_headers;
    QList<qint64> m_ids;
    QList<QVariantList> m_rows;
    QList<bool> m_dimmed;
};
