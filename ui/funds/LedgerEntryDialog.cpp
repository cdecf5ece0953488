// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/LedgerEntryDialog.h"

#include "common/Money.h"
#include "db/CountyDatabase.h"
#include "funds/FundLedger.h"
#include "funds/FundsKinds.h"
#include "projects/ProjectLibrary.h"
#include "register/HouseholdLookup.h"

#include "widgets/DateField.h"
#include "widgets/RefusalLabel.h"
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

LedgerEntryDialog::LedgerEntryDialog(CountyDatabase &db, LedgerKind kind, QWidget *parent)
    : QDialog(parent), m_db(db), m_kind(kind)
{
    setObjectName(QStringLiteral("ledgerEntryDialog"));
    switch (kind) {
    case LedgerKind::Receipt:
        setWindowTitle(tr("Enter a receipt"));
        break;
    case LedgerKind::Allocation:
        setWindowTitle(tr("Allocate funds to a project"));
        break;
    case LedgerKind::Disbursement:
        setWindowTitle(tr("Pay out of an allocation"));
        break;
    }
    auto *form = new QFormLayout;
    auto named = [](QWidget *w, const char *name) {
        w->setObjectName(QLatin1String(name));
        return w;
    };
    if (kind != LedgerKind::Disbursement) {
        m_source = new QComboBox(this);
        named(m_source, "entrySource");
        const Result<QList<FundSource>> sources = FundSourceRepository(db).list();
        for (const FundSource &s : sources.value_or({}))
            m_source->addItem(s.name, s.meta.id);
        form->addRow(tr("Fund source"), m_source);
    }
    if (kind == LedgerKind::Allocation) {
        m_project = new QComboBox(this);
        named(m_project, "entryProject");
        for (const ProjectRow &p : ProjectLibrary(db).list().value_or({})) {
            if (p.status != ProjectStatus::Proposed && p.status != ProjectStatus::InLibrary
                && p.status != ProjectStatus::Cancelled)
                m_project->addItem(QStringLiteral("%1 (%2)").arg(p.name).arg(p.year), p.id);
        }
        form->addRow(tr("Project"), m_project);
    }
    if (kind == LedgerKind::Disbursement) {
        m_allocation = new QComboBox(this);
        named(m_allocation, "entryAllocation");
        FundLedger ledger(db);
        QHash<qint64, QString> projects;
        for (const ProjectRow &p : ProjectLibrary(db).list().value_or({}))
            projects.insert(p.id, p.name);
        for (const LedgerEntry &a : ledger.entries(LedgerKind::Allocation).value_or({})) {
            if (a.reversesId || a.reversedById)
                continue;
            m_allocation->addItem(tr("%1 — %2 yuan on %3 (voucher %4)")
                                      .arg(projects.value(a.projectId), Money::fromFen(a.amountFen).toString(),
                                          a.date.toString(Qt::ISODate), a.voucherNo),
                a.id);
        }
        form->addRow(tr("Allocation"), m_allocation);
    }
    m_date = new DateField(QDate::currentDate(), this);
    named(m_date, "entryDate");
    form->addRow(tr("Date"), m_date);
    m_amount = new QLineEdit(this);
    named(m_amount, "entryAmount");
    m_amount->setPlaceholderText(tr("yuan, e.g. 12000.50"));
    form->addRow(tr("Amount (yuan)"), m_amount);
    m_voucher = new QLineEdit(this);
    named(m_voucher, "entryVoucher");
    form->addRow(tr("Voucher no."), m_voucher);
    if (kind == LedgerKind::Disbursement) {
        m_payee = new QLineEdit(this);
        named(m_payee, "entryPayee");
        form->addRow(tr("Payee"), m_payee);
        m_household = new QLineEdit(this);
        named(m_household, "entryHousehold");
        m_household->setPlaceholderText(tr("household code, when paid to a household"));
        form->addRow(tr("Household"), m_household);
    }
    m_note = new QLineEdit(this);
    named(m_note, "entryNote");
    form->addRow(tr("Note"), m_note);

    m_error = new RefusalLabel(QStringLiteral("entryError"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void LedgerEntryDialog::accept()
{
    auto fail = [this](const QString &why) { m_error->refuse(why); };
    const Result<Money> amount = Money::parse(m_amount->text());
    if (!amount)
        return fail(amount.error());
    LedgerEntry e;
    e.date = m_date->date();
    e.amountFen = amount->fen();
    e.voucherNo = m_voucher->text();
    e.note = m_note->text();
    if (m_source)
        e.sourceId = m_source->currentData().toLongLong();
    if (m_project)
        e.projectId = m_project->currentData().toLongLong();
    if (m_allocation)
        e.allocationId = m_allocation->currentData().toLongLong();
    if (m_payee)
        e.payee = m_payee->text();
    if (m_household && !m_household->text().trimmed().isEmpty()) {
        const Result<qint64> id = HouseholdLookup(m_db).idOfCode(m_household->text().trimmed());
        if (!id)
            return fail(id.error());
        e.householdId = id.value();
    }
    FundLedger ledger(m_db);
    const Result<qint64> r = m_kind == LedgerKind::Receipt ? ledger.receive(e)
        : m_kind == LedgerKind::Allocation                 ? ledger.allocate(e)
                                                           : ledger.disburse(e);
    if (!r)
        return fail(r.error());
    m_enteredId = r.value();
    QDialog::accept();
}
