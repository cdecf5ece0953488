// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteHouseholdDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

DeleteHouseholdDialog::DeleteHouseholdDialog(const QString &code, const QString &head, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deleteHouseholdDialog"));
    setWindowTitle(tr("Delete Household"));
    auto *question = new QLabel(tr("Delete household %1 (head: %2)? It can be restored later.").arg(code, head));
    question->setWordWrap(true);
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("deleteReasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. the whole household moved out of the county"));
    auto *label = new QLabel(tr("&Reason for deleting:"));
    label->setBuddy(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Delete"));
    m_ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString DeleteHouseholdDialog::reason() const
{
    return m_reason->text().trimmed();
}
