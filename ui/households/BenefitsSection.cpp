// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenefitsSection.h"

#include "BenefitDialog.h"
#include "common/Money.h"
#include "funds/BenefitBook.h"
#include "widgets/ActionGate.h"
#include "widgets/TableKeys.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

BenefitsSection::BenefitsSection(QWidget *parent) : QGroupBox(tr("Policy benefits (政策享受)"), parent)
{
    setObjectName(QStringLiteral("benefitsSection"));
    m_table = new QTableWidget(0, 4);
    TableKeys::apply(m_table);
    m_table->setObjectName(QStringLiteral("benefitTable"));
    m_table->setAccessibleName(tr("Policy benefits"));
    m_table->setHorizontalHeaderLabels({tr("Year"), tr("Benefit"), tr("Amount (yuan)"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(180);
    // Buttons without mnemonics, as in the assistance section: the editor's fields take the letters.
    m_add = new QPushButton(tr("Add a benefit…"));
    m_add->setObjectName(QStringLiteral("addBenefitButton"));
    m_remove = new QPushButton(tr("Remove the benefit…"));
    m_remove->setObjectName(QStringLiteral("removeBenefitButton"));
    for (QPushButton *b : {m_add, m_remove}) {
        b->setAutoDefault(false);
        b->setEnabled(false);
    }
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("benefitSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Policy benefits, by year, the latest first"));
    title->setBuddy(m_table);
    bar->addWidget(title, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    connect(m_add, &QPushButton::clicked, this, &BenefitsSection::addBenefit);
    connect(m_remove, &QPushButton::clicked, this, &BenefitsSection::removeBenefit);
}

void BenefitsSection::load(CountyDatabase &db, qint64 householdId, bool editable)
{
    m_db = &db;
    m_household = householdId;
    m_editable = editable;
    // A new household has no id yet: its benefits are entered once it is saved.
    // Core's answer, with the reason as tooltip: the auditor and other villages are refused anyway.
    const Status saved = !editable ? Status::failure(tr("The household is open for reading only."))
        : householdId != 0         ? Status()
                                   : Status::failure(tr("Save the household first to enter its benefits."));
    for (QPushButton *b : {m_add, m_remove})
        ActionGate::offerWrite(b, &db, RecordFields::recordKind<HouseholdBenefit>().access, householdId, saved);
    m_rows = householdId ? BenefitBook(db).forHousehold(householdId).value_or({}) : QList<HouseholdBenefit>();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const HouseholdBenefit &b = m_rows.at(r);
        auto *amount = new QTableWidgetItem(Money::fromFen(b.amountFen).toString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 0, new QTableWidgetItem(QString::number(b.year)));
        m_table->setItem(r, 1, new QTableWidgetItem(BenefitBook::typeName(b.benefitCode)));
        m_table->setItem(r, 2, amount);
        m_table->setItem(r, 3, new QTableWidgetItem(b.note));
    }
    m_table->resizeColumnsToContents();
    showSummary();
}

void BenefitsSection::setYear(int year)
{
    m_year = year;
    showSummary();
}

void BenefitsSection::showSummary()
{
    if (!m_db || m_household == 0) {
        m_summary->setText(tr("Benefits are entered once the household is saved."));
        return;
    }
    const Result<BenefitBook::YearSummary> s = BenefitBook(*m_db).yearSummary(m_household, m_year);
    if (!s) {
        m_summary->setText(s.error().toHtmlEscaped());
        return;
    }
    const auto yuan = [](qint64 fen) { return Money::fromFen(fen).toString(); };
    QString html = tr("Benefits in %1: <b>%2</b> yuan in all.").arg(m_year).arg(yuan(s->benefitsFen)) + u' ';
    html += s->hasIncome ? tr("Transfer income recorded for %1 in the income section: <b>%2</b> yuan.")
                               .arg(m_year)
                               .arg(yuan(s->recordedTransfersFen))
                         : tr("No income is recorded for %1.").arg(m_year);
    // Field by field, where the benefits feed the income; the income is the user's to correct.
    QStringList lines;
    for (const IncomeFeed &f : s->feeds) {
        const QString line = tr("%1: benefits %2 yuan, income records %3 yuan")
                                 .arg(f.label.toHtmlEscaped(), yuan(f.benefitsFen),
                                     f.hasIncome ? yuan(f.recordedFen) : QStringLiteral("-"));
        lines << (f.differs() ? QStringLiteral("<span style=\"color:#9a6700\">⚠ %1</span>").arg(line)
                              : QStringLiteral("<span style=\"color:#1a7f37\">✔ %1</span>").arg(line));
    }
    if (!lines.isEmpty())
        html += QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
    if (std::any_of(s->feeds.cbegin(), s->feeds.cend(), [](const IncomeFeed &f) { return f.differs(); }))
        html += QStringLiteral("<br>")
            + tr("The income is not changed by the benefits: correct it in the income section if it is wrong.");
    m_summary->setText(html);
}

void BenefitsSection::reload()
{
    if (!m_db)
        return;
    load(*m_db, m_household, m_editable);
    emit changed();
}

void BenefitsSection::addBenefit()
{
    if (!m_db || m_household == 0)
        return;
    BenefitDialog dialog(*m_db, {m_household}, m_year, tr("this household"), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void BenefitsSection::removeBenefit()
{
    const int row = m_table->currentRow();
    if (!m_db || row < 0 || row >= m_rows.size()) {
        QMessageBox::information(this, tr("Remove the benefit"), tr("Choose the benefit to remove in the list first."));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Remove the benefit"), tr("&Why is the benefit removed?"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (const Status s = BenefitBook(*m_db).remove(m_rows.at(row).meta.id, reason); !s) {
        QMessageBox::warning(this, tr("Remove the benefit"), s.error());
        return;
    }
    reload();
}
