// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/CadreDialog.h"

#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "forces/AssistanceForces.h"
#include "forces/ForcesLists.h"

#include "widgets/RefusalLabel.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

CadreDialog::CadreDialog(CountyDatabase &db, const CodeLists &codes, const Cadre &cadre, QWidget *parent)
    : QDialog(parent), m_db(db), m_cadre(cadre)
{
    setWindowTitle(cadre.meta.id ? tr("Change the cadre") : tr("New cadre"));
    auto *form = new QFormLayout(this);
    const auto codeCombo = [&](const QString &list, const QString &current) {
        auto *combo = new QComboBox;
        combo->addItem(tr("(choose)"), QString());
        for (const CodeLists::Item &item : codes.items(list))
            combo->addItem(codes.name(list, item.code), item.code);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        return combo;
    };
    m_name = new QLineEdit(cadre.name);
    m_name->setObjectName(QStringLiteral("cadreName"));
    form->addRow(tr("&Name:"), m_name);
    m_sex = codeCombo(CodeList::Sex, cadre.sexCode);
    m_sex->setObjectName(QStringLiteral("cadreSex"));
    form->addRow(tr("Se&x:"), m_sex);
    m_id = new QLineEdit(cadre.idNumber);
    m_id->setObjectName(QStringLiteral("cadreIdNumber"));
    form->addRow(tr("&ID number:"), m_id);
    m_political = codeCombo(CodeList::Political, cadre.politicalCode);
    form->addRow(tr("&Political status:"), m_political);
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("cadreUnit"));
    m_unit->addItem(tr("(none)"), 0);
    for (const ForcesLists::Unit &u : ForcesLists(db).units().value_or({})) {
        if (u.active || u.id == cadre.unitId)
            m_unit->addItem(u.name, u.id);
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(cadre.unitId)));
    form->addRow(tr("&Unit:"), m_unit);
    m_post = new QLineEdit(cadre.post);
    form->addRow(tr("P&ost:"), m_post);
    m_rank = new QComboBox;
    m_rank->setObjectName(QStringLiteral("cadreRank"));
    for (const ForcesLists::RankCap &r : ForcesLists(db).rankCaps().value_or({}))
        m_rank->addItem(tr("%1 (up to %2 households)").arg(r.rank).arg(r.maxHouseholds), r.rank);
    m_rank->setCurrentIndex(std::max(0, m_rank->findData(cadre.rank)));
    form->addRow(tr("&Rank:"), m_rank);
    m_phone = new QLineEdit(cadre.phone);
    m_phone->setObjectName(QStringLiteral("cadrePhone"));
    form->addRow(tr("P&hone:"), m_phone);
    m_firstSecretary = new QCheckBox(tr("&First secretary"));
    m_firstSecretary->setChecked(cadre.firstSecretary);
    form->addRow(QString(), m_firstSecretary);
    m_active = new QCheckBox(tr("&Active"));
    m_active->setChecked(cadre.active);
    form->addRow(QString(), m_active);
    m_error = new RefusalLabel(QStringLiteral("cadreError"));
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void CadreDialog::accept()
{
    Cadre c = m_cadre;
    c.name = m_name->text().trimmed();
    c.sexCode = m_sex->currentData().toString();
    c.idNumber = m_id->text().trimmed();
    c.politicalCode = m_political->currentData().toString();
    c.unitId = m_unit->currentData().toLongLong();
    c.post = m_post->text().trimmed();
    c.rank = m_rank->currentData().toString();
    c.phone = m_phone->text().trimmed();
    c.firstSecretary = m_firstSecretary->isChecked();
    c.active = m_active->isChecked();
    if (const Result<qint64> r = AssistanceForces(m_db).saveCadre(c); !r) {
        m_error->refuse(r.error());
        return;
    }
    QDialog::accept();
}
