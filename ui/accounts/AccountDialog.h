// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Account.h"
#include "accounts/NewAccount.h"
#include "county/Divisions.h"
#include "widgets/RefusalLabel.h"

#include <QDialog>

class CountyDatabase;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

// Adds an account, or changes an account's role and the divisions it works in. The change is made
// through core (Accounts) on OK; a refusal is shown in the dialog, which stays open.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    // A new account when `account` is null.
    AccountDialog(
        CountyDatabase &db, const QList<Division> &divisions, const Account *account, QWidget *parent = nullptr);

    QLineEdit *loginEdit() const { return m_login; }
    QComboBox *roleBox() const { return m_role; }
    QListWidget *scopeList() const { return m_scope; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    void fillScope();
    Role role() const;
    QList<qint64> scope() const;

    CountyDatabase &m_db;
    QList<Division> m_divisions;
    bool m_adding = true;
    QList<qint64> m_initialScope;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_role = nullptr;
    QListWidget *m_scope = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    RefusalLabel *m_message = nullptr;
};
