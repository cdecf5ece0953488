// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/CadresPanel.h"
#include "spreadsheets/ListExport.h"

#include "forces/AssistanceForces.h"
#include "forces/CadreDialog.h"
#include "forces/ForcesKinds.h"
#include "forces/ForcesListModel.h"
#include "forces/ForcesLists.h"
#include "forces/RankCapsDialog.h"
#include "forces/VisitDialog.h"
#include "widgets/Mnemonics.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

CadresPanel::CadresPanel(QWidget *parent) : ForcesPanel(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("cadreSearch"));
    m_search->setPlaceholderText(tr("Name, phone, ID number, unit or post"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    auto *add = new QPushButton(tr("&New cadre…"));
    auto *change = new QPushButton(tr("&Edit…"));
    m_active = new QPushButton(tr("Mark &inactive"));
    m_active->setObjectName(QStringLiteral("cadreActiveButton"));
    auto *caps = new QPushButton(tr("Ca&ps by rank…"));
    caps->setObjectName(QStringLiteral("rankCapsButton"));
    for (QPushButton *b : {add, change, m_active, caps})
        bar->addWidget(b);
    for (QPushButton *b : {add, change, m_active})
        gate(b, AccessPolicy::Action::EditCountyData);
    gate(caps, AccessPolicy::Action::ChangeSettings);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical);
    m_model = new ForcesListModel({tr("Cadre"), tr("Unit"), tr("Post"), tr("Rank"), tr("Phone"), tr("Households"),
                                      tr("Cap"), tr("First secretary"), tr("Status")},
        this);
    m_view = tableFor(m_model, QStringLiteral("cadreTable"), tr("Cadres"));
    splitter->addWidget(m_view);

    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *lowerBar = new QHBoxLayout;
    m_householdsLabel = new QLabel(tr("&Households of the cadre"));
    lowerBar->addWidget(m_householdsLabel, 1);
    auto *visit = new QPushButton(tr("Log a &visit today"));
    visit->setObjectName(QStringLiteral("logVisitButton"));
    visit->setToolTip(tr("Enter on a household does the same"));
    auto *open = new QPushButton(tr("&Open household"));
    lowerBar->addWidget(visit);
    lowerBar->addWidget(open);
    lowerLayout->addLayout(lowerBar);
    m_households = new ForcesListModel(
        {tr("Household"), tr("Head"), tr("Village"), tr("From"), tr("Until"), tr("Last visit")}, this);
    m_householdView = tableFor(m_households, QStringLiteral("cadreHouseholdTable"), tr("Households of the cadre"));
    m_householdsLabel->setBuddy(m_householdView);
    lowerLayout->addWidget(m_householdView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CadresPanel::reload);
    connect(add, &QPushButton::clicked, this, [this] { edit(true); });
    connect(change, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_view, &QAbstractItemView::activated, this, [this] { edit(false); });
    connect(m_active, &QPushButton::clicked, this, &CadresPanel::toggleActive);
    connect(caps, &QPushButton::clicked, this, [this] {
        if (!m_db)
            return;
        RankCapsDialog dialog(*m_db, this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            emit changed();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CadresPanel::showHouseholds);
    connect(m_householdView, &QAbstractItemView::activated, this, &CadresPanel::logVisit);
    connect(visit, &QPushButton::clicked, this, &CadresPanel::logVisit);
    connect(open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId(m_householdView))
            emit openHouseholdRequested(id);
    });
}

void CadresPanel::reload()
{
    const qint64 keep = currentId(m_view);
    QList<qint64> ids;
    QList<QVariantList> rows;
    QList<bool> dimmed;
    m_activeRows.clear();
    if (m_db) {
        for (const ForcesLists::Cadre &c : ForcesLists(*m_db).cadres(m_search->text()).value_or({})) {
            ids << c.id;
            rows << QVariantList{c.name, c.unit, c.post, c.rank, c.phone, c.households, c.cap,
                c.firstSecretary ? tr("yes") : QString(), c.active ? tr("active") : tr("inactive")};
            m_activeRows << c.active;
            dimmed << !c.active;
        }
    }
    m_model->setRows(ids, rows);
    m_model->setDimmed(dimmed);
    if (m_view->horizontalHeader()->sortIndicatorSection() >= 0)
        m_model->sort(
            m_view->horizontalHeader()->sortIndicatorSection(), m_view->horizontalHeader()->sortIndicatorOrder());
    m_view->resizeColumnsToContents();
    if (const int row = m_model->rowFor(keep); row >= 0)
        m_view->selectRow(row);
    else
        showHouseholds();
}

