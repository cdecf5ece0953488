// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountTableModel.h"

#include <QBrush>
#include <QDateTime>
#include <QPalette>

void AccountTableModel::setAccounts(const QList<Account> &accounts, const QHash<qint64, QString> &divisionNames)
{
    beginResetModel();
    m_accounts = accounts;
    m_divisionNames = divisionNames;
    endResetModel();
}

const Account *AccountTableModel::accountAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    const Account *a = index.isValid() ? accountAt(index.row()) : nullptr;
    if (!a)
        return {};
    if (role == Qt::ForegroundRole && !a->active)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Login:
        return a->login;
    case FullName:
        return a->fullName;
    case RoleColumn:
        return Roles::label(a->role);
    case Scope: {
        QStringList names;
        for (qint64 id : a->scope)
            names << m_divisionNames.value(id);
        return Roles::isScoped(a->role) ? names.join(QStringLiteral("、")) : tr("Whole county");
    }
    case Active:
        return a->active ? tr("Active") : tr("Deactivated");
    case LastLogin: {
        const QDateTime at = QDateTime::fromString(a->lastLoginAt, Qt::ISODate);
        return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Login:
        return tr("Login");
    case FullName:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case Scope:
        return tr("Works in");
    case Active:
        return tr("State");
    case LastLogin:
        return tr("Last sign-in");
    default:
        return {};
    }
}
