// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdministratorFields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace {
QLineEdit *field(const QString &name, QLineEdit::EchoMode echo = QLineEdit::Normal)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setEchoMode(echo);
    return edit;
}
} // namespace

AdministratorFields::AdministratorFields(QFormLayout *form, QObject *parent) : QObject(parent)
{
    m_login = field(QStringLiteral("adminLoginEdit"));
    m_login->setPlaceholderText(QStringLiteral("admin"));
    m_fullName = field(QStringLiteral("adminNameEdit"));
    m_password = field(QStringLiteral("adminPasswordEdit"), QLineEdit::Password);
    m_confirm = field(QStringLiteral("adminConfirmEdit"), QLineEdit::Password);
    const QList<std::pair<QString, QLineEdit *>> rows{{tr("Administrator &login:"), m_login},
        {tr("Administrator's full na&me:"), m_fullName}, {tr("Pass&word:"), m_password},
        {tr("Confirm pa&ssword:"), m_confirm}};
    for (const auto &[text, edit] : rows) {
        auto *label = new QLabel(text);
        label->setBuddy(edit);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &AdministratorFields::changed);
    }
    m_login->setToolTip(tr("The county administrator signs in with this name and creates the other accounts."));
}

QString AdministratorFields::login() const
{
    return m_login->text().trimmed();
}

QString AdministratorFields::fullName() const
{
    return m_fullName->text().trimmed();
}

QString AdministratorFields::password() const
{
    return m_password->text();
}

QString AdministratorFields::problem() const
{
    if (login().isEmpty())
        return tr("Enter the administrator's login, e.g. admin.");
    if (fullName().isEmpty())
        return tr("Enter the administrator's full name.");
    if (password().isEmpty())
        return tr("Choose the administrator's password.");
    if (m_confirm->text() != password())
        return tr("The two passwords differ; type the same password twice.");
    return {};
}

bool AdministratorFields::touched() const
{
    for (const QLineEdit *edit : {m_login, m_fullName, m_password, m_confirm}) {
        if (edit->isModified())
            return true;
    }
    return false;
}
