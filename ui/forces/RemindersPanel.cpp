// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/RemindersPanel.h"

#include "county/CountySettings.h"
#include "forces/ForcesListModel.h"
#include "forces/ForcesLists.h"
#include "forces/PairingDialog.h"
#include "spreadsheets/ListExport.h"
#include "widgets/ActionGate.h"
#include "widgets/EmptyListHint.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int DefaultOverdueDays = 90;

} // namespace

RemindersPanel::RemindersPanel(QWidget *parent) : ForcesPanel(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_list = new QComboBox;
    m_list->setObjectName(QStringLiteral("reminderList"));
    m_list->addItem(tr("Households without a responsible cadre"));
    m_list->addItem(tr("Cadres over their cap"));
    m_list->addItem(tr("Cadres with a household not visited in N days"));
    m_list->addItem(tr("Poor villages without a work team of three"));
    auto *listLabel = new QLabel(tr("&List:"));
    listLabel->setBuddy(m_list);
    bar->addWidget(listLabel);
    bar->addWidget(m_list);
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("overdueDays"));
    m_days->setRange(7, 730);
    m_days->setValue(DefaultOverdueDays);
    m_days->setSuffix(tr(" days"));
    m_daysLabel = new QLabel(tr("&N:"));
    m_daysLabel->setBuddy(m_days);
    bar->addWidget(m_daysLabel);
    bar->addWidget(m_days);
    bar->addStretch();
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("reminderCount"));
    bar->addWidget(m_count);
    m_pair = new QPushButton(tr("&Pair selected with a cadre…"));
    m_pair->setObjectName(QStringLiteral("pairSelectedButton"));
    bar->addWidget(m_pair);
    layout->addLayout(bar);

    m_models[Unpaired] = new ForcesListModel({tr("Household"), tr("Head"), tr("Village")}, this);
    m_models[OverCap]
        = new ForcesListModel({tr("Cadre"), tr("Unit"), tr("Rank"), tr("Households"), tr("Cap"), tr("Phone")}, this);
    m_models[WithoutVisit] = new ForcesListModel(
        {tr("Cadre"), tr("Unit"), tr("Phone"), tr("Households not visited"), tr("Last visit")}, this);
    m_models[VillagesWithoutTeam]
        = new ForcesListModel({tr("Village"), tr("Township"), tr("Members of its current team")}, this);
    m_view = tableFor(m_models[Unpaired], QStringLiteral("reminderTable"), tr("Reminders"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_empty = m_view->findChild<EmptyListHint *>();
    layout->addWidget(m_view, 1);

    connect(m_list, &QComboBox::currentIndexChanged, this, [this](int i) { showList(List(i)); });
    connect(m_days, &QSpinBox::editingFinished, this, [this] {
        if (!m_db)
            return;
        if (const Status s
            = CountySettings(*m_db).setValue(CountySettings::VisitOverdueDays, QString::number(m_days->value()));
            !s)
            QMessageBox::warning(this, tr("Reminders"), s.error());
        reload();
    });
    connect(m_view, &QAbstractItemView::activated, this, &RemindersPanel::open);
    connect(m_pair, &QPushButton::clicked, this, &RemindersPanel::pairSelected);
    showList(Unpaired);
}

void RemindersPanel::showList(List list)
{
    if (m_list->currentIndex() != list) {
        m_list->setCurrentIndex(list); // comes back here
        return;
    }
    m_view->setModel(m_models[list]);
    m_days->setVisible(list == WithoutVisit);
    m_daysLabel->setVisible(list == WithoutVisit);
    m_pair->setVisible(list == Unpaired);
    reload();
}

void RemindersPanel::reload()
{
    const List list = List(m_list->currentIndex());
    QList<qint64> ids;
    QList<QVariantList> rows;
    QString error;
    if (m_db) {
        const ForcesLists lists(*m_db);
        switch (list) {
        case Unpaired: {
            const auto r = lists.unpaired(m_division);
            error = r.error();
            for (const ForcesLists::Household &h : r.value_or({})) {
                ids << h.id;
                rows << QVariantList{h.code, h.headName, h.village};
            }
            break;
        }
        case OverCap: {
            const auto r = lists.overCap();
            error = r.error();
            for (const ForcesLists::Cadre &c : r.value_or({})) {
                ids << c.id;
                rows << QVariantList{c.name, c.unit, c.rank, c.households, c.cap, c.phone};
            }
            break;
        }
        case WithoutVisit: {
            const QSignalBlocker block(m_days);
            m_days->setValue(
                CountySettings(*m_db).number(CountySettings::VisitOverdueDays, DefaultOverdueDays, 7, 730));
            const auto r = lists.withoutVisit(m_days->value(), QDate::currentDate(), m_division);
            error = r.error();
            for (const ForcesLists::OverdueCadre &c : r.value_or({})) {
                ids << c.id;
                rows << QVariantList{c.name, c.unit, c.phone, c.households, c.lastVisit};
            }
            break;
        }
        case VillagesWithoutTeam: {
            const auto r = lists.villagesWithoutTeam(m_division);
            error = r.error();
            for (const ForcesLists::Village &v : r.value_or({})) {
                ids << v.id;
                rows << QVariantList{v.name, v.township, v.members};
            }
            break;
        }
        }
    }
    m_models[list]->setRows(ids, rows);
    // What an empty list means, in words, rather than a blank table.
    if (!error.isEmpty()) {
        m_empty->setText(error);
    } else {
        switch (list) {
        case Unpaired:
            m_empty->setText(tr("Every household here has a responsible cadre."));
            break;
        case OverCap:
            m_empty->setText(tr("No cadre holds more households than their rank's cap."));
            break;
        case WithoutVisit:
            m_empty->setText(tr("No cadre has left a household unvisited for more than %1 days.").arg(m_days->value()));
            break;
        case VillagesWithoutTeam:
            m_empty->setText(tr("Every poor or monitored village here has a work team of at least three."));
            break;
        }
    }
    m_empty->refresh();
    m_count->setText(error.isEmpty() ? tr("%n in the list", nullptr, int(ids.size())) : error);
    // Pairing is assistance work in the division (AccessPolicy): others see why they may not pair.
    ActionGate::offer(m_pair, m_db, AccessPolicy::Action::EditAssistance, m_division,
        ids.isEmpty() ? Status::failure(tr("No household here lacks a responsible cadre.")) : Status());
    m_view->resizeColumnsToContents();
}

void RemindersPanel::open(const QModelIndex &index)
{
    const List list = List(m_list->currentIndex());
    const qint64 id = m_models[list]->idAt(index.row());
    if (id == 0)
        return;
    if (list == Unpaired)
        emit openHouseholdRequested(id);
    else if (list == OverCap || list == WithoutVisit)
        emit openCadreRequested(id);
}

void RemindersPanel::pairSelected()
{
    if (!m_db)
        return;
    QList<qint64> households;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        households << m_models[Unpaired]->idAt(row.row());
    if (households.isEmpty()) {
        QMessageBox::information(this, tr("Pair households"), tr("Select the households to pair first."));
        return;
    }
    PairingDialog dialog(*m_db, households, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
    emit statusMessage(tr("%n households paired", nullptr, int(households.size())));
}

ListExportJob::Choice RemindersPanel::exportChoice() const
{
    const int list = m_list->currentIndex();
    const qint64 division = m_division;
    const int days = m_days->value();
    return {m_list->currentText(), [=](ListExport &out, const QString &path) {
                return out.reminder(ListExport::Reminder(list), division, path, days, QDate::currentDate());
            }};
}
