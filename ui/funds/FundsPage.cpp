// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/FundsPage.h"
#include "spreadsheets/ListExport.h"

#include "common/Money.h"
#include "db/CountyDatabase.h"
#include "funds/FundLedger.h"
#include "funds/FundTotalsModel.h"
#include "funds/LedgerEntryDialog.h"
#include "funds/LedgerEntryModel.h"
#include "funds/LoansPanel.h"
#include "funds/ReversalDialog.h"
#include "notices/NoticeButton.h"
#include "widgets/ActionGate.h"
#include "widgets/AreaIcon.h"
#include "widgets/DateField.h"
#include "widgets/TableKeys.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

FundsPage::FundsPage(QWidget *parent) : WorkspacePage(parent)
{
    setObjectName(QStringLiteral("fundsPage"));
    m_asOf = new DateField(QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("fundsAsOf"));
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("fundsGrouping"));
    using G = FundLedger::Grouping;
    const QList<std::pair<QString, G>> groupings{{tr("By fund source"), G::Source}, {tr("By type of fund"), G::Type},
        {tr("By form of assistance"), G::Form}, {tr("By assistance unit"), G::Unit}, {tr("By project"), G::Project},
        {tr("By village or township"), G::Division}, {tr("By household"), G::Household}};
    for (const auto &[text, g] : groupings)
        m_grouping->addItem(text, int(g));

    auto button = [this](const QString &text, const char *name, void (FundsPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_writeButtons = {button(tr("&Receipt…"), "fundsReceive", &FundsPage::enterReceipt),
        button(tr("&Allocate…"), "fundsAllocate", &FundsPage::enterAllocation),
        button(tr("&Pay out…"), "fundsDisburse", &FundsPage::enterDisbursement)};
    m_reverse = button(tr("Rever&se…"), "fundsReverse", &FundsPage::reverseSelected);
    m_writeButtons << m_reverse;

    auto *bar = new QHBoxLayout;
    auto *asOf = new QLabel(tr("As &of:"), this);
    asOf->setBuddy(m_asOf);
    m_grouping->setAccessibleName(tr("Totals by"));
    bar->addWidget(asOf);
    bar->addWidget(m_asOf);
    bar->addWidget(m_grouping);
    bar->addStretch();
    for (QPushButton *b : std::as_const(m_writeButtons))
        bar->addWidget(b);
    m_notice = new NoticeButton(NoticeKind::Funds, this);
    bar->addWidget(m_notice);

    m_totals = new FundTotalsModel(this);
    m_totalsView = new QTableView(this);
    TableKeys::apply(m_totalsView);
    m_totalsView->setObjectName(QStringLiteral("fundsTotals"));
    m_totalsView->setModel(m_totals);
    m_totalsView->setAccessibleName(tr("Totals"));
    m_totalsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_totalsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_totalsView->horizontalHeader()->setSectionResizeMode(FundTotalsModel::NameColumn, QHeaderView::Stretch);
    m_totalsView->verticalHeader()->hide();
    m_entries = new LedgerEntryModel(this);
    m_entriesView = new QTableView(this);
    TableKeys::apply(m_entriesView);
    m_entriesView->setObjectName(QStringLiteral("fundsEntries"));
    m_entriesView->setModel(m_entries);
    m_entriesView->setAccessibleName(tr("Ledger entries"));
    m_entriesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entriesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entriesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_entriesView->horizontalHeader()->setSectionResizeMode(LedgerEntryModel::DetailColumn, QHeaderView::Stretch);
    m_entriesView->verticalHeader()->hide();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_totalsView);
    split->addWidget(m_entriesView);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("fundsSummary"));
    m_summary->setWordWrap(true);

    auto *ledger = new QWidget(this);
    auto *layout = new QVBoxLayout(ledger);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    // The ledger and microcredit (小额信贷) share the page, a tab each.
    m_loans = new LoansPanel(this);
    connect(m_loans, &LoansPanel::openHouseholdRequested, this, &FundsPage::openHouseholdRequested);
    connect(m_loans, &LoansPanel::statusMessage, this, &FundsPage::statusMessage);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("fundsTabs"));
    m_tabs->addTab(ledger, tr("&Ledger"));
    m_tabs->addTab(m_loans, tr("&Microcredit"));
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_tabs);

    connect(m_asOf, &QDateEdit::dateChanged, this, &FundsPage::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &FundsPage::refresh);
    connect(m_totalsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FundsPage::showEntries);
    setCounty(nullptr, nullptr);
}

QString FundsPage::title() const
{
    return tr("Funds");
}

QIcon FundsPage::icon() const
{
    return AreaIcon::make(tr("¥", "the one character on the funds area's icon"), QColor(QStringLiteral("#b83280")));
}

void FundsPage::setCounty(CountyDatabase *db, const CodeLists *)
{
    m_db = db;
    // The ledger is the county's to keep (AccessPolicy): others see why they may not write in it.
    for (QPushButton *b : std::as_const(m_writeButtons))
        ActionGate::offer(b, db, AccessPolicy::Action::EditCountyData);
    m_loans->setCounty(db);
    m_notice->setCounty(db);
    refresh();
}

void FundsPage::showLoans()
{
    m_tabs->setCurrentWidget(m_loans);
}

void FundsPage::setDivision(qint64 divisionId)
{
    // The ledger is the county's: its totals do not narrow to a division (the grouping by village
    // shows each one). A notice is posted for the division.
    m_notice->setDivision(divisionId);
}

