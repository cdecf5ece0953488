// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/UnitDialog.h"

#include "county/CodeLists.h"
#include "forces/AssistanceForces.h"

#include "widgets/RefusalLabel.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {

QComboBox *codeCombo(const CodeLists &codes, const QString &list, const QString &current)
{
    auto *combo = new QComboBox;
    combo->addItem(QCoreApplication::translate("UnitDialog", "(choose)"), QString());
    for (const CodeLists::Item &item : codes.items(list))
        combo->addItem(codes.name(list, item.code), item.code);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

} // namespace

UnitDialog::UnitDialog(CountyDatabase &db, const CodeLists &codes, const AssistanceUnit &unit, QWidget *parent)
    : QDialog(parent), m_db(db), m_unit(unit)
{
    setWindowTitle(unit.meta.id ? tr("Change the assistance unit") : tr("New assistance unit"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(unit.name);
    m_name->setObjectName(QStringLiteral("unitName"));
    form->addRow(tr("&Name:"), m_name);
    m_form = codeCombo(codes, CodeList::AssistanceForm, unit.formCode);
    m_form->setObjectName(QStringLiteral("unitForm"));
    form->addRow(tr("&Form of assistance:"), m_form);
    m_level = codeCombo(codes, CodeList::UnitLevel, unit.levelCode);
    m_level->setObjectName(QStringLiteral("unitLevel"));
    form->addRow(tr("&Level:"), m_level);
    m_region = new QLineEdit(unit.pairedRegion);
    m_region->setObjectName(QStringLiteral("unitRegion"));
    form->addRow(tr("&Paired province or city (East-West):"), m_region);
    m_ownership = new QComboBox;
    m_ownership->setObjectName(QStringLiteral("unitOwnership"));
    m_ownership->addItem(tr("(not an enterprise)"), QString());
    m_ownership->addItem(tr("State-owned"), QStringLiteral("state"));
    m_ownership->addItem(tr("Private"), QStringLiteral("private"));
    m_ownership->setCurrentIndex(std::max(0, m_ownership->findData(unit.ownership)));
    form->addRow(tr("&Enterprise:"), m_ownership);
    m_contact = new QLineEdit(unit.contactPerson);
    m_contact->setObjectName(QStringLiteral("unitContact"));
    form->addRow(tr("&Contact person:"), m_contact);
    m_phone = new QLineEdit(unit.contactPhone);
    m_phone->setObjectName(QStringLiteral("unitPhone"));
    form->addRow(tr("P&hone:"), m_phone);
    m_active = new QCheckBox(tr("&Active"));
    m_active->setChecked(unit.active);
    form->addRow(QString(), m_active);
    m_error = new RefusalLabel();
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void UnitDialog::accept()
{
    AssistanceUnit u = m_unit;
    u.name = m_name->text().trimmed();
    u.formCode = m_form->currentData().toString();
    u.levelCode = m_level->currentData().toString();
    u.pairedRegion = m_region->text().trimmed();
    u.ownership = m_ownership->currentData().toString();
    u.contactPerson = m_contact->text().trimmed();
    u.contactPhone = m_phone->text().trimmed();
    u.active = m_active->isChecked();
    if (const Result<qint64> r = AssistanceForces(m_db).saveUnit(u); !r) {
        m_error->refuse(r.error());
        return;
    }
    QDialog::accept();
}
