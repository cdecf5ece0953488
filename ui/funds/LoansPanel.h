// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheets/ListExportJob.h"

#include "funds/LoanEvent.h"

#include <QWidget>

class CountyDatabase;
class LoanTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

// 小额信贷: the county's microcredit loans as of a date, all of them or only the overdue or those
// due within 30 days; a new loan, repayments, extensions and interest subsidies through
// MicroloanBook. Enter opens a loan; the household opens from the loan.
class LoansPanel : public QWidget
{
    Q_OBJECT

public:
    enum Filter { AllLoans, OverdueLoans, DueSoonLoans };

    explicit LoansPanel(QWidget *parent = nullptr);

    void setCounty(CountyDatabase *db);
    void setAsOf(const QDate &date);
    void setFilter(Filter filter);
    // The loans as listed now, for 导出….
    ListExportJob::Choice exportChoice() const;
    LoanTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public slots:
    void refresh();
    void newLoan();
    void openSelected();
    void openSelectedHousehold();

signals:
    void openHouseholdRequested(qint64 householdId);
    void statusMessage(const QString &message);

private:
    void enterLoanEvent(LoanEvent::Kind kind);
    qint64 selectedLoan() const;

    CountyDatabase *m_db = nullptr;
    QComboBox *m_filter = nullptr;
    QDateEdit *m_asOf = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QList<QPushButton *> m_writeButtons;
    QPushButton *m_household = nullptr;
    LoanTableModel *m_model = nullptr;
};
