// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "funds/LoanState.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// Microcredit loans as of a date, one row each: who borrowed, how much, when it is due, what is
// still owed, and where it stands (repaid, overdue, due within 30 days, running).
class LoanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        HouseholdColumn,
        VillageColumn,
        BorrowerColumn,
        BankColumn,
        AmountColumn,
        LoanDateColumn,
        DueDateColumn,
        RepaidColumn,
        OutstandingColumn,
        SubsidyColumn,
        StandingColumn,
        ColumnCount
    };
    static constexpr int DueSoonDays = 30;

    explicit LoanTableModel(QObject *parent = nullptr);

    void setLoans(QList<LoanState> loans, const QDate &asOf);
    const LoanState *loanAt(int row) const;
    qint64 idAt(int row) const;
    int rowFor(qint64 loanId) const;
    QString standing(const LoanState &loan) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LoanState> m_loans;
    QDate m_asOf;
};
