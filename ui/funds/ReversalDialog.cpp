// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/ReversalDialog.h"

#include "common/Money.h"
#include "funds/FundLedger.h"

#include "widgets/DateField.h"
#include "widgets/RefusalLabel.h"
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ReversalDialog::ReversalDialog(CountyDatabase &db, const LedgerEntry &entry, QWidget *parent)
    : QDialog(parent), m_db(db), m_entry(entry)
{
    setObjectName(QStringLiteral("reversalDialog"));
    setWindowTitle(tr("Reverse an entry"));
    auto *what = new QLabel(
        tr("%1 %2 of %3 yuan on %4, voucher %5. The entry stays in the ledger; a reversing "
           "entry cancels it out.")
            .arg(FundLedger::kindName(entry.kind))
            .arg(entry.id)
            .arg(Money::fromFen(entry.amountFen).toString(), entry.date.toString(Qt::ISODate), entry.voucherNo),
        this);
    what->setWordWrap(true);
    auto *form = new QFormLayout;
    m_date = new DateField(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("reversalDate"));
    form->addRow(tr("Date"), m_date);
    m_voucher = new QLineEdit(this);
    m_voucher->setObjectName(QStringLiteral("reversalVoucher"));
    form->addRow(tr("Voucher no."), m_voucher);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reversalReason"));
    form->addRow(tr("Reason"), m_reason);
    m_error = new RefusalLabel(QStringLiteral("reversalError"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ReversalDialog::accept()
{
    const Result<qint64> r
        = FundLedger(m_db).reverse(m_entry.kind, m_entry.id, m_date->date(), m_voucher->text(), m_reason->text());
    if (!r) {
        m_error->refuse(r.error());
        return;
    }
    QDialog::accept();
}
