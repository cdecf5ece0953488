// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "funds/Microloan.h"

#include <QDialog>

class CountyDatabase;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class RefusalLabel;

// A microcredit loan (扶贫小额信贷): a new one, or one opened from the list with its repayments,
// extensions and subsidies. The borrower is chosen from the household's members; MicroloanBook
// checks every rule (age from the ID on the loan date, at most 50,000 yuan and 36 months,
// production only) and a refusal is shown in words naming the rule, the dialog staying open.
class LoanDialog : public QDialog
{
    Q_OBJECT

public:
    LoanDialog(CountyDatabase &db, qint64 loanId = 0, QWidget *parent = nullptr);

    qint64 loanId() const { return m_loan.meta.id; }
    // Fills the household and its members, as typing its code would.
    void setHouseholdCode(const QString &code);
    void accept() override;

signals:
    void openHouseholdRequested(qint64 householdId);

private:
    void findHousehold();
    void fillMembers(qint64 householdId);
    void showHistory();

    CountyDatabase &m_db;
    Microloan m_loan;
    qint64 m_householdId = 0;
    QLineEdit *m_household = nullptr;
    QLabel *m_householdName = nullptr;
    QComboBox *m_borrower = nullptr;
    QComboBox *m_bank = nullptr;
    QLineEdit *m_amount = nullptr;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_term = nullptr;
    QComboBox *m_purposeCode = nullptr;
    QLineEdit *m_purpose = nullptr;
    QSpinBox *m_rate = nullptr;
    QTableWidget *m_history = nullptr;
    QLabel *m_state = nullptr;
    RefusalLabel *m_error = nullptr;
};
