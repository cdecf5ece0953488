// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/LoanTableModel.h"

#include "common/Money.h"

#include <QBrush>
#include <QColor>

LoanTableModel::LoanTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void LoanTableModel::setLoans(QList<LoanState> loans, const QDate &asOf)
{
    beginResetModel();
    m_loans = std::move(loans);
    m_asOf = asOf;
    endResetModel();
}

const LoanState *LoanTableModel::loanAt(int row) const
{
    return row >= 0 && row < m_loans.size() ? &m_loans.at(row) : nullptr;
}

qint64 LoanTableModel::idAt(int row) const
{
    const LoanState *loan = loanAt(row);
    return loan ? loan->loanId : 0;
}

int LoanTableModel::rowFor(qint64 loanId) const
{
    for (int i = 0; i < m_loans.size(); ++i) {
        if (m_loans.at(i).loanId == loanId)
            return i;
    }
    return -1;
}

QString LoanTableModel::standing(const LoanState &loan) const
{
    if (loan.outstanding() <= Money())
        return tr("Repaid");
    if (loan.isOverdue(m_asOf))
        return tr("Overdue by %n day(s)", nullptr, int(loan.dueDate.daysTo(m_asOf)));
    if (loan.isDueWithin(DueSoonDays, m_asOf))
        return tr("Due in %n day(s)", nullptr, int(m_asOf.daysTo(loan.dueDate)));
    return tr("Running");
}

int LoanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_loans.size());
}

int LoanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoanTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_loans.size() || index.column() >= ColumnCount)
        return {};
    const LoanState &l = m_loans.at(index.row());
    const int c = index.column();
    const bool money = c == AmountColumn || c == RepaidColumn || c == OutstandingColumn || c == SubsidyColumn;
    if (role == Qt::TextAlignmentRole && money)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && c == StandingColumn) {
        if (l.isOverdue(m_asOf))
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (l.isDueWithin(DueSoonDays, m_asOf))
            return QBrush(QColor(0x9a, 0x67, 0x00));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (c) {
    case HouseholdColumn:
        return l.householdCode;
    case VillageColumn:
        return l.villageName;
    case BorrowerColumn:
        return l.borrowerName;
    case BankColumn:
        return l.bank;
    case AmountColumn:
        return l.amount.toString();
    case LoanDateColumn:
        return l.loanDate.toString(Qt::ISODate);
    case DueDateColumn:
        return l.dueDate.toString(Qt::ISODate);
    case RepaidColumn:
        return l.repaid.toString();
    case OutstandingColumn:
        return l.outstanding().toString();
    case SubsidyColumn:
        return l.subsidy.toString();
    case StandingColumn:
        return standing(l);
    }
    return {};
}

QVariant LoanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HouseholdColumn:
        return tr("Household");
    case VillageColumn:
        return tr("Village");
    case BorrowerColumn:
        return tr("Borrower");
    case BankColumn:
        return tr("Bank");
    case AmountColumn:
        return tr("Amount (yuan)");
    case LoanDateColumn:
        return tr("Loan date");
    case DueDateColumn:
        return tr("Due");
    case RepaidColumn:
        return tr("Repaid (yuan)");
    case OutstandingColumn:
        return tr("Owed (yuan)");
    case SubsidyColumn:
        return tr("Interest subsidy (yuan)");
    case StandingColumn:
        return tr("Standing");
    }
    return {};
}
