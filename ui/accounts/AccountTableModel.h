// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Account.h"

#include <QAbstractTableModel>
#include <QHash>

// The county's accounts as the accounts page lists them.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Login, FullName, RoleColumn, Scope, Active, LastLogin, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    // The accounts, and the names of the divisions their scopes name.
    void setAccounts(const QList<Account> &accounts, const QHash<qint64, QString> &divisionNames);
    const Account *accountAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Account> m_accounts;
    QHash<qint64, QString> m_divisionNames;
};
