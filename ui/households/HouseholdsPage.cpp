// SPDX-License-Identifier: GPL-3.0-or-later
#include "HouseholdsPage.h"
#include "spreadsheets/ListExport.h"

#include "BenefitDialog.h"
#include "HouseholdFilterBar.h"
#include "HouseholdTableModel.h"
#include "accounts/AccessPolicy.h"
#include "cards/PrintCardsDialog.h"
#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "funds/FundsKinds.h"
#include "widgets/ActionGate.h"
#include "widgets/AreaIcon.h"
#include "widgets/TableKeys.h"

#include <QApplication>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

HouseholdsPage::HouseholdsPage(QWidget *parent) : WorkspacePage(parent)
{
    setObjectName(QStringLiteral("householdsPage"));
    m_filterBar = new HouseholdFilterBar;
    connect(m_filterBar, &HouseholdFilterBar::changed, this, &HouseholdsPage::applyFilter);
    m_filterBar->searchEdit()->installEventFilter(this);

    m_table = new QTableView;
    TableKeys::apply(m_table);
    m_table->setObjectName(QStringLiteral("householdTable"));
    m_table->setAccessibleName(tr("Households"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HouseholdList::Code, Qt::AscendingOrder);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_model)
            emit openHouseholdRequested(m_model->idAt(index.row()));
    });

    // Benefits for many households at once (政策享受): select them, then enter the benefit once.
    m_bulkBenefit = new QPushButton(tr("Enter a &benefit for the selected…"));
    m_bulkBenefit->setObjectName(QStringLiteral("bulkBenefitButton"));
    m_bulkBenefit->setEnabled(false);
    connect(m_bulkBenefit, &QPushButton::clicked, this, &HouseholdsPage::enterBenefitForSelected);
    // Household cards (明白卡) of the selection or of the division chosen in the tree.
    m_printCards = new QPushButton(tr("Print household &cards…"));
    m_printCards->setObjectName(QStringLiteral("printCardsButton"));
    m_printCards->setEnabled(false);
    connect(m_printCards, &QPushButton::clicked, this, &HouseholdsPage::printCards);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_printCards);
    bottom->addWidget(m_bulkBenefit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
}

HouseholdsPage::~HouseholdsPage()
{
    m_table->setModel(nullptr);
}

QString HouseholdsPage::title() const
{
    return tr("Households");
}

QIcon HouseholdsPage::icon() const
{
    return AreaIcon::make(
        tr("H", "the one character on the households area's icon"), QColor(QStringLiteral("#2b6cb0")));
}

void HouseholdsPage::setCounty(CountyDatabase *db, const CodeLists *codes)
{
    m_table->setModel(nullptr);
    m_model.reset();
    m_divisions.clear();
    m_divisionId = 0;
    m_db = db;
    gateActions();
    m_filterBar->clear();
    if (!db || !codes) {
        emit summaryChanged();
        return;
    }
    m_filterBar->setCodes(*codes);
    for (const Division &d : Divisions::load(*db, Divisions::Counts::Without).value_or({})) {
        m_divisions.insert(d.id, d);
        if (d.level == Division::County)
            m_divisionId = d.id;
    }
    gateActions();
    // The list starts on the county, as the workspace selects it next: one county-wide count
    // before the first paint, not one for "everything" and another for the county.
    m_model = std::make_unique<HouseholdTableModel>(*db, *codes, filter());
    m_table->setModel(m_model.get());
    m_table->setColumnWidth(HouseholdList::Code, 150);
    m_table->setColumnWidth(HouseholdList::HeadIdNumber, 170);
    m_table->setColumnWidth(HouseholdList::Status, 150);
    // Wide enough for the longest attribute name ("一般农户（非贫困户）"), not cut at the default width.
    int attributeWidth = m_table->horizontalHeader()->sectionSizeHint(HouseholdList::Attribute);
    for (const CodeLists::Item &item : codes->items(CodeList::Attribute))
        attributeWidth = std::max(
            attributeWidth, m_table->fontMetrics().horizontalAdvance(codes->name(CodeList::Attribute, item.code)) + 16);
    m_table->setColumnWidth(HouseholdList::Attribute, attributeWidth);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &HouseholdsPage::summaryChanged);
    connect(m_model.get(), &HouseholdTableModel::countsChanged, this, &HouseholdsPage::summaryChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &row) {
        emit currentHouseholdChanged(
            m_model->idAt(row.row()), m_model->index(row.row(), HouseholdList::Code).data().toString());
    });
    emit summaryChanged();
}

