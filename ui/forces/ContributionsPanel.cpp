// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/ContributionsPanel.h"

#include "county/CodeLists.h"
#include "forces/ForcesListModel.h"
#include "forces/ForcesLists.h"
#include "widgets/Mnemonics.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int MaximumNameWidth = 200;
} // namespace

ContributionsPanel::ContributionsPanel(QWidget *parent) : ForcesPanel(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_grouping = new QComboBox;
    m_grouping->setObjectName(QStringLiteral("contributionGrouping"));
    m_grouping->addItem(tr("Each unit"));
    m_grouping->addItem(tr("Each form of assistance"));
    auto *groupingLabel = new QLabel(tr("&Table of:"));
    groupingLabel->setBuddy(m_grouping);
    m_form = new QComboBox;
    m_form->setObjectName(QStringLiteral("contributionForm"));
    auto *formLabel = new QLabel(tr("&Form:"));
    formLabel->setBuddy(m_form);
    bar->addWidget(groupingLabel);
    bar->addWidget(m_grouping);
    bar->addWidget(formLabel);
    bar->addWidget(m_form, 1);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical);
    m_model = new ForcesListModel({tr("Unit or form"), tr("Form"), tr("Cadres"), tr("Households paired now"),
                                      tr("Villages covered"), tr("Visits this quarter"), tr("Measures brought"),
                                      tr("Projects"), tr("Allocated (yuan)"), tr("Disbursed (yuan)")},
        this);
    m_view = tableFor(m_model, QStringLiteral("contributionTable"), tr("By unit and by form"));
    splitter->addWidget(m_view);
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_householdsLabel = new QLabel(tr("&Households (Enter on a row above lists them)"));
    lowerLayout->addWidget(m_householdsLabel);
    m_households = new ForcesListModel({tr("Household"), tr("Head"), tr("Village")}, this);
    m_householdView = tableFor(
        m_households, QStringLiteral("contributionHouseholdTable"), Mnemonics::plain(m_householdsLabel->text()));
    m_householdsLabel->setBuddy(m_householdView);
    lowerLayout->addWidget(m_householdView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ContributionsPanel::reload);
    connect(m_form, &QComboBox::currentIndexChanged, this, &ContributionsPanel::reload);
    connect(m_view, &QAbstractItemView::activated, this, &ContributionsPanel::drillDown);
    connect(m_householdView, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        if (const qint64 id = m_households->idAt(i.row()))
            emit openHouseholdRequested(id);
    });
}

void ContributionsPanel::reload()
{
    if (m_codes && m_form->count() <= 1) {
        const QSignalBlocker block(m_form);
        m_form->clear();
        m_form->addItem(tr("All forms"), QString());
        for (const CodeLists::Item &item : m_codes->items(CodeList::AssistanceForm))
            m_form->addItem(m_codes->name(CodeList::AssistanceForm, item.code), item.code);
    }
    const bool byForm = m_grouping->currentIndex() == 1;
    m_form->setEnabled(!byForm);
    QList<qint64> ids;
    QList<QVariantList> rows;
    m_formOfRow.clear();
    if (m_db && m_codes) {
        const ForcesLists lists(*m_db);
        const QDate quarter = ForcesLists::quarterStart(QDate::currentDate());
        const auto result = byForm ? lists.byForm(quarter) : lists.byUnit(quarter, m_form->currentData().toString());
        for (const ForcesLists::Contribution &c : result.value_or({})) {
            const QString form = m_codes->name(CodeList::AssistanceForm, c.formCode);
            // By form, the row's id is its position: the form code is kept beside.
            ids << (byForm ? qint64(m_formOfRow.size() + 1) : c.unitId);
            m_formOfRow << c.formCode;
            rows << QVariantList{byForm ? form : c.name, form, c.cadres, c.households, c.villages, c.visits, c.measures,
                c.projects, c.allocatedFen, c.disbursedFen};
        }
    }
    m_model->setRows(ids, rows);
    m_view->resizeColumnsToContents();
    // Long unit and form names are elided, so that the figures, money last, fit 1366 pixels.
    for (int column : {0, 1})
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), MaximumNameWidth));
    m_households->setRows({}, {});
}

void ContributionsPanel::drillDown(const QModelIndex &index)
{
    if (!m_db || !index.isValid())
        return;
    const bool byForm = m_grouping->currentIndex() == 1;
    const qint64 id = m_model->idAt(index.row());
    const auto households = byForm ? ForcesLists(*m_db).householdsOfUnit(0, m_formOfRow.value(int(id - 1)))
                                   : ForcesLists(*m_db).householdsOfUnit(id);
    QList<qint64> ids;
    QList<QVariantList> rows;
    for (const ForcesLists::Household &h : households.value_or({})) {
        ids << h.id;
        rows << QVariantList{h.code, h.headName, h.village};
    }
    m_households->setRows(ids, rows);
    m_householdView->resizeColumnsToContents();
    m_householdsLabel->setText(Mnemonics::keepLetter(m_householdsLabel->text(),
        tr("&Households of %1: %n", nullptr, int(ids.size())).arg(m_model->index(index.row(), 0).data().toString())));
    if (!ids.isEmpty()) {
        m_householdView->setCurrentIndex(m_households->index(0, 0));
        m_householdView->setFocus();
    }
}
