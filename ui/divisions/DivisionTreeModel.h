// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "county/Divisions.h"

#include <QStandardItemModel>

// County → township → village → villager group, each with its household count. A county has a
// few thousand divisions at most, so they are held whole.
class DivisionTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, LevelRole, CodeRole };

    explicit DivisionTreeModel(QObject *parent = nullptr);
    void reload(const QList<Division> &divisions);
    QModelIndex indexForId(qint64 id) const;
    // New household counts for the same divisions, keeping the tree as it is.
    void updateCounts(const QList<Division> &divisions);
};
