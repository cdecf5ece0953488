// SPDX-License-Identifier: GPL-3.0-or-later
#include "HouseholdFilterBar.h"

#include "county/CodeLists.h"
#include "widgets/FieldGrid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QComboBox *filterCombo(const QString &name, const QString &accessible)
{
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    // Not as wide as the longest choice: the bar must fit a 1366-pixel screen beside the tree.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    return combo;
}

void fillFilter(QComboBox *combo, const CodeLists &codes, const QString &list)
{
    const QSignalBlocker blocker(combo);
    fillCodes(combo, codes, list, true);
    combo->setItemText(0, HouseholdFilterBar::tr("All"));
}

} // namespace

HouseholdFilterBar::HouseholdFilterBar(QWidget *parent) : QWidget(parent)
{
    // Two rows: the search box the width of the list, the filters below it; in one row they would
    // not fit a 1366-pixel screen beside the division tree.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto *searchRow = new QHBoxLayout;
    // The filters scroll sideways on a narrow window rather than holding it wider than the screen.
    auto *filterRow = new QWidget;
    auto *layout = new QHBoxLayout(filterRow);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filterScroll = new QScrollArea;
    filterScroll->setObjectName(QStringLiteral("filterScroll"));
    filterScroll->setFrameShape(QFrame::NoFrame);
    filterScroll->setWidgetResizable(true);
    filterScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // No bar under the row: the row scrolls to the filter the keyboard moves to (Tab, Alt+letter).
    filterScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    filterScroll->setWidget(filterRow);
    rows->addLayout(searchRow);
    rows->addWidget(filterScroll);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search households"));
    m_search->setPlaceholderText(tr("Name, ID number or its last digits, household code, phone (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    // The households of a dashboard bar (进度), with a button that shows the whole list again.
    m_selectionBox = new QWidget;
    auto *selectionRow = new QHBoxLayout(m_selectionBox);
    selectionRow->setContentsMargins(0, 0, 0, 0);
    m_selectionLabel = new QLabel;
    m_selectionLabel->setObjectName(QStringLiteral("progressSelection"));
    m_selectionLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; padding: 1px 6px; }"));
    auto *clearSelection = new QToolButton;
    clearSelection->setObjectName(QStringLiteral("clearProgressSelection"));
    clearSelection->setText(tr("Show all"));
    clearSelection->setToolTip(tr("Leave the dashboard's selection and list every household"));
    selectionRow->addWidget(m_selectionLabel);
    selectionRow->addWidget(clearSelection);
    m_selectionBox->hide();
    searchRow->addWidget(m_selectionBox);
    connect(clearSelection, &QToolButton::clicked, this, [this] {
        m_selection = {};
        m_selectionBox->hide();
        emit changed();
    });

    m_status = filterCombo(QStringLiteral("statusFilter"), tr("Status"));
    m_attribute = filterCombo(QStringLiteral("attributeFilter"), tr("Attribute"));
    m_cause = filterCombo(QStringLiteral("causeFilter"), tr("Main cause"));
    m_monitoring = filterCombo(QStringLiteral("monitoringFilter"), tr("Monitoring"));
    m_cadre = filterCombo(QStringLiteral("cadreFilter"), tr("Responsible cadre"));
    m_cadre->addItem(tr("All"), int(HouseholdFilter::Cadre::Any));
    m_cadre->addItem(tr("With a cadre"), int(HouseholdFilter::Cadre::With));
    m_cadre->addItem(tr("Without a cadre"), int(HouseholdFilter::Cadre::Without));
    const QList<std::pair<QString, QComboBox *>> filters{{tr("S&tatus:"), m_status}, {tr("Attri&bute:"), m_attribute},
        {tr("Ca&use:"), m_cause}, {tr("Mo&nitoring:"), m_monitoring}, {tr("Ca&dre:"), m_cadre}};
    for (const auto &[label, combo] : filters) {
        auto *l = new QLabel(label);
        l->setBuddy(combo);
        layout->addWidget(l);
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &HouseholdFilterBar::changed);
    }
    m_deleted = new QCheckBox(tr("De&leted"));
    m_deleted->setObjectName(QStringLiteral("deletedFilter"));
    m_deleted->setToolTip(tr("Show the deleted households, to restore one"));
    layout->addWidget(m_deleted);
    layout->addStretch(1);
    connect(m_deleted, &QCheckBox::toggled, this, &HouseholdFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, &HouseholdFilterBar::changed);
    filterScroll->setFixedHeight(filterRow->sizeHint().height());
}

void HouseholdFilterBar::setCodes(const CodeLists &codes)
{
    fillFilter(m_status, codes, CodeList::Status);
    fillFilter(m_attribute, codes, CodeList::Attribute);
    fillFilter(m_cause, codes, CodeList::Cause);
    fillFilter(m_monitoring, codes, CodeList::Monitoring);
}

void HouseholdFilterBar::applyTo(HouseholdFilter &filter) const
{
    filter.text = m_search->text();
    filter.statusCode = m_status->currentData().toString();
    filter.attributeCode = m_attribute->currentData().toString();
    filter.mainCauseCode = m_cause->currentData().toString();
    filter.monitoringCategory = m_monitoring->currentData().toString();
    filter.cadre = HouseholdFilter::Cadre(m_cadre->currentData().toInt());
    filter.deleted = m_deleted->isChecked();
    filter.selection = m_selection;
}

void HouseholdFilterBar::clear()
{
    for (QComboBox *combo : {m_status, m_attribute, m_cause, m_monitoring, m_cadre}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    const QSignalBlocker deleted(m_deleted);
    m_deleted->setChecked(false);
    m_selection = {};
    m_selectionBox->hide();
}

void HouseholdFilterBar::setSelection(const HouseholdFilter &filter, const QString &label)
{
    clear();
    const QList<std::pair<QComboBox *, QString>> codes{{m_status, filter.statusCode},
        {m_attribute, filter.attributeCode}, {m_cause, filter.mainCauseCode},
        {m_monitoring, filter.monitoringCategory}};
    for (const auto &[combo, code] : codes) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(code)));
    }
    m_selection = filter.selection;
    m_selectionLabel->setText(label);
    m_selectionLabel->setToolTip(label);
    m_selectionBox->setVisible(!m_selection.isNone());
    emit changed();
}
