// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenefitDialog.h"

#include "common/Money.h"
#include "funds/BenefitBook.h"
#include "widgets/Mnemonics.h"
#include "widgets/RefusalLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

BenefitDialog::BenefitDialog(
    CountyDatabase &db, const QList<qint64> &householdIds, int year, const QString &label, QWidget *parent)
    : QDialog(parent), m_db(db), m_households(householdIds)
{
    setObjectName(QStringLiteral("benefitDialog"));
    setWindowTitle(householdIds.size() > 1 ? tr("Enter a benefit for %n households", nullptr, int(householdIds.size()))
                                           : tr("Enter a benefit"));
    auto *form = new QFormLayout;
    auto *who = new QLabel(label);
    who->setObjectName(QStringLiteral("benefitHouseholds"));
    who->setWordWrap(true);
    form->addRow(tr("For:"), who);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("benefitKind"));
    for (const BenefitBook::Type &t : BenefitBook::types())
        m_kind->addItem(t.name, t.code);
    form->addRow(tr("&Kind of benefit:"), m_kind);
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("benefitYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    form->addRow(tr("&Year:"), m_year);
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("benefitAmount"));
    m_amount->setPlaceholderText(tr("yuan, e.g. 3600.00"));
    form->addRow(tr("&Amount (yuan):"), m_amount);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("benefitNote"));
    form->addRow(tr("&Note:"), m_note);
    m_error = new RefusalLabel(QStringLiteral("benefitError"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    Mnemonics::makeUnique(this);
    m_amount->setFocus();
}

void BenefitDialog::accept()
{
    const Result<Money> amount = Money::parse(m_amount->text());
    if (!amount) {
        m_error->refuse(amount.error());
        return;
    }
    HouseholdBenefit b;
    b.year = m_year->value();
    b.benefitCode = m_kind->currentData().toString();
    b.amountFen = amount->fen();
    b.note = m_note->text().trimmed();
    BenefitBook book(m_db);
    if (m_households.size() == 1) {
        b.householdId = m_households.first();
        if (const Result<qint64> r = book.save(b); !r) {
            m_error->refuse(r.error());
            return;
        }
        m_saved = 1;
    } else {
        const Result<int> r = book.saveForHouseholds(m_households, b);
        if (!r) {
            m_error->refuse(r.error());
            return;
        }
        m_saved = r.value();
    }
    QDialog::accept();
}
