// SPDX-License-Identifier: GPL-3.0-or-later
#include "DivisionTreeModel.h"

#include <QHash>

DivisionTreeModel::DivisionTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Division"), tr("Households")});
}

void DivisionTreeModel::reload(const QList<Division> &divisions)
{
    removeRows(0, rowCount());
    QHash<qint64, QStandardItem *> items;
    for (const Division &d : divisions) {
        auto *name = new QStandardItem(d.name);
        name->setEditable(false);
        name->setData(d.id, IdRole);
        name->setData(d.level, LevelRole);
        name->setData(d.code, CodeRole);
        name->setToolTip(tr("%1 %2, statistical code %3").arg(Divisions::levelName(d.level), d.name, d.code));
        auto *count = new QStandardItem(QString::number(d.households));
        count->setEditable(false);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QStandardItem *parent = items.value(d.parentId, invisibleRootItem());
        parent->appendRow({name, count});
        items.insert(d.id, name);
    }
}

QModelIndex DivisionTreeModel::indexForId(qint64 id) const
{
    const QModelIndexList found = match(index(0, 0), IdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

void DivisionTreeModel::updateCounts(const QList<Division> &divisions)
{
    for (const Division &d : divisions) {
        const QModelIndex name = indexForId(d.id);
        if (name.isValid())
            setData(name.siblingAtColumn(1), QString::number(d.households));
    }
}
