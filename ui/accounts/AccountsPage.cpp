// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountsPage.h"

#include "accounts/AccessPolicy.h"
#include "accounts/AccountDialog.h"
#include "accounts/AccountTableModel.h"
#include "accounts/Accounts.h"
#include "county/CountySettings.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "widgets/AreaIcon.h"
#include "widgets/Mnemonics.h"
#include "widgets/TableKeys.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

AccountsPage::AccountsPage(QWidget *parent) : WorkspacePage(parent)
{
    setObjectName(QStringLiteral("accountsPage"));
    m_model = new AccountTableModel(this);
    m_table = new QTableView;
    TableKeys::apply(m_table);
    m_table->setObjectName(QStringLiteral("accountTable"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table, &QAbstractItemView::activated, this, &AccountsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountsPage::updateButtons);

    m_add = new QPushButton(tr("&Add Account..."));
    m_edit = new QPushButton(tr("&Role and Divisions..."));
    m_password = new QPushButton(tr("Set &Password..."));
    m_active = new QPushButton(tr("&Deactivate"));
    connect(m_add, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsPage::editSelected);
    connect(m_password, &QPushButton::clicked, this, &AccountsPage::resetPassword);
    connect(m_active, &QPushButton::clicked, this, &AccountsPage::toggleActive);

    m_idleLock = new QSpinBox;
    m_idleLock->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleLock->setRange(0, 240);
    m_idleLock->setSpecialValueText(tr("Off"));
    m_idleLock->setSuffix(tr(" min"));
    auto *idleLabel = new QLabel(tr("&Lock the window after:"));
    idleLabel->setBuddy(m_idleLock);
    connect(m_idleLock, &QSpinBox::editingFinished, this, [this] {
        if (!m_db)
            return;
        const Status s
            = CountySettings(*m_db).setValue(CountySettings::IdleLockMinutes, QString::number(m_idleLock->value()));
        if (!s)
            showError(s.error());
        else
            emit statusMessage(tr("The idle lock was saved."));
    });

    // Beside the table, not above it: the page must not make the window wider than a small screen.
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_password, m_active})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *list = new QHBoxLayout;
    list->addWidget(m_table, 1);
    list->addLayout(buttons);
    auto *idle = new QHBoxLayout;
    idle->addWidget(idleLabel);
    idle->addWidget(m_idleLock);
    idle->addStretch();
    auto *note = new QLabel(tr("Accounts are deactivated, never deleted: the change history names who made each "
                               "change. A password guards against mistakes on a shared PC, not against someone who "
                               "copies the county file."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(list, 1);
    layout->addLayout(idle);
    layout->addWidget(note);
    updateButtons();
}

QString AccountsPage::title() const
{
    return tr("Accounts");
}

QIcon AccountsPage::icon() const
{
    return AreaIcon::make(tr("A", "the one character on the accounts area's icon"), QColor(QStringLiteral("#4a5568")));
}

void AccountsPage::setCounty(CountyDatabase *db, const CodeLists *)
{
    m_db = db;
    reload();
}

void AccountsPage::reload()
{
    if (!m_db) {
        m_model->setAccounts({}, {});
        updateButtons();
        return;
    }
    const auto accounts = Accounts(*m_db).list();
    const auto divisions = Divisions::load(*m_db, Divisions::Counts::Without);
    QHash<qint64, QString> names;
    for (const Division &d : divisions.value_or({}))
        names.insert(d.id, d.name);
    m_model->setAccounts(accounts.value_or({}), names);
    if (!accounts)
        showError(accounts.error());
    m_idleLock->setValue(CountySettings(*m_db).number(CountySettings::IdleLockMinutes, 0, 0, 240));
    m_table->resizeColumnsToContents();
    updateButtons();
}

const Account *AccountsPage::selected() const
{
    return m_model->accountAt(m_table->currentIndex().row());
}

void AccountsPage::updateButtons()
{
    const bool admin = m_db && AccessPolicy::allows(m_db->account(), AccessPolicy::Action::ManageAccounts);
    const Account *a = selected();
    m_add->setEnabled(admin);
    m_edit->setEnabled(admin && a);
    m_password->setEnabled(admin && a);
    m_active->setEnabled(admin && a);
    m_active->setText(Mnemonics::keepLetter(m_active->text(), a && !a->active ? tr("&Activate") : tr("&Deactivate")));
    m_idleLock->setEnabled(m_db && AccessPolicy::allows(m_db->account(), AccessPolicy::Action::ChangeSettings));
}

void AccountsPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Accounts"), message);
}

void AccountsPage::addAccount()
{
    if (!m_db)
        return;
    AccountDialog dialog(*m_db, Divisions::load(*m_db, Divisions::Counts::Without).value_or({}), nullptr, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit statusMessage(tr("Added the account %1.").arg(dialog.loginEdit()->text().trimmed()));
    }
}

void AccountsPage::editSelected()
{
    const Account *a = selected();
    if (!m_db || !a)
        return;
    const Account account = *a;
    AccountDialog dialog(*m_db, Divisions::load(*m_db, Divisions::Counts::Without).value_or({}), &account, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AccountsPage::resetPassword()
{
    const Account *a = selected();
    if (!m_db || !a)
        return;
    const QString login = a->login;
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Set Password"), tr("New password for %1:").arg(a->displayName()), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString again = QInputDialog::getText(
        this, tr("Set Password"), tr("The same password once more:"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    if (password != again) {
        showError(tr("The two passwords differ; the password was not changed."));
        return;
    }
    if (Status s = Accounts(*m_db).setPassword(login, password); !s) {
        showError(s.error());
        return;
    }
    reload();
    emit statusMessage(tr("Set a new password for %1.").arg(login));
}

void AccountsPage::toggleActive()
{
    const Account *a = selected();
    if (!m_db || !a)
        return;
    const Account account = *a;
    if (account.active
        && QMessageBox::question(this, tr("Deactivate Account"),
               tr("Deactivate %1? The account can no longer sign in; the change history keeps its name.")
                   .arg(account.displayName()))
            != QMessageBox::Yes)
        return;
    if (Status s = Accounts(*m_db).setActive(account.login, !account.active); !s) {
        showError(s.error());
        return;
    }
    reload();
}
