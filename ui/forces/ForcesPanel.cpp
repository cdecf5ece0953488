// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/ForcesPanel.h"

#include "forces/ForcesListModel.h"
#include "widgets/ActionGate.h"
#include "widgets/EmptyListHint.h"
#include "widgets/TableKeys.h"

#include <QHeaderView>
#include <QTableView>

QTableView *ForcesPanel::tableFor(ForcesListModel *model, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView;
    TableKeys::apply(view);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    // Panels with lists of their own meaning say more (RemindersPanel).
    new EmptyListHint(view, tr("Nothing to list here."));
    return view;
}

void ForcesPanel::applyGates()
{
    for (const auto &[control, action] : std::as_const(m_gates))
        ActionGate::offer(control, m_db, action);
}

qint64 ForcesPanel::currentId(const QTableView *view)
{
    const QModelIndex index = view->currentIndex();
    const auto *model = qobject_cast<const ForcesListModel *>(view->model());
    return index.isValid() && model ? model->idAt(index.row()) : 0;
}
