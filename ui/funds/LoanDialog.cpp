// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/LoanDialog.h"

#include "accounts/AccessPolicy.h"
#include "common/Money.h"
#include "db/CountyDatabase.h"
#include "funds/MicroloanBook.h"
#include "register/HouseholdLookup.h"
#include "register/HouseholdRepository.h"
#include "widgets/DateField.h"
#include "widgets/Mnemonics.h"
#include "widgets/RefusalLabel.h"
#include "widgets/TableKeys.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

LoanDialog::LoanDialog(CountyDatabase &db, qint64 loanId, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("loanDialog"));
    if (loanId) {
        const Result<Microloan> loaded = MicroloanBook(db).load(loanId);
        if (loaded)
            m_loan = loaded.value();
    }
    const bool existing = m_loan.meta.id != 0;
    setWindowTitle(existing ? tr("Microcredit loan of %1").arg(m_loan.borrowerName) : tr("New microcredit loan"));

    auto *form = new QFormLayout;
    m_household = new QLineEdit;
    m_household->setObjectName(QStringLiteral("loanHousehold"));
    m_household->setPlaceholderText(tr("household code, then Enter"));
    // Room for a whole 16-digit household code.
    m_household->setMinimumWidth(m_household->fontMetrics().horizontalAdvance(QStringLiteral("5226330000000000")) + 24);
    m_householdName = new QLabel;
    m_householdName->setObjectName(QStringLiteral("loanHouseholdName"));
    auto *householdRow = new QHBoxLayout;
    householdRow->addWidget(m_household);
    householdRow->addWidget(m_householdName, 1);
    auto *householdLabel = new QLabel(tr("&Household:"));
    householdLabel->setBuddy(m_household);
    form->addRow(householdLabel, householdRow);
    m_borrower = new QComboBox;
    m_borrower->setObjectName(QStringLiteral("loanBorrower"));
    form->addRow(tr("&Borrower:"), m_borrower);
    m_bank = new QComboBox;
    m_bank->setObjectName(QStringLiteral("loanBank"));
    m_bank->setEditable(true);
    m_bank->addItems({tr("%1 Rural Credit Cooperative").arg(db.countyName()), tr("Agricultural Bank of China"),
        tr("Postal Savings Bank of China")});
    form->addRow(tr("Ban&k:"), m_bank);
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("loanAmount"));
    m_amount->setPlaceholderText(tr("yuan, at most 50000"));
    form->addRow(tr("&Amount (yuan):"), m_amount);
    m_date = new DateField(QDate::currentDate());
    m_date->setObjectName(QStringLiteral("loanDate"));
    form->addRow(tr("Loan &date:"), m_date);
    m_term = new QSpinBox;
    m_term->setObjectName(QStringLiteral("loanTerm"));
    m_term->setRange(1, 120); // beyond 36 the term rule in core refuses, in words
    m_term->setValue(36);
    m_term->setSuffix(tr(" months"));
    form->addRow(tr("&Term:"), m_term);
    m_purposeCode = new QComboBox;
    m_purposeCode->setObjectName(QStringLiteral("loanPurposeCode"));
    for (const MicroloanBook::Purpose &p : MicroloanBook::purposes())
        m_purposeCode->addItem(p.name, p.code);
    form->addRow(tr("&Purpose:"), m_purposeCode);
    m_purpose = new QLineEdit;
    m_purpose->setObjectName(QStringLiteral("loanPurpose"));
    m_purpose->setPlaceholderText(tr("e.g. 20 Congjiang pigs"));
    form->addRow(tr("&Use of the money:"), m_purpose);
    m_rate = new QSpinBox;
    m_rate->setObjectName(QStringLiteral("loanRate"));
    m_rate->setRange(0, 200);
    m_rate->setValue(43);
    m_rate->setSuffix(QStringLiteral(" ‰"));
    m_rate->setToolTip(tr("The benchmark rate, subsidised in full (贴息)"));
    form->addRow(tr("Interest rate, &subsidised:"), m_rate);

    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("loanState"));
    m_state->setWordWrap(true);
    m_history = new QTableWidget(0, 4);
    TableKeys::apply(m_history);
    m_history->setObjectName(QStringLiteral("loanHistory"));
    m_history->setAccessibleName(tr("Repayments, extensions and subsidies"));
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("What"), tr("Amount (yuan)"), tr("Note")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);

    m_error = new RefusalLabel(QStringLiteral("loanError"));
    // A mistyped repayment, extension or subsidy is corrected by its reversal (MicroloanBook::reverse).
    auto *reverse = new QAction(tr("&Reverse this entry…"), m_history);
    reverse->setObjectName(QStringLiteral("loanReverseEvent"));
    m_history->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_history->addAction(reverse);
    connect(reverse, &QAction::triggered, this, [this] {
        const QTableWidgetItem *item = m_history->item(m_history->currentRow(), 0);
        if (!item)
            return;
        const qint64 eventId = item->data(Qt::UserRole).toLongLong();
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Reverse the entry"),
            tr("Why is this entry reversed? It stays in the history, cancelled by a new entry."), QLineEdit::Normal,
            QString(), &ok);
        if (!ok)
            return;
        const Result<qint64> r = MicroloanBook(m_db).reverse(eventId, QDate(), reason);
        if (!r) {
            m_error->refuse(r.error());
            return;
        }
        m_error->hide();
        showHistory();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *openHousehold = buttons->addButton(tr("Open the &household"), QDialogButtonBox::ActionRole);
    openHousehold->setObjectName(QStringLiteral("loanOpenHousehold"));
    openHousehold->setEnabled(existing);
    connect(openHousehold, &QPushButton::clicked, this, [this] {
        if (m_householdId) {
            emit openHouseholdRequested(m_householdId);
            reject();
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_household, &QLineEdit::returnPressed, this, &LoanDialog::findHousehold);
    connect(m_household, &QLineEdit::editingFinished, this, &LoanDialog::findHousehold);

    if (existing) {
        m_householdId = m_loan.householdId;
        m_household->setReadOnly(true);
        fillMembers(m_loan.householdId);
        if (m_borrower->findData(m_loan.memberId) < 0) // the member has left the household
            m_borrower->addItem(m_loan.borrowerName, m_loan.memberId);
        m_borrower->setCurrentIndex(m_borrower->findData(m_loan.memberId));
        m_bank->setCurrentText(m_loan.bank);
        m_amount->setText(Money::fromFen(m_loan.amountFen).toEditString());
        m_date->setDate(m_loan.loanDate);
        m_term->setValue(m_loan.termMonths);
        m_purposeCode->setCurrentIndex(std::max(0, m_purposeCode->findData(m_loan.purposeCode)));
        m_purpose->setText(m_loan.purpose);
        m_rate->setValue(m_loan.interestRatePermille);
        showHistory();
    } else {
        m_state->hide();
        m_history->hide();
    }
    // Loans are kept by the county (AccessPolicy): others read them.
    if (const Status may = AccessPolicy::check(db, AccessPolicy::Action::EditCountyData); !may) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        reverse->setEnabled(false);
        m_error->refuse(tr("Read only: %1").arg(may.error()));
    }
    Mnemonics::makeUnique(this);
    resize(640, existing ? 600 : sizeHint().height());
}

void LoanDialog::setHouseholdCode(const QString &code)
{
    m_household->setText(code);
    findHousehold();
}

void LoanDialog::findHousehold()
{
    if (m_loan.meta.id != 0)
        return;
    const QString code = m_household->text().trimmed();
    if (code.isEmpty())
        return;
    const Result<qint64> id = HouseholdLookup(m_db).idOfCode(code);
    if (!id) {
        m_householdId = 0;
        m_borrower->clear();
        m_householdName->clear();
        m_error->refuse(id.error());
        return;
    }
    if (id.value() == m_householdId)
        return;
    m_householdId = id.value();
    m_error->hide();
    fillMembers(m_householdId);
}

void LoanDialog::fillMembers(qint64 householdId)
{
    m_borrower->clear();
    const Result<Household> h = HouseholdRepository(m_db).load(householdId);
    if (!h) {
        m_error->refuse(h.error());
        return;
    }
    m_household->setText(h->code);
    const Member *head = h->head();
    m_householdName->setText(head ? tr("head: %1").arg(head->name) : QString());
    // Every member is offered: the age rule is core's, and its refusal says who is too young or old.
    for (const Member &m : h->members) {
        const QString born = m.birthDate.isValid() ? m.birthDate.toString(Qt::ISODate) : tr("no birth date");
        m_borrower->addItem(tr("%1 (born %2)").arg(m.name, born), m.meta.id);
    }
}

void LoanDialog::showHistory()
{
    MicroloanBook book(m_db);
    const QList<LoanEvent> events = book.events(m_loan.meta.id).value_or({});
    m_history->setRowCount(int(events.size()));
    for (int r = 0; r < events.size(); ++r) {
        const LoanEvent &e = events.at(r);
        const QString amount = e.kind == LoanEvent::Kind::Extension && !e.isReversal()
            ? tr("due %1").arg(e.newDueDate.toString(Qt::ISODate))
            : e.amount.toString();
        auto *date = new QTableWidgetItem(e.date.toString(Qt::ISODate));
        date->setData(Qt::UserRole, e.id);
        m_history->setItem(r, 0, date);
        QString what = MicroloanBook::eventKindName(e.kind);
        if (e.isReversal())
            what = tr("Reversal: %1").arg(what);
        else if (e.reversedById)
            what = tr("%1 (reversed)").arg(what);
        m_history->setItem(r, 1, new QTableWidgetItem(what));
        m_history->setItem(r, 2, new QTableWidgetItem(amount));
        m_history->setItem(r, 3, new QTableWidgetItem(e.note));
    }
    m_history->resizeColumnsToContents();
    if (const Result<LoanState> s = book.state(m_loan.meta.id, QDate::currentDate()); s)
        m_state->setText(tr("Due %1; repaid %2 yuan, owed %3 yuan; interest subsidy paid %4 yuan.")
                             .arg(s->dueDate.toString(Qt::ISODate), s->repaid.toString(), s->outstanding().toString(),
                                 s->subsidy.toString()));
}

void LoanDialog::accept()
{
    findHousehold();
    if (m_householdId == 0) {
        m_error->refuse(tr("Enter the code of the household that borrows."));
        return;
    }
    const Result<Money> amount = Money::parse(m_amount->text());
    if (!amount) {
        m_error->refuse(amount.error());
        return;
    }
    Microloan l = m_loan;
    l.householdId = m_householdId;
    l.memberId = m_borrower->currentData().toLongLong();
    l.bank = m_bank->currentText().trimmed();
    l.amountFen = amount->fen();
    l.loanDate = m_date->date();
    l.termMonths = m_term->value();
    l.purposeCode = m_purposeCode->currentData().toString();
    l.purpose = m_purpose->text().trimmed();
    l.interestRatePermille = m_rate->value();
    if (const Result<qint64> r = MicroloanBook(m_db).save(l); !r) {
        m_error->refuse(r.error());
        return;
    }
    m_loan = l;
    QDialog::accept();
}
