// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/LedgerEntryModel.h"

#include "common/Money.h"
#include "funds/FundLedger.h"

LedgerEntryModel::LedgerEntryModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void LedgerEntryModel::setEntries(QList<LedgerEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const LedgerEntry *LedgerEntryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int LedgerEntryModel::rowFor(LedgerKind kind, qint64 id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).kind == kind && m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

int LedgerEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LedgerEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const LedgerEntry &e = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return e.date.toString(Qt::ISODate);
    case KindColumn:
        return FundLedger::kindName(e.kind);
    case VoucherColumn:
        return e.voucherNo;
    case AmountColumn:
        return Money::fromFen(e.amountFen).toString();
    case DetailColumn:
        if (e.kind == LedgerKind::Disbursement)
            return e.payee;
        return e.note;
    case CorrectionColumn:
        if (e.reversesId)
            return tr("reverses %1 (%2)").arg(e.reversesId).arg(e.note);
        if (e.reversedById)
            return tr("reversed by %1").arg(e.reversedById);
        return QString();
    case EnteredByColumn:
        return tr("%1 at %2").arg(e.enteredBy, e.enteredAt);
    default:
        return {};
    }
}

QVariant LedgerEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Entry");
    case VoucherColumn:
        return tr("Voucher no.");
    case AmountColumn:
        return tr("Amount (yuan)");
    case DetailColumn:
        return tr("Payee or note");
    case CorrectionColumn:
        return tr("Correction");
    case EnteredByColumn:
        return tr("Entered");
    default:
        return {};
    }
}
