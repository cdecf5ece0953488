// SPDX-License-Identifier: GPL-3.0-or-later
#include "QualityPanel.h"

#include "db/CountyDatabase.h"
#include "quality/QualityChecker.h"
#include "register/HouseholdRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int HouseholdIdRole = Qt::UserRole + 1;
}

QualityPanel::QualityPanel(QWidget *parent) : QDockWidget(tr("Data Quality"), parent)
{
    setObjectName(QStringLiteral("qualityPanel"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    auto *bar = new QHBoxLayout;
    m_scope = new QLabel;
    bar->addWidget(m_scope);
    m_householdOnly = new QCheckBox(tr("Selected &household only"));
    m_householdOnly->setObjectName(QStringLiteral("qualityHouseholdOnly"));
    m_householdOnly->setEnabled(false);
    connect(m_householdOnly, &QCheckBox::toggled, this, &QualityPanel::updateScope);
    bar->addWidget(m_householdOnly);
    bar->addStretch();
    auto *yearLabel = new QLabel(tr("&Year:"));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("qualityYearSpin"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(2011, 2099);
    m_year->setValue(QDate::currentDate().year() - 1);
    yearLabel->setBuddy(m_year);
    auto *severityLabel = new QLabel(tr("S&how:"));
    m_severity = new QComboBox;
    m_severity->setObjectName(QStringLiteral("qualitySeverityCombo"));
    m_severity->setAccessibleName(tr("Show"));
    m_severity->addItem(tr("Errors and warnings"), -1);
    m_severity->addItem(tr("Errors only"), int(Severity::Error));
    severityLabel->setBuddy(m_severity);
    auto *run = new QPushButton(tr("&Check"));
    run->setObjectName(QStringLiteral("qualityRunButton"));
    connect(run, &QPushButton::clicked, this, &QualityPanel::run);
    for (QWidget *w : std::initializer_list<QWidget *>{yearLabel, m_year, severityLabel, m_severity, run})
        bar->addWidget(w);
    layout->addLayout(bar);

    m_findings = new QTableWidget(0, 5);
    m_findings->setObjectName(QStringLiteral("qualityFindings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setHorizontalHeaderLabels({tr("Severity"), tr("Rule"), tr("Household"), tr("Head"), tr("Finding")});
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->verticalHeader()->hide();
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->setSortingEnabled(true);
    layout->addWidget(m_findings);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("qualitySummary"));
    layout->addWidget(m_summary);
    connect(m_findings, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        if (const QTableWidgetItem *first = m_findings->item(item->row(), 0))
            emit openHouseholdRequested(first->data(HouseholdIdRole).toLongLong());
    });
    setWidget(body);
}

void QualityPanel::setCounty(CountyDatabase *db, const CodeLists *)
{
    m_db = db;
    m_findings->setRowCount(0);
    m_summary->clear();
}

void QualityPanel::setDivision(qint64 divisionId, const QString &name)
{
    m_divisionId = divisionId;
    m_divisionName = name;
    updateScope();
}

void QualityPanel::setHousehold(qint64 householdId, const QString &label)
{
    m_householdId = householdId;
    m_householdLabel = label;
    m_householdOnly->setEnabled(householdId != 0);
    updateScope();
}

void QualityPanel::updateScope()
{
    const bool household = m_householdOnly->isChecked() && m_householdId != 0;
    m_scope->setText(tr("Checks: %1").arg(household ? m_householdLabel : m_divisionName));
}

Result<QList<Finding>> QualityPanel::findings() const
{
    const QualityChecker checker(*m_db);
    if (!m_householdOnly->isChecked() || m_householdId == 0)
        return checker.checkDivision(m_divisionId, m_year->value());
    const auto household = HouseholdRepository(*m_db).load(m_householdId);
    if (!household)
        return Result<QList<Finding>>::failure(household.error());
    const auto context = checker.contextFor(household.value(), m_year->value());
    if (!context)
        return Result<QList<Finding>>::failure(context.error());
    return checker.checkHousehold(household.value(), context.value());
}

void QualityPanel::run()
{
    if (!m_db)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto found = findings();
    QApplication::restoreOverrideCursor();
    m_findings->setSortingEnabled(false);
    m_findings->setRowCount(0);
    if (!found) {
        m_summary->setText(tr("The check failed: %1").arg(found.error()));
        return;
    }
    const int only = m_severity->currentData().toInt();
    int errors = 0;
    int warnings = 0;
    for (const Finding &f : found.value()) {
        (f.severity == Severity::Error ? errors : warnings)++;
        if (only >= 0 && int(f.severity) != only)
            continue;
        const int row = m_findings->rowCount();
        m_findings->insertRow(row);
        const QStringList cells{f.severity == Severity::Error ? tr("Error") : tr("Warning"), f.ruleCode,
            f.householdCode, f.headName, f.message};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(HouseholdIdRole, f.householdId);
            if (c == 0)
                item->setForeground(
                    f.severity == Severity::Error ? QColor(0xc0, 0x1c, 0x28) : QColor(0x9a, 0x67, 0x00));
            m_findings->setItem(row, c, item);
        }
    }
    m_findings->setSortingEnabled(true);
    m_findings->resizeColumnsToContents();
    m_summary->setText(
        tr("%1 in %2: %3 errors, %4 warnings.").arg(m_year->value()).arg(m_divisionName).arg(errors).arg(warnings));
}
