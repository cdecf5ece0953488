// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountDialog.h"

#include "accounts/Accounts.h"
#include "db/CountyDatabase.h"

#include "widgets/RefusalLabel.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

AccountDialog::AccountDialog(
    CountyDatabase &db, const QList<Division> &divisions, const Account *account, QWidget *parent)
    : QDialog(parent), m_db(db), m_divisions(divisions), m_adding(account == nullptr)
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(m_adding ? tr("Add Account") : tr("Role and Divisions of %1").arg(account->displayName()));

    m_login = new QLineEdit;
    m_login->setObjectName(QStringLiteral("accountLogin"));
    m_login->setMaxLength(Accounts::MaxLoginLength);
    m_fullName = new QLineEdit;
    m_fullName->setObjectName(QStringLiteral("accountFullName"));
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("accountPhone"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("accountRole"));
    for (Role r : Roles::all())
        m_role->addItem(Roles::label(r), int(r));
    m_scope = new QListWidget;
    m_scope->setObjectName(QStringLiteral("accountScope"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit;
    m_confirm->setObjectName(QStringLiteral("accountConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_message = new RefusalLabel(QStringLiteral("accountMessage"));

    auto *form = new QFormLayout;
    const auto row = [form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Login:"), m_login);
    row(tr("&Full name:"), m_fullName);
    row(tr("P&hone:"), m_phone);
    row(tr("&Role:"), m_role);
    row(tr("&Works in:"), m_scope);
    if (m_adding) {
        m_role->setCurrentIndex(m_role->findData(int(Role::VillageCadre)));
        row(tr("&Password:"), m_password);
        row(tr("&Confirm password:"), m_confirm);
    } else {
        m_login->setText(account->login);
        m_fullName->setText(account->fullName);
        m_phone->setText(account->phone);
        for (QLineEdit *e : {m_login, m_fullName, m_phone})
            e->setReadOnly(true);
        m_role->setCurrentIndex(m_role->findData(int(account->role)));
        m_initialScope = account->scope;
        m_password->hide();
        m_confirm->hide();
    }
    fillScope();
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountDialog::fillScope);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    (m_adding ? m_login : static_cast<QWidget *>(m_role))->setFocus();
}

Role AccountDialog::role() const
{
    return Role(m_role->currentData().toInt());
}

// Townships for a township account, villages (under their township) for a village account.
void AccountDialog::fillScope()
{
    const Role r = role();
    m_scope->clear();
    m_scope->setEnabled(Roles::isScoped(r));
    if (!Roles::isScoped(r))
        return;
    const int level = r == Role::TownshipStaff ? Division::Township : Division::Village;
    QHash<qint64, QString> names;
    for (const Division &d : std::as_const(m_divisions))
        names.insert(d.id, d.name);
    for (const Division &d : std::as_const(m_divisions)) {
        if (d.level != level)
            continue;
        auto *item = new QListWidgetItem(
            level == Division::Village ? names.value(d.parentId) + QStringLiteral(" · ") + d.name : d.name, m_scope);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_initialScope.contains(d.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<qint64> AccountDialog::scope() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_scope->count(); ++i) {
        if (m_scope->item(i)->checkState() == Qt::Checked)
            ids.append(m_scope->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void AccountDialog::accept()
{
    Status s;
    if (m_adding) {
        if (m_password->text() != m_confirm->text()) {
            s = Status::failure(tr("The two passwords differ."));
        } else {
            s = Accounts(m_db)
                    .add({m_login->text(), m_fullName->text(), m_phone->text(), role(), scope(), m_password->text()})
                    .status();
        }
    } else {
        s = Accounts(m_db).setRole(m_login->text(), role(), scope());
    }
    if (!s) {
        m_message->refuse(s.error());
        return;
    }
    QDialog::accept();
}
