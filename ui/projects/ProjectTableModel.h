// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projects/ProjectLibrary.h"

#include <QAbstractTableModel>
#include <QList>

class CodeLists;

// The project library's list, one project a row, with its money from the ledger.
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        YearColumn,
        CategoryColumn,
        StatusColumn,
        PlaceColumn,
        BudgetColumn,
        AllocatedColumn,
        DisbursedColumn,
        BeneficiariesColumn,
        ColumnCount
    };

    explicit ProjectTableModel(QObject *parent = nullptr);

    void setRows(QList<ProjectRow> rows, const CodeLists *codes);
    const ProjectRow *rowAt(int row) const;
    qint64 idAt(int row) const;
    int rowFor(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProjectRow> m_rows;
    const CodeLists *m_codes = nullptr;
};
