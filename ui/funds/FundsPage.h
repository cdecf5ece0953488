// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/WorkspacePage.h"

#include <QDate>

class FundTotalsModel;
class LedgerEntryModel;
class LoansPanel;
class NoticeButton;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

// The fund ledger (资金台账) as a page of the workspace: totals by source, type, form, unit,
// project, division or household as of a date, drill-down to the entries, and the four things
// a ledger keeper does: enter a receipt, allocate, pay out and reverse. Every write goes through
// FundLedger; the page only shows what it says.
class FundsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit FundsPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setCounty(CountyDatabase *db, const CodeLists *codes) override;
    void setDivision(qint64 divisionId) override;
    ListExportJob exportJob() const override;

    void setAsOf(const QDate &date);
    FundTotalsModel *totalsModel() const { return m_totals; }
    LedgerEntryModel *entriesModel() const { return m_entries; }
    // 小额信贷, the page's second tab.
    LoansPanel *loansPanel() const { return m_loans; }
    void showLoans();

public slots:
    void refresh();
    void enterReceipt();
    void enterAllocation();
    void enterDisbursement();
    void reverseSelected();

private:
    void showEntries();
    void openEntryDialog(int kind);

    CountyDatabase *m_db = nullptr;
    QDateEdit *m_asOf = nullptr;
    QComboBox *m_grouping = nullptr;
    QTableView *m_totalsView = nullptr;
    QTableView *m_entriesView = nullptr;
    QLabel *m_summary = nullptr;
    QList<QPushButton *> m_writeButtons;
    QPushButton *m_reverse = nullptr;
    NoticeButton *m_notice = nullptr;
    FundTotalsModel *m_totals = nullptr;
    LedgerEntryModel *m_entries = nullptr;
    QTabWidget *m_tabs = nullptr;
    LoansPanel *m_loans = nullptr;
};
