// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Asks for the reason a household is deleted; OK waits until a reason is typed, so that the
// dialog never closes only to complain.
class DeleteHouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteHouseholdDialog(const QString &code, const QString &head, QWidget *parent = nullptr);
    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }

private:
    QLineEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};
