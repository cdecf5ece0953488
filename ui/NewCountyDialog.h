// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class AdministratorFields;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Asks where to create a county file and which county it holds.
class NewCountyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCountyDialog(QWidget *parent = nullptr);

    QString filePath() const;
    QString countyCode() const;
    QString countyName() const;
    int demoHouseholds() const;
    // The county administrator, created with the county (wired to core/accounts at the merge).
    QString adminLogin() const;
    QString adminFullName() const;
    QString adminPassword() const;

private:
    void browse();
    void validate();

    QLineEdit *m_path = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_demo = nullptr;
    AdministratorFields *m_admin = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
