// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/LoanEventDialog.h"

#include "common/Money.h"
#include "funds/MicroloanBook.h"
#include "widgets/DateField.h"
#include "widgets/Mnemonics.h"
#include "widgets/RefusalLabel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

LoanEventDialog::LoanEventDialog(CountyDatabase &db, qint64 loanId, LoanEvent::Kind kind, QWidget *parent)
    : QDialog(parent), m_db(db), m_loanId(loanId), m_kind(kind)
{
    setObjectName(QStringLiteral("loanEventDialog"));
    MicroloanBook book(db);
    setWindowTitle(MicroloanBook::eventKindName(kind));
    auto *form = new QFormLayout;
    auto *loan = new QLabel;
    loan->setObjectName(QStringLiteral("loanEventLoan"));
    loan->setWordWrap(true);
    if (const Result<LoanState> s = book.state(loanId, QDate(9999, 12, 31)); s)
        loan->setText(tr("%1 of household %2: %3 yuan from %4, due %5, owed %6 yuan")
                          .arg(s->borrowerName, s->householdCode, s->amount.toString(), s->bank,
                              s->dueDate.toString(Qt::ISODate), s->outstanding().toString()));
    form->addRow(tr("Loan:"), loan);
    m_date = new DateField(QDate::currentDate());
    m_date->setObjectName(QStringLiteral("loanEventDate"));
    form->addRow(tr("&Date:"), m_date);
    if (kind == LoanEvent::Kind::Extension) {
        m_newDue = new DateField(QDate::currentDate().addYears(1));
        m_newDue->setObjectName(QStringLiteral("loanEventNewDue"));
        form->addRow(tr("&New due date:"), m_newDue);
    } else {
        m_amount = new QLineEdit;
        m_amount->setObjectName(QStringLiteral("loanEventAmount"));
        m_amount->setPlaceholderText(tr("yuan, e.g. 5000.00"));
        form->addRow(tr("&Amount (yuan):"), m_amount);
    }
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("loanEventNote"));
    form->addRow(kind == LoanEvent::Kind::Extension ? tr("&Reason:") : tr("N&ote:"), m_note);
    m_error = new RefusalLabel(QStringLiteral("loanEventError"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    Mnemonics::makeUnique(this);
    resize(480, sizeHint().height());
}

void LoanEventDialog::accept()
{
    MicroloanBook book(m_db);
    Status s;
    if (m_kind == LoanEvent::Kind::Extension) {
        s = book.extend(m_loanId, m_date->date(), m_newDue->date(), m_note->text()).status();
    } else {
        const Result<Money> amount = Money::parse(m_amount->text());
        if (!amount) {
            m_error->refuse(amount.error());
            return;
        }
        s = (m_kind == LoanEvent::Kind::Repayment
                ? book.repay(m_loanId, m_date->date(), amount.value(), m_note->text())
                : book.subsidize(m_loanId, m_date->date(), amount.value(), m_note->text()))
                .status();
    }
    if (!s) {
        m_error->refuse(s.error());
        return;
    }
    QDialog::accept();
}
