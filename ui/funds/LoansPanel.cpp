// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/LoansPanel.h"
#include "spreadsheets/ListExport.h"

#include "accounts/AccessPolicy.h"
#include "common/Money.h"
#include "db/CountyDatabase.h"
#include "funds/LoanDialog.h"
#include "funds/LoanEventDialog.h"
#include "funds/LoanTableModel.h"
#include "funds/MicroloanBook.h"
#include "widgets/ActionGate.h"
#include "widgets/DateField.h"
#include "widgets/TableKeys.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

LoansPanel::LoansPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("loansPanel"));
    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("loansFilter"));
    m_filter->addItem(tr("All loans"), AllLoans);
    m_filter->addItem(tr("Overdue"), OverdueLoans);
    m_filter->addItem(tr("Due within %n day(s)", nullptr, LoanTableModel::DueSoonDays), DueSoonLoans);
    auto *filterLabel = new QLabel(tr("S&how:"));
    filterLabel->setBuddy(m_filter);
    m_asOf = new DateField(QDate::currentDate());
    m_asOf->setObjectName(QStringLiteral("loansAsOf"));
    auto *asOfLabel = new QLabel(tr("On &date:"));
    asOfLabel->setBuddy(m_asOf);

    const auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    QPushButton *add = button(tr("&New loan…"), "loanNew");
    QPushButton *repay = button(tr("&Repayment…"), "loanRepay");
    QPushButton *extend = button(tr("E&xtension…"), "loanExtend");
    QPushButton *subsidy = button(tr("Interest s&ubsidy…"), "loanSubsidy");
    m_writeButtons = {add, repay, extend, subsidy};
    m_household = button(tr("Open the house&hold"), "loanHouseholdButton");
    connect(add, &QPushButton::clicked, this, &LoansPanel::newLoan);
    connect(repay, &QPushButton::clicked, this, [this] { enterLoanEvent(LoanEvent::Kind::Repayment); });
    connect(extend, &QPushButton::clicked, this, [this] { enterLoanEvent(LoanEvent::Kind::Extension); });
    connect(subsidy, &QPushButton::clicked, this, [this] { enterLoanEvent(LoanEvent::Kind::Subsidy); });
    connect(m_household, &QPushButton::clicked, this, &LoansPanel::openSelectedHousehold);

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addStretch();
    for (QPushButton *b : std::as_const(m_writeButtons))
        bar->addWidget(b);
    bar->addWidget(m_household);

    m_model = new LoanTableModel(this);
    m_view = new QTableView;
    TableKeys::apply(m_view);
    m_view->setObjectName(QStringLiteral("loansTable"));
    m_view->setAccessibleName(tr("Microcredit loans"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QAbstractItemView::activated, this, &LoansPanel::openSelected);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("loansSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &LoansPanel::refresh);
    connect(m_asOf, &QDateEdit::dateChanged, this, &LoansPanel::refresh);
    setCounty(nullptr);
}

void LoansPanel::setCounty(CountyDatabase *db)
{
    m_db = db;
    // Loans are the county's to keep (AccessPolicy); township, village and audit accounts read them.
    for (QPushButton *b : std::as_const(m_writeButtons))
        ActionGate::offer(b, db, AccessPolicy::Action::EditCountyData);
    m_household->setEnabled(db != nullptr);
    refresh();
}

void LoansPanel::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);
}

void LoansPanel::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(filter));
}

void LoansPanel::refresh()
{
    if (!m_db) {
        m_model->setLoans({}, m_asOf->date());
        m_summary->clear();
        return;
    }
    const qint64 current = selectedLoan();
    const QDate asOf = m_asOf->date();
    MicroloanBook book(*m_db);
    const auto filter = Filter(m_filter->currentData().toInt());
    const Result<QList<LoanState>> loans = filter == OverdueLoans ? book.overdue(asOf)
        : filter == DueSoonLoans                                  ? book.dueWithin(LoanTableModel::DueSoonDays, asOf)
                                                                  : book.all(asOf);
    if (!loans) {
        m_model->setLoans({}, asOf);
        m_summary->setText(loans.error());
        return;
    }
    qint64 lent = 0, owed = 0;
    for (const LoanState &l : loans.value()) {
        lent += l.amount.fen(); // at most 50,000 yuan a loan: no sum of them overflows
        owed += l.outstanding().fen();
    }
    // The overdue and due-soon lists run by due date, the most urgent first; the whole book the
    // latest first, so that running loans come before those repaid years ago.
    QList<LoanState> rows = loans.value();
    if (filter == AllLoans)
        std::reverse(rows.begin(), rows.end());
    m_model->setLoans(rows, asOf);
    if (const int row = m_model->rowFor(current); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    m_summary->setText(
        tr("%n loan(s) on %1: lent %2 yuan, still owed %3 yuan.", nullptr, int(loans->size()))
            .arg(asOf.toString(Qt::ISODate), Money::fromFen(lent).toString(), Money::fromFen(owed).toString()));
}

qint64 LoansPanel::selectedLoan() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

void LoansPanel::newLoan()
{
    if (!m_db)
        return;
    auto *dialog = new LoanDialog(*m_db, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refresh();
        if (const int row = m_model->rowFor(dialog->loanId()); row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
        emit statusMessage(tr("The loan was saved."));
    });
    dialog->open();
}

void LoansPanel::openSelected()
{
    const qint64 id = selectedLoan();
    if (!m_db || !id)
        return;
    auto *dialog = new LoanDialog(*m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LoanDialog::openHouseholdRequested, this, &LoansPanel::openHouseholdRequested);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit statusMessage(tr("The loan was saved."));
    });
    dialog->open();
}

void LoansPanel::openSelectedHousehold()
{
    if (const LoanState *loan = m_model->loanAt(m_view->currentIndex().row()))
        emit openHouseholdRequested(loan->householdId);
    else
        emit statusMessage(tr("Choose a loan in the list first."));
}

void LoansPanel::enterLoanEvent(LoanEvent::Kind kind)
{
    const qint64 id = selectedLoan();
    if (!m_db)
        return;
    if (!id) {
        emit statusMessage(tr("Choose a loan in the list first."));
        return;
    }
    auto *dialog = new LoanEventDialog(*m_db, id, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit statusMessage(tr("Entered for the loan."));
    });
    dialog->open();
}

ListExportJob::Choice LoansPanel::exportChoice() const
{
    const auto filter = Filter(m_filter->currentData().toInt());
    const QDate asOf = m_asOf->date();
    const ListExport::Loans list = filter == OverdueLoans ? ListExport::Loans::Overdue
        : filter == DueSoonLoans                          ? ListExport::Loans::DueSoon
                                                          : ListExport::Loans::All;
    return {tr("Microcredit loans"), [=](ListExport &out, const QString &path) { return out.loans(list, asOf, path); }};
}
