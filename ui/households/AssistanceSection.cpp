// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistanceSection.h"

#include "accounts/AccessPolicy.h"
#include "common/Money.h"
#include "county/CodeLists.h"
#include "forces/AssistanceForces.h"
#include "forces/AssistanceRecords.h"
#include "forces/ForcesKinds.h"
#include "forces/MeasureDialog.h"
#include "forces/PairingDialog.h"
#include "forces/VisitDialog.h"
#include "widgets/ActionGate.h"
#include "widgets/TableKeys.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *readOnlyTable(const QString &name, const QString &accessible, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    TableKeys::apply(table);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
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
        {tr("Category"), tr("Since"), tr("Amount (yuan)"), tr("Measure"), tr("Result")});
    m_cadres = readOnlyTable(QStringLiteral("cadreTable"), tr("Responsible cadres"),
        {tr("Cadre"), tr("Unit"), tr("Post"), tr("Phone"), tr("From"), tr("Until"), tr("Reason over the cap")});
    m_visits = readOnlyTable(QStringLiteral("visitTable"), tr("Visits"),
        {tr("Date"), tr("Cadre"), tr("Found"), tr("Done"), tr("Follow up on")});
    // Buttons without mnemonics: the section shares the household editor's window, whose fields
    // take the letters.
    const auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        b->setAutoDefault(false);
        b->setEnabled(false);
        m_buttons << b;
        return b;
    };
    QPushButton *cadre = button(tr("Choose or change the cadre…"), QStringLiteral("changeCadreButton"));
    QPushButton *addMeasure = button(tr("Add a measure…"), QStringLiteral("addMeasureButton"));
    QPushButton *changeMeasure = button(tr("Change the measure…"), QStringLiteral("changeMeasureButton"));
    QPushButton *deleteMeasure = button(tr("Delete the measure…"), QStringLiteral("deleteMeasureButton"));
    QPushButton *visit = button(tr("Log a visit…"), QStringLiteral("logVisitButton"));
    // Opening only reads until Save: it stays usable for an account that may not change the visit.
    auto *openVisit = m_openVisit = new QPushButton(tr("Open the visit…"));
    openVisit->setObjectName(QStringLiteral("openVisitButton"));
    openVisit->setAutoDefault(false);
    openVisit->setToolTip(tr("Enter or a double-click on a visit does the same"));
    const QList<std::tuple<QString, QTableWidget *, QList<QPushButton *>>> parts{
        {tr("Responsible cadres (the current one first)"), m_cadres, {cadre}},
        {tr("Assistance measures"), m_measures, {addMeasure, changeMeasure, deleteMeasure}},
        {tr("Visits"), m_visits, {openVisit, visit}},
    };
    for (const auto &[title, table, buttons] : parts) {
        auto *bar = new QHBoxLayout;
        auto *label = new QLabel(title);
        label->setBuddy(table);
        bar->addWidget(label, 1);
        for (QPushButton *b : buttons)
            bar->addWidget(b);
        layout->addLayout(bar);
        layout->addWidget(table);
    }
    connect(cadre, &QPushButton::clicked, this, &AssistanceSection::changeCadre);
    connect(addMeasure, &QPushButton::clicked, this, [this] { editMeasure(true); });
    connect(changeMeasure, &QPushButton::clicked, this, [this] { editMeasure(false); });
    connect(m_measures, &QTableWidget::itemActivated, this, [this] { editMeasure(false); });
    connect(deleteMeasure, &QPushButton::clicked, this, &AssistanceSection::deleteMeasure);
    connect(visit, &QPushButton::clicked, this, &AssistanceSection::logVisit);
    connect(openVisit, &QPushButton::clicked, this, &AssistanceSection::openVisit);
    connect(m_visits, &QTableWidget::itemActivated, this, &AssistanceSection::openVisit);
}

