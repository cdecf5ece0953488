// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistorySection.h"

#include "register/AuditLog.h"
#include "register/HistoryEvent.h"
#include "widgets/TableKeys.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int EntryIdRole = Qt::UserRole + 1;
constexpr int MinimumColumnWidth = 80;
constexpr int MaximumColumnWidth = 360;
} // namespace

HistorySection::HistorySection(CountyDatabase &db, QWidget *parent) : QGroupBox(tr("Change history"), parent), m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 6);
    TableKeys::apply(m_table);
    m_table->setObjectName(QStringLiteral("changeHistoryTable"));
    m_table->setAccessibleName(tr("Change history"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Record"), tr("Field"), tr("From"), tr("To")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(160);
    layout->addWidget(m_table);
    auto *row = new QHBoxLayout;
    m_revert = new QPushButton(tr("Re&vert this change"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setAutoDefault(false);
    row->addWidget(m_revert);
    row->addStretch();
    layout->addLayout(row);
    connect(m_revert, &QPushButton::clicked, this, &HistorySection::revertSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
        m_revert->setEnabled(m_clean && item && item->data(EntryIdRole).toLongLong() != 0);
    });
}

void HistorySection::load(qint64 householdId, bool editorClean)
{
    m_clean = editorClean;
    m_revert->setEnabled(false);
    m_revert->setToolTip(editorClean ? QString() : tr("Save or undo your changes first."));
    const QList<HistoryEvent> rows
        = householdId ? AuditLog(m_db).eventsForHousehold(householdId).value_or({}) : QList<HistoryEvent>();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const AuditEntry &e = rows.at(r).entry;
        const bool created = rows.at(r).isCreation();
        const QStringList cells{e.changedAt.left(19).replace(u'T', u' '), e.changedByName, e.recordLabel,
            created ? tr("Created") : e.fieldLabel, created ? QString() : e.oldText,
            created ? rows.at(r).createdWith.mid(0, 3).join(tr(", "))
                    + (rows.at(r).createdWith.size() > 3 ? tr(" ...") : QString())
                    : e.newText};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0 && e.action == QLatin1String("update"))
                item->setData(EntryIdRole, e.id); // only updates can be reverted
            if (created)
                item->setToolTip(rows.at(r).createdWith.join(u'\n'));
            m_table->setItem(r, c, item);
        }
    }
    // Columns grow to their contents but never collapse below what they were (an empty or hidden
    // table would otherwise shrink them to nothing after a save).
    QList<int> before;
    for (int c = 0; c < m_table->columnCount(); ++c)
        before << m_table->columnWidth(c);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c) {
        const int wanted = std::min(std::max({before.at(c), m_table->columnWidth(c),
                                        m_table->horizontalHeader()->sectionSizeHint(c), MinimumColumnWidth}),
            MaximumColumnWidth);
        m_table->setColumnWidth(c, wanted);
    }
}

void HistorySection::revertSelected()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    const QString field = m_table->item(m_table->currentRow(), 3)->text();
    const QString from = m_table->item(m_table->currentRow(), 4)->text();
    if (QMessageBox::question(
            this, tr("Revert change"), tr("Set %1 back to \"%2\"? This is recorded as a new change.").arg(field, from))
        != QMessageBox::Yes)
        return;
    if (Status s = AuditLog(m_db).revert(item->data(EntryIdRole).toLongLong()); !s) {
        QMessageBox::warning(this, tr("Revert change"), s.error());
        return;
    }
    emit reverted();
}
