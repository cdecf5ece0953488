// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

class QFormLayout;
class QLineEdit;

// The county administrator's login, full name and password (twice), asked when a county is
// created. Used by the welcome page and the new-county dialog.
class AdministratorFields : public QObject
{
    Q_OBJECT

public:
    // Adds its four rows to the form; the mnemonics given are the ones free in that window.
    AdministratorFields(QFormLayout *form, QObject *parent = nullptr);

    QString login() const;
    QString fullName() const;
    QString password() const;
    // What is missing or wrong, for the form's problem line; empty when all is well.
    QString problem() const;
    // Whether the user has typed in any of the fields yet.
    bool touched() const;

signals:
    void changed();

private:
    QLineEdit *m_login = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
};