void AssistanceSection::load(AssistanceRecords &records, qint64 householdId)
{
    m_db = &records.database();
    m_household = householdId;
    // Core refuses the auditor and other villages' households anyway; the buttons say so first,
    // also in an editor that is read only (each load comes after the editor disabled them).
    const Status saved
        = householdId != 0 ? Status() : Status::failure(tr("Save the household first to record its assistance."));
    m_editable = householdId != 0 && AccessPolicy::checkWrite<Visit>(*m_db, householdId).ok();
    for (QPushButton *b : std::as_const(m_buttons))
        ActionGate::offerWrite(b, m_db, RecordFields::recordKind<Visit>().access, householdId, saved);
    // A read-only editor disabled every button; reading a visit is still allowed.
    m_openVisit->setEnabled(householdId != 0);
    m_measureRows = records.measures(householdId).value_or({});
    QList<QStringList> rows;
    for (const Measure &m : std::as_const(m_measureRows))
        rows << QStringList{m_codes.name(CodeList::Measure, m.categoryCode), m.startDate.toString(Qt::ISODate),
            Money::fromFen(m.amountFen).toString(), m.description, m.result};
    fill(m_measures, rows);
    rows.clear();
    m_cadreRows.clear();
    for (const PairingRecord &p : records.pairings(householdId).value_or({})) {
        rows << QStringList{p.cadreName, p.unitName, p.post, p.phone, p.pairing.startDate.toString(Qt::ISODate),
            p.pairing.endDate.isValid() ? p.pairing.endDate.toString(Qt::ISODate) : tr("now"), p.pairing.overCapReason};
        if (!std::any_of(
                m_cadreRows.cbegin(), m_cadreRows.cend(), [&](const auto &c) { return c.first == p.pairing.cadreId; }))
            m_cadreRows.append({p.pairing.cadreId, p.cadreName});
    }
    fill(m_cadres, rows);
    rows.clear();
    m_visitRows = records.visits(householdId).value_or({});
    for (const VisitRecord &v : std::as_const(m_visitRows))
        rows << QStringList{v.visit.date.toString(Qt::ISODate), v.cadreName, v.visit.findings, v.visit.actions,
            v.visit.followUpDate.toString(Qt::ISODate)};
    fill(m_visits, rows);
}

void AssistanceSection::reload()
{
    if (!m_db)
        return;
    AssistanceRecords records(*m_db);
    load(records, m_household);
    emit changed();
}

QList<QPair<qint64, QString>> AssistanceSection::cadreChoices() const
{
    return m_cadreRows;
}

void AssistanceSection::changeCadre()
{
    if (!m_db || m_household == 0)
        return;
    PairingDialog dialog(*m_db, {m_household}, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AssistanceSection::editMeasure(bool newMeasure)
{
    // Enter on a measure comes here too, without a button to disable.
    if (!m_db || m_household == 0 || !m_editable)
        return;
    Measure measure;
    measure.householdId = m_household;
    if (!newMeasure) {
        const int row = m_measures->currentRow();
        if (row < 0 || row >= m_measureRows.size())
            return;
        measure = m_measureRows.at(row);
    } else if (!m_cadreRows.isEmpty()) {
        measure.cadreId = m_cadreRows.first().first;
    }
    MeasureDialog dialog(*m_db, m_codes, measure, cadreChoices(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AssistanceSection::deleteMeasure()
{
    const int row = m_measures->currentRow();
    if (!m_db || row < 0 || row >= m_measureRows.size())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Delete the measure"), tr("&Why is the measure deleted?"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (const Status s = AssistanceForces(*m_db).deleteMeasure(m_measureRows.at(row).meta.id, reason); !s) {
        QMessageBox::warning(this, tr("Delete the measure"), s.error());
        return;
    }
    reload();
}

void AssistanceSection::logVisit()
{
    if (!m_db || m_household == 0)
        return;
    if (m_cadreRows.isEmpty()) {
        QMessageBox::information(
            this, tr("Log a visit"), tr("The household has no responsible cadre yet. Choose one first."));
        return;
    }
    VisitDialog dialog(*m_db, m_household, cadreChoices(), m_cadreRows.first().first, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AssistanceSection::openVisit()
{
    const int row = m_visits->currentRow();
    if (!m_db || row < 0 || row >= m_visitRows.size())
        return;
    VisitDialog dialog(*m_db, m_visitRows.at(row), cadreChoices(), m_editable, this);
    dialog.exec();
    // A photo removed in the dialog is gone even when the visit is not saved again.
    reload();
}