void CadresPanel::showCadre(qint64 cadreId)
{
    if (m_model->rowFor(cadreId) < 0 && !m_search->text().isEmpty())
        m_search->clear();
    const int row = m_model->rowFor(cadreId);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
    m_householdView->setFocus();
    if (m_households->rowCount() > 0)
        m_householdView->setCurrentIndex(m_households->index(0, 0));
}

void CadresPanel::showHouseholds()
{
    const qint64 cadre = currentId(m_view);
    m_shown = cadre;
    const int row = m_model->rowFor(cadre);
    m_active->setText(Mnemonics::keepLetter(
        m_active->text(), m_activeRows.value(row, true) ? tr("Mark &inactive") : tr("Mark &active")));
    QList<qint64> ids;
    QList<QVariantList> rows;
    QList<bool> dimmed;
    if (m_db && cadre) {
        for (const ForcesLists::CadreHousehold &h : ForcesLists(*m_db).householdsOf(cadre).value_or({})) {
            ids << h.householdId;
            rows << QVariantList{
                h.code, h.headName, h.village, h.start, h.end.isValid() ? QVariant(h.end) : tr("now"), h.lastVisit};
            dimmed << h.end.isValid();
        }
        m_householdsLabel->setText(Mnemonics::keepLetter(m_householdsLabel->text(),
            tr("&Households of %1: %2 now, %3 in the past")
                .arg(m_model->index(row, 0).data().toString())
                .arg(dimmed.count(false))
                .arg(dimmed.count(true))));
    } else {
        m_householdsLabel->setText(Mnemonics::keepLetter(m_householdsLabel->text(), tr("&Households of the cadre")));
    }
    m_households->setRows(ids, rows);
    m_households->setDimmed(dimmed);
    m_householdView->resizeColumnsToContents();
}

void CadresPanel::edit(bool newCadre)
{
    if (!m_db)
        return;
    Cadre cadre;
    if (!newCadre) {
        const qint64 id = currentId(m_view);
        if (id == 0)
            return;
        const Result<Cadre> loaded = CadreRepository(*m_db).load(id);
        if (!loaded) {
            QMessageBox::warning(this, tr("Cadres"), loaded.error());
            return;
        }
        cadre = loaded.value();
    }
    CadreDialog dialog(*m_db, *m_codes, cadre, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
        emit statusMessage(tr("Cadre saved"));
    }
}

void CadresPanel::toggleActive()
{
    const qint64 id = currentId(m_view);
    if (!m_db || id == 0)
        return;
    const bool active = m_activeRows.value(m_model->rowFor(id), true);
    if (const Status s = AssistanceForces(*m_db).setCadreActive(id, !active); !s) {
        QMessageBox::warning(this, tr("Cadres"), s.error());
        return;
    }
    reload();
    emit changed();
}

void CadresPanel::logVisit()
{
    const qint64 household = currentId(m_householdView);
    if (!m_db || household == 0 || m_shown == 0)
        return;
    const int cadreRow = m_model->rowFor(m_shown);
    VisitDialog dialog(*m_db, household, {{m_shown, m_model->index(cadreRow, 0).data().toString()}}, m_shown, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = m_householdView->currentIndex().row();
    showHouseholds();
    // On to the next household of the round.
    m_householdView->setCurrentIndex(m_households->index(std::min(row + 1, m_households->rowCount() - 1), 0));
    m_householdView->setFocus();
    emit statusMessage(tr("Visit logged"));
    emit changed();
}

ListExportJob::Choice CadresPanel::exportChoice() const
{
    const QString search = m_search->text();
    return {tr("Cadres"), [=](ListExport &out, const QString &path) { return out.cadres(search, path); }};
}
