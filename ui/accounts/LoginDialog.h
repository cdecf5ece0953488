// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/RefusalLabel.h"
#include <QDialog>

class CountyDatabase;
class QLabel;
class QLineEdit;

// 登录: who works on the county now. Signing in happens on OK through core (SignIn); a refusal is
// shown in the dialog, which stays open. The last login of each county file is remembered.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        SignIn, // opening a county, or switching user
        Unlock, // after the idle lock: only the account that was working may continue
    };
    LoginDialog(CountyDatabase &db, Mode mode, QWidget *parent = nullptr);

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *capsLockLabel() const { return m_capsLock; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CountyDatabase &m_db;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_capsLock = nullptr;
    RefusalLabel *m_message = nullptr;
};
