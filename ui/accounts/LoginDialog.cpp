// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/LoginDialog.h"

#include "AppSettings.h"
#include "accounts/SignIn.h"
#include "county/CountySettings.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"

#include "widgets/RefusalLabel.h"
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginDialog::LoginDialog(CountyDatabase &db, Mode mode, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(mode == Mode::Unlock ? tr("Locked") : tr("Sign In"));
    auto *intro = new QLabel(mode == Mode::Unlock
            ? tr("The window was locked after a time without use. Enter the password of %1 to continue.")
                  .arg(db.account().displayName())
            : tr("Sign in to the county %1 (%2).").arg(db.countyName(), QFileInfo(db.path()).fileName()));
    intro->setWordWrap(true);

    m_login = new QLineEdit;
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setMaxLength(64);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->installEventFilter(this);
    if (mode == Mode::Unlock) {
        m_login->setText(db.account().login);
        m_login->setReadOnly(true);
    } else {
        m_login->setText(AppSettings::instance().lastLogin(db.path()));
        // A newcomer trying the demo county starts as its administrator, who may do everything.
        if (m_login->text().isEmpty() && CountySettings(db).isDemo())
            m_login->setText(QStringLiteral("admin"));
    }

    m_capsLock = new QLabel(tr("Caps Lock is on."));
    m_capsLock->setObjectName(QStringLiteral("capsLockLabel"));
    m_capsLock->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_capsLock->hide();
    m_message = new RefusalLabel(QStringLiteral("loginMessage"));

    auto *form = new QFormLayout;
    auto *loginLabel = new QLabel(tr("&Login:"));
    loginLabel->setBuddy(m_login);
    auto *passwordLabel = new QLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_password);
    form->addRow(loginLabel, m_login);
    form->addRow(passwordLabel, m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Unlock ? tr("&Unlock") : tr("&Sign In"));
    buttons->button(QDialogButtonBox::Cancel)->setText(mode == Mode::Unlock ? tr("&Quit") : tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_capsLock);
    layout->addWidget(m_message);
    // A demo county says how to try each role; a real county never shows a password.
    if (CountySettings(db).isDemo()) {
        auto *demo = new QLabel(tr("Demo data (演示数据): the accounts admin, county, township, village and auditor "
                                   "each have the password %1.")
                                    .arg(QString::fromLatin1(DemoGenerator::DemoPassword)));
        demo->setObjectName(QStringLiteral("demoAccountsLabel"));
        demo->setWordWrap(true);
        layout->addWidget(demo);
    }
    layout->addWidget(buttons);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
    resize(420, sizeHint().height());
}

void LoginDialog::accept()
{
    const Result<Account> signedIn = SignIn::signIn(m_db, m_login->text(), m_password->text());
    if (!signedIn) {
        m_message->refuse(signedIn.error());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    AppSettings::instance().setLastLogin(m_db.path(), signedIn->login);
    QDialog::accept();
}

bool LoginDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Qt cannot ask the keyboard for Caps Lock; a letter whose case disagrees with Shift tells.
    if (watched == m_password && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        if (text.size() == 1 && text.at(0).isLetter() && text.at(0).unicode() < 128) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            m_capsLock->setVisible(text.at(0).isUpper() != shift);
        }
    }
    return QDialog::eventFilter(watched, event);
}
