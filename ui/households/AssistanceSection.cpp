// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistanceSection.h"

#include "common/Money.h"
#include "county/CodeLists.h"
#include "forces/AssistanceRecords.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *readOnlyTable(const QString &name, const QString &accessible, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMaximumHeight(160);
    return table;
}

void fill(QTableWidget *table, const QList<QStringList> &rows)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    }
    table->resizeColumnsToContents();
}

} // namespace

AssistanceSection::AssistanceSection(const CodeLists &codes, QWidget *parent)
    : QGroupBox(tr("Assistance measures, responsible cadres and visits"), parent), m_codes(codes)
{
    auto *layout = new QVBoxLayout(this);
    m_measures = readOnlyTable(QStringLiteral("measureTable"), tr("Assistance measures"),
        {tr("Category"), tr("Since"), tr("Amount (yuan)"), tr("Measure")});
    m_cadres = readOnlyTable(QStringLiteral("cadreTable"), tr("Responsible cadres"),
        {tr("Cadre"), tr("Unit"), tr("Post"), tr("Phone"), tr("From"), tr("Until")});
    m_visits
        = readOnlyTable(QStringLiteral("visitTable"), tr("Visits"), {tr("Date"), tr("Cadre"), tr("Found"), tr("Done")});
    for (auto [title, table] : {std::pair{tr("Assistance measures"), m_measures},
             {tr("Responsible cadres (the current one first)"), m_cadres}, {tr("Visits"), m_visits}}) {
        auto *label = new QLabel(title);
        label->setBuddy(table);
        layout->addWidget(label);
        layout->addWidget(table);
    }
}

void AssistanceSection::load(AssistanceRecords &records, qint64 householdId)
{
    QList<QStringList> rows;
    for (const Measure &m : records.measures(householdId).value_or({}))
        rows << QStringList{m_codes.name(CodeList::Measure, m.categoryCode), m.startDate.toString(Qt::ISODate),
            Money::fromFen(m.amountFen).toString(), m.description};
    fill(m_measures, rows);
    rows.clear();
    for (const PairingRecord &p : records.pairings(householdId).value_or({}))
        rows << QStringList{p.cadreName, p.unitName, p.post, p.phone, p.pairing.startDate.toString(Qt::ISODate),
            p.pairing.endDate.isValid() ? p.pairing.endDate.toString(Qt::ISODate) : tr("now")};
    fill(m_cadres, rows);
    rows.clear();
    for (const VisitRecord &v : records.visits(householdId).value_or({}))
        rows << QStringList{v.visit.date.toString(Qt::ISODate), v.cadreName, v.visit.findings, v.visit.actions};
    fill(m_visits, rows);
}
