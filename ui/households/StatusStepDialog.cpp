// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusStepDialog.h"

#include "county/CodeLists.h"
#include "widgets/DateField.h"
#include "widgets/FieldGrid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

StatusStepDialog::StatusStepDialog(StatusStep step, int noticeDays, const CodeLists &codes, QWidget *parent)
    : QDialog(parent), m_step(step), m_codes(codes)
{
    setWindowTitle(StatusProcedure::stepName(step));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new FieldGrid(1);
    layout->addLayout(grid);

    m_date = new DateField(QDate::currentDate());
    grid->add(tr("&Date:"), m_date, QStringLiteral("stepDateEdit"));
    m_reason = new QLineEdit;
    grid->add(tr("&Reason:"), m_reason, QStringLiteral("stepReasonEdit"));

    if (step == StatusStep::StartExitNotice) {
        m_noticeStart = new DateField(QDate::currentDate());
        grid->add(tr("Notice &starts:"), m_noticeStart, QStringLiteral("noticeStartEdit"));
        m_noticeDays = new QSpinBox;
        m_noticeDays->setRange(1, 30);
        m_noticeDays->setValue(noticeDays);
        m_noticeDays->setSuffix(tr(" days"));
        grid->add(tr("Notice &period:"), m_noticeDays, QStringLiteral("noticeDaysSpin"));
    }
    if (step == StatusStep::ChangeAttribute) {
        m_attribute = new QComboBox;
        grid->add(tr("New &attribute:"), m_attribute, QStringLiteral("newAttributeCombo"));
    }
    if (step == StatusStep::StartMonitoring) {
        m_category = new QComboBox;
        fillCodes(m_category, codes, CodeList::Monitoring, false);
        grid->add(tr("&Category:"), m_category, QStringLiteral("monitoringCategoryCombo"));
        auto *risks = new QGridLayout;
        const auto items = codes.items(CodeList::Risk);
        for (int i = 0; i < items.size(); ++i) {
            auto *box = new QCheckBox(CodeLists::chineseNames() ? items.at(i).nameZh : items.at(i).nameEn);
            box->setObjectName(QStringLiteral("risk%1Check").arg(items.at(i).code));
            box->setProperty("code", items.at(i).code);
            risks->addWidget(box, i / 3, i % 3);
            m_risks << box;
        }
        grid->addFullRow(risks);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void StatusStepDialog::setAttributes(const QStringList &codes)
{
    if (!m_attribute)
        return;
    m_attribute->clear();
    for (const QString &code : codes)
        m_attribute->addItem(m_codes.name(CodeList::Attribute, code), code);
}

StatusChange StatusStepDialog::change() const
{
    StatusChange c;
    c.step = m_step;
    c.date = m_date->date();
    c.reason = m_reason->text().trimmed();
    if (m_noticeStart) {
        c.noticeStart = m_noticeStart->date();
        c.noticeDays = m_noticeDays->value();
    }
    if (m_attribute)
        c.attributeCode = m_attribute->currentData().toString();
    if (m_category) {
        c.monitoringCategory = m_category->currentData().toString();
        for (const QCheckBox *box : m_risks) {
            if (box->isChecked())
                c.riskCodes << box->property("code").toString();
        }
    }
    return c;
}