void HouseholdsPage::setDivision(qint64 divisionId)
{
    m_divisionId = divisionId;
    gateActions();
    applyFilter();
}

void HouseholdsPage::gateActions()
{
    ActionGate::offer(m_printCards, m_db, AccessPolicy::Action::PrintCards, m_divisionId);
    // A benefit is the household's assistance, entered where the account may enter it.
    ActionGate::offer(m_bulkBenefit, m_db, AccessPolicy::actionFor(RecordFields::recordKind<HouseholdBenefit>().access),
        m_divisionId);
}

void HouseholdsPage::printCards()
{
    if (!m_db || !m_printCards->isEnabled())
        return;
    PrintCardsDialog dialog(*m_db, selectedHouseholdIds(), m_divisionId, this);
    dialog.exec();
}

HouseholdFilter HouseholdsPage::filter() const
{
    HouseholdFilter filter;
    const auto division = m_divisions.constFind(m_divisionId);
    if (division != m_divisions.cend()) {
        filter.divisionId = division->id;
        filter.divisionLevel = division->level;
    }
    m_filterBar->applyTo(filter);
    return filter;
}

void HouseholdsPage::applyFilter()
{
    if (m_model)
        m_model->setFilter(filter());
}

qint64 HouseholdsPage::selectedHouseholdId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_model ? m_model->idAt(current.row()) : 0;
}

QList<qint64> HouseholdsPage::selectedHouseholdIds() const
{
    QList<qint64> ids;
    if (!m_model)
        return ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids << m_model->idAt(row.row());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void HouseholdsPage::enterBenefitForSelected()
{
    if (!m_db || !m_model)
        return;
    QModelIndexList rows = m_table->selectionModel()->selectedRows(HouseholdList::Code);
    if (rows.isEmpty()) {
        emit statusMessage(tr("Select the households in the list first (Ctrl or Shift with the mouse or arrows)."));
        return;
    }
    std::sort(rows.begin(), rows.end());
    QStringList codes;
    for (const QModelIndex &row : std::as_const(rows).first(std::min<qsizetype>(rows.size(), 5)))
        codes << row.data().toString();
    QString label = codes.join(QStringLiteral("、"));
    if (rows.size() > codes.size())
        label = tr("%1 and %n more", nullptr, int(rows.size() - codes.size())).arg(label);
    label = tr("%n household(s): %1", nullptr, int(rows.size())).arg(label);
    BenefitDialog dialog(*m_db, selectedHouseholdIds(), QDate::currentDate().year() - 1, label, this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("The benefit was entered for %n household(s).", nullptr, dialog.savedCount()));
}

void HouseholdsPage::showSelection(const HouseholdFilter &filter, const QString &label)
{
    m_filterBar->setSelection(filter, label);
}

void HouseholdsPage::refresh()
{
    if (m_model)
        m_model->refresh();
}

QString HouseholdsPage::summary() const
{
    if (!m_model)
        return tr("No county file is open.");
    if (!m_model->lastError().isEmpty())
        return tr("Could not read the households: %1").arg(m_model->lastError());
    const auto division = m_divisions.constFind(m_divisionId);
    const QString where = division != m_divisions.cend() ? division->name : m_db->countyName();
    if (!m_model->countKnown())
        return tr("%1: counting the households...").arg(where);
    const auto people = m_model->peopleCount();
    return people ? tr("%1: %2 households, %3 people").arg(where).arg(m_model->rowCount()).arg(*people)
                  : tr("%1: %2 households found").arg(where).arg(m_model->rowCount());
}

bool HouseholdsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return WorkspacePage::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (watched == m_filterBar->searchEdit() && plain
        && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Down)) {
        // To the first result, ready for Enter to open it.
        if (m_model && m_model->rowCount() > 0) {
            m_table->setFocus(Qt::ShortcutFocusReason);
            m_table->setCurrentIndex(m_model->index(0, HouseholdList::Code));
            m_table->scrollToTop();
        }
        return true;
    }
    if (watched == m_table && plain && key->key() == Qt::Key_Escape) {
        m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchEdit()->selectAll();
        return true;
    }
    return WorkspacePage::eventFilter(watched, event);
}

ListExportJob HouseholdsPage::exportJob() const
{
    if (!m_db)
        return {};
    const HouseholdFilter filter = this->filter();
    return {{{tr("Household list"), [=](ListExport &out, const QString &path) { return out.households(filter, path); }},
        {tr("Households and members (roster)"),
            [=](ListExport &out, const QString &path) { return out.members(filter, path); }}}};
}
