// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "funds/HouseholdBenefit.h"

#include <QGroupBox>
#include <QList>

class CountyDatabase;
class QLabel;
class QPushButton;
class QTableWidget;

// 政策享受: the policies and benefits a saved household received, year by year, with amounts, and
// the editor's year's total beside the transfer income its income record holds. Benefits are
// saved at once through BenefitBook (records of their own, audited); the income is never
// overwritten: where the two differ, the section says so and the user corrects the income.
class BenefitsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit BenefitsSection(QWidget *parent = nullptr);
    // Read only when the account may not change the household (the buttons are then disabled).
    void load(CountyDatabase &db, qint64 householdId, bool editable = true);
    // The year whose total is set beside the income (the editor's year).
    void setYear(int year);

signals:
    // A benefit was added or removed: the history shows it.
    void changed();

private:
    void reload();
    void showSummary();
    void addBenefit();
    void removeBenefit();

    CountyDatabase *m_db = nullptr;
    qint64 m_household = 0;
    int m_year = 0;
    bool m_editable = true;
    QList<HouseholdBenefit> m_rows;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};