void FundsPage::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);
}

void FundsPage::refresh()
{
    if (!m_db) {
        m_totals->setTotals({}, true);
        m_entries->setEntries({});
        m_summary->clear();
        return;
    }
    const QString current = m_totals->keyAt(m_totalsView->currentIndex().row());
    const auto by = FundLedger::Grouping(m_grouping->currentData().toInt());
    FundLedger ledger(*m_db);
    const Result<QList<FundTotals>> totals = ledger.totals(by, m_asOf->date());
    if (!totals) {
        m_summary->setText(totals.error());
        return;
    }
    const bool received = by == FundLedger::Grouping::Source || by == FundLedger::Grouping::Type
        || by == FundLedger::Grouping::Form || by == FundLedger::Grouping::Unit;
    m_totals->setTotals(totals.value(), received);
    if (const int row = m_totals->rowFor(current); row >= 0)
        m_totalsView->setCurrentIndex(m_totals->index(row, 0));
    showEntries();

    // The county's totals always come from the sources, whatever the grouping.
    // Whether, on that date, every source holds what it allocated and every project what it paid
    // out (the ledger refuses anything else; this shows that it holds).
    const Result<FundBalances> balances = ledger.balances(m_asOf->date());
    if (!balances) {
        m_summary->setText(balances.error());
        return;
    }
    int broken = 0;
    for (const FundTotals &t : balances->sources)
        broken += t.unallocated() < Money() || t.undisbursed() < Money() ? 1 : 0;
    for (const FundTotals &t : balances->projects)
        broken += t.undisbursed() < Money() ? 1 : 0;
    const FundTotals &all = balances->county;
    const QString check = broken == 0 ? tr("Every source and every project reconciles to the fen.")
                                      : tr("%n source(s) or project(s) do not reconcile.", nullptr, broken);
    m_summary->setText(tr("As of %1: received %2 yuan, allocated %3 yuan, disbursed %4 yuan. %5")
                           .arg(m_asOf->date().toString(Qt::ISODate), all.received.toString(), all.allocated.toString(),
                               all.disbursed.toString(), check));
}

void FundsPage::showEntries()
{
    if (!m_db) {
        m_entries->setEntries({});
        return;
    }
    const QString key = m_totals->keyAt(m_totalsView->currentIndex().row());
    const auto by = FundLedger::Grouping(m_grouping->currentData().toInt());
    const qint64 id = key.toLongLong();
    QList<LedgerEntry> rows;
    if (!key.isEmpty() && id > 0) {
        FundLedger ledger(*m_db);
        const QDate asOf = m_asOf->date();
        auto add = [&](LedgerKind kind, qint64 source, qint64 project, qint64 household) {
            rows += ledger.entries(kind, source, project, household, asOf).value_or({});
        };
        if (by == FundLedger::Grouping::Source) {
            for (LedgerKind k : {LedgerKind::Receipt, LedgerKind::Allocation, LedgerKind::Disbursement})
                add(k, id, 0, 0);
        } else if (by == FundLedger::Grouping::Project) {
            add(LedgerKind::Allocation, 0, id, 0);
            add(LedgerKind::Disbursement, 0, id, 0);
        } else if (by == FundLedger::Grouping::Household) {
            add(LedgerKind::Disbursement, 0, 0, id);
        }
    }
    std::stable_sort(
        rows.begin(), rows.end(), [](const LedgerEntry &a, const LedgerEntry &b) { return a.date < b.date; });
    m_entries->setEntries(rows);
}

void FundsPage::openEntryDialog(int kind)
{
    if (!m_db)
        return;
    auto *dialog = new LedgerEntryDialog(*m_db, LedgerKind(kind), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit statusMessage(tr("Entered in the ledger."));
    });
    dialog->open();
}

void FundsPage::enterReceipt()
{
    openEntryDialog(int(LedgerKind::Receipt));
}

void FundsPage::enterAllocation()
{
    openEntryDialog(int(LedgerKind::Allocation));
}

void FundsPage::enterDisbursement()
{
    openEntryDialog(int(LedgerKind::Disbursement));
}

void FundsPage::reverseSelected()
{
    const LedgerEntry *entry = m_entries->entryAt(m_entriesView->currentIndex().row());
    if (!m_db || !entry) {
        emit statusMessage(tr("Choose the entry to reverse in the list of entries first."));
        return;
    }
    auto *dialog = new ReversalDialog(*m_db, *entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit statusMessage(tr("The entry was reversed."));
    });
    dialog->open();
}

ListExportJob FundsPage::exportJob() const
{
    if (m_tabs->currentWidget() == m_loans)
        return {{m_loans->exportChoice()}};
    // The entries under the chosen total, as the drill-down lists them; without one, every entry up
    // to the date.
    LedgerFilter filter;
    filter.asOf = m_asOf->date();
    const qint64 id = m_totals->keyAt(m_totalsView->currentIndex().row()).toLongLong();
    const auto by = FundLedger::Grouping(m_grouping->currentData().toInt());
    if (id > 0 && by == FundLedger::Grouping::Source)
        filter.sourceId = id;
    else if (id > 0 && by == FundLedger::Grouping::Project)
        filter.projectId = id;
    else if (id > 0 && by == FundLedger::Grouping::Household)
        filter.householdId = id;
    return {{{tr("Fund ledger"), [=](ListExport &out, const QString &path) { return out.ledger(filter, path); }}}};
}
