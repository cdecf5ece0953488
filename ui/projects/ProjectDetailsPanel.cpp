// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/ProjectDetailsPanel.h"

#include "common/Money.h"
#include "funds/FundLedger.h"
#include "funds/FundsKinds.h"
#include "projects/ProjectLibrary.h"
#include "projects/ProjectLifecycle.h"
#include "widgets/Mnemonics.h"
#include "widgets/TableKeys.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *table(const QStringList &headers, const char *name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    TableKeys::apply(t);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ProjectDetailsPanel::ProjectDetailsPanel(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("projectDetails"));
    auto *funds = new QWidget(this);
    auto *fundsLayout = new QVBoxLayout(funds);
    fundsLayout->setContentsMargins(4, 4, 4, 4);
    m_fundsTotal = new QLabel(funds);
    m_fundsTotal->setObjectName(QStringLiteral("projectFundsTotal"));
    m_funds = table({tr("Date"), tr("Entry"), tr("Fund source"), tr("Voucher"), tr("Amount (yuan)"), tr("Payee")},
        "projectFunds", funds);
    m_funds->setAccessibleName(tr("Project funds"));
    fundsLayout->addWidget(m_fundsTotal);
    fundsLayout->addWidget(m_funds, 1);
    m_beneficiaries = table({tr("Household"), tr("Head"), tr("Village")}, "projectBeneficiaries", this);
    m_beneficiaries->setAccessibleName(tr("Beneficiary households"));
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("projectHistory"));
    m_history->setAccessibleName(tr("Project history"));
    addTab(funds, tr("Funds"));
    addTab(m_beneficiaries, tr("Beneficiaries"));
    addTab(m_history, tr("History"));
}

void ProjectDetailsPanel::showProject(CountyDatabase *db, qint64 projectId, qint64 budgetFen)
{
    m_funds->setRowCount(0);
    m_beneficiaries->setRowCount(0);
    m_history->clear();
    m_fundsTotal->clear();
    setTabText(1, Mnemonics::keepLetter(tabText(1), tr("Beneficiaries")));
    if (!db || !projectId)
        return;
    showFunds(*db, projectId, budgetFen);
    showBeneficiaries(*db, projectId);
    showHistory(*db, projectId);
}

void ProjectDetailsPanel::showFunds(CountyDatabase &db, qint64 projectId, qint64 budgetFen)
{
    const FundLedger ledger(db);
    QList<LedgerEntry> entries = ledger.entries(LedgerKind::Allocation, 0, projectId).value_or({});
    entries += ledger.entries(LedgerKind::Disbursement, 0, projectId).value_or({});
    std::stable_sort(
        entries.begin(), entries.end(), [](const LedgerEntry &a, const LedgerEntry &b) { return a.date < b.date; });
    // A project draws on few sources: their names are read once each.
    QHash<qint64, QString> sources;
    qint64 allocated = 0, disbursed = 0;
    m_funds->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const LedgerEntry &e = entries.at(row);
        if (!sources.contains(e.sourceId))
            sources.insert(e.sourceId, FundSourceRepository(db).load(e.sourceId).value_or({}).name);
        (e.kind == LedgerKind::Allocation ? allocated : disbursed) += e.amountFen;
        QString kind = FundLedger::kindName(e.kind);
        if (e.reversesId)
            kind = tr("%1 (reversal)").arg(kind);
        m_funds->setItem(row, 0, cell(e.date.toString(Qt::ISODate)));
        m_funds->setItem(row, 1, cell(kind));
        m_funds->setItem(row, 2, cell(sources.value(e.sourceId)));
        m_funds->setItem(row, 3, cell(e.voucherNo));
        m_funds->setItem(row, 4, cell(Money::fromFen(e.amountFen).toString(), true));
        m_funds->setItem(row, 5, cell(e.payee));
    }
    m_funds->resizeColumnsToContents();
    m_fundsTotal->setText(
        tr("Budget %1 yuan · allocated %2 yuan · disbursed %3 yuan · not yet disbursed %4 yuan")
            .arg(Money::fromFen(budgetFen).toString(), Money::fromFen(allocated).toString(),
                Money::fromFen(disbursed).toString(), Money::fromFen(allocated - disbursed).toString()));
}

void ProjectDetailsPanel::showBeneficiaries(CountyDatabase &db, qint64 projectId)
{
    const QList<BeneficiaryRow> rows = ProjectLibrary(db).beneficiaryRows(projectId).value_or({});
    m_beneficiaries->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_beneficiaries->setItem(row, 0, cell(rows.at(row).code));
        m_beneficiaries->setItem(row, 1, cell(rows.at(row).headName));
        m_beneficiaries->setItem(row, 2, cell(rows.at(row).village));
    }
    m_beneficiaries->resizeColumnsToContents();
    setTabText(1, Mnemonics::keepLetter(tabText(1), tr("Beneficiaries (%1)").arg(rows.size())));
}

void ProjectDetailsPanel::showHistory(CountyDatabase &db, qint64 projectId)
{
    for (const ProjectEvent &e : ProjectLifecycle(db).history(projectId).value_or({})) {
        QString line = tr("%1  %2 → %3, by %4")
                           .arg(e.date.toString(Qt::ISODate), ProjectStatusWords::name(e.from),
                               ProjectStatusWords::name(e.to), e.recordedBy);
        QStringList details;
        for (const QString &d :
            {e.reason, e.procurementMethod, e.winningBidder, e.milestone, e.acceptedBy, e.auditResult}) {
            if (!d.isEmpty())
                details << d;
        }
        if (e.contractFen)
            details << tr("contract %1 yuan").arg(Money::fromFen(e.contractFen).toString());
        if (e.to == ProjectStatus::InProgress)
            details << tr("%1% done").arg(e.progressPercent);
        if (!details.isEmpty())
            line += QStringLiteral(" (") + details.join(tr(", ")) + u')';
        m_history->addItem(line);
    }
}
