// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/UnitsPanel.h"
#include "spreadsheets/ListExport.h"

#include "county/CodeLists.h"
#include "forces/AssistanceForces.h"
#include "forces/ForcesKinds.h"
#include "forces/ForcesListModel.h"
#include "forces/ForcesLists.h"
#include "forces/UnitDialog.h"
#include "widgets/Mnemonics.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

UnitsPanel::UnitsPanel(QWidget *parent) : ForcesPanel(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_form = new QComboBox;
    m_form->setObjectName(QStringLiteral("unitFormFilter"));
    auto *formLabel = new QLabel(tr("&Form:"));
    formLabel->setBuddy(m_form);
    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("unitLevelFilter"));
    auto *levelLabel = new QLabel(tr("&Level:"));
    levelLabel->setBuddy(m_level);
    bar->addWidget(formLabel);
    bar->addWidget(m_form, 2);
    bar->addWidget(levelLabel);
    bar->addWidget(m_level, 1);
    bar->addStretch();
    auto *add = new QPushButton(tr("&New unit…"));
    auto *change = new QPushButton(tr("&Edit…"));
    m_active = new QPushButton(tr("Mark &inactive"));
    m_active->setObjectName(QStringLiteral("unitActiveButton"));
    auto *del = new QPushButton(tr("&Delete…"));
    del->setObjectName(QStringLiteral("unitDeleteButton"));
    for (QPushButton *b : {add, change, m_active, del}) {
        bar->addWidget(b);
        gate(b, AccessPolicy::Action::EditCountyData);
    }
    layout->addLayout(bar);
    m_model = new ForcesListModel({tr("Unit"), tr("Form"), tr("Level"), tr("Paired with"), tr("Contact"), tr("Phone"),
                                      tr("Cadres"), tr("Status")},
        this);
    m_view = tableFor(m_model, QStringLiteral("unitTable"), tr("Assistance units"));
    layout->addWidget(m_view);

    connect(m_form, &QComboBox::currentIndexChanged, this, &UnitsPanel::reload);
    connect(m_level, &QComboBox::currentIndexChanged, this, &UnitsPanel::reload);
    connect(add, &QPushButton::clicked, this, [this] { edit(true); });
    connect(change, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_view, &QAbstractItemView::activated, this, [this] { edit(false); });
    connect(m_active, &QPushButton::clicked, this, &UnitsPanel::toggleActive);
    connect(del, &QPushButton::clicked, this, &UnitsPanel::remove);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        m_active->setText(Mnemonics::keepLetter(
            m_active->text(), m_activeRows.value(i.row(), true) ? tr("Mark &inactive") : tr("Mark &active")));
    });
}

void UnitsPanel::fillFilters()
{
    const QSignalBlocker blockForm(m_form);
    const QSignalBlocker blockLevel(m_level);
    m_form->clear();
    m_level->clear();
    m_form->addItem(tr("All forms"), QString());
    m_level->addItem(tr("All levels"), QString());
    if (!m_codes)
        return;
    for (const CodeLists::Item &item : m_codes->items(CodeList::AssistanceForm))
        m_form->addItem(m_codes->name(CodeList::AssistanceForm, item.code), item.code);
    for (const CodeLists::Item &item : m_codes->items(CodeList::UnitLevel))
        m_level->addItem(m_codes->name(CodeList::UnitLevel, item.code), item.code);
}

void UnitsPanel::reload()
{
    if (m_form->count() == 0 || (m_codes && m_form->count() == 1))
        fillFilters();
    QList<qint64> ids;
    QList<QVariantList> rows;
    m_activeRows.clear();
    if (m_db && m_codes) {
        const auto units
            = ForcesLists(*m_db).units(m_form->currentData().toString(), m_level->currentData().toString());
        for (const ForcesLists::Unit &u : units.value_or({})) {
            ids << u.id;
            rows << QVariantList{u.name, m_codes->name(CodeList::AssistanceForm, u.formCode),
                m_codes->name(CodeList::UnitLevel, u.levelCode), u.pairedRegion, u.contactPerson, u.contactPhone,
                u.cadres, u.active ? tr("active") : tr("inactive")};
            m_activeRows << u.active;
        }
    }
    m_model->setRows(ids, rows);
    m_model->setDimmed([&] {
        QList<bool> dimmed;
        for (bool a : std::as_const(m_activeRows))
            dimmed << !a;
        return dimmed;
    }());
    m_view->resizeColumnsToContents();
}

void UnitsPanel::edit(bool newUnit)
{
    if (!m_db)
        return;
    AssistanceUnit unit;
    if (!newUnit) {
        const qint64 id = currentId(m_view);
        if (id == 0)
            return;
        const Result<AssistanceUnit> loaded = AssistanceUnitRepository(*m_db).load(id);
        if (!loaded) {
            QMessageBox::warning(this, tr("Assistance units"), loaded.error());
            return;
        }
        unit = loaded.value();
    } else {
        unit.formCode = m_form->currentData().toString();
        unit.levelCode = m_level->currentData().toString();
    }
    UnitDialog dialog(*m_db, *m_codes, unit, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
        emit statusMessage(tr("Unit saved"));
    }
}

void UnitsPanel::toggleActive()
{
    const qint64 id = currentId(m_view);
    if (!m_db || id == 0)
        return;
    const bool active = m_activeRows.value(m_model->rowFor(id), true);
    if (const Status s = AssistanceForces(*m_db).setUnitActive(id, !active); !s) {
        QMessageBox::warning(this, tr("Assistance units"), s.error());
        return;
    }
    reload();
    m_view->selectRow(m_model->rowFor(id));
    emit changed();
}

void UnitsPanel::remove()
{
    const qint64 id = currentId(m_view);
    if (!m_db || id == 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Delete the unit"), tr("&Why is the unit deleted?"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (const Status s = AssistanceForces(*m_db).deleteUnit(id, reason); !s) {
        QMessageBox::warning(this, tr("Assistance units"), s.error());
        return;
    }
    reload();
    emit changed();
    emit statusMessage(tr("Unit deleted"));
}

ListExportJob::Choice UnitsPanel::exportChoice() const
{
    const QString form = m_form->currentData().toString();
    const QString level = m_level->currentData().toString();
    return {tr("Assistance units"), [=](ListExport &out, const QString &path) { return out.units(form, level, path); }};
}
