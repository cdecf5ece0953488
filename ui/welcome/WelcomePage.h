// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AdministratorFields;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The first start without a county file: create my county (its code, name, townships and villages,
// and its administrator), open a county file, or try the demo county. Nothing is invented unasked.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QString filePath() const;
    QString countyCode() const;
    QString countyName() const;
    // The townships and villages as typed or pasted (DivisionList reads them).
    QString divisionList() const;
    QString adminLogin() const;
    QString adminFullName() const;
    QString adminPassword() const;

signals:
    void createRequested();
    void openRequested();
    void demoRequested();

private:
    void validate();

    QLineEdit *m_path = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_divisions = nullptr;
    AdministratorFields *m_admin = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_create = nullptr;
};
