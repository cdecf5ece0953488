// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class CountyDatabase;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class RefusalLabel;

// County settings: the poverty line (years up to 2020) and the monitoring threshold (from 2021) of
// each year, which every income check, assessment and card measures against. A year's figure is set
// through PovertyStandards::set (county-level accounts only, audited); everything open uses the new
// figure at once. Other accounts see the figures and the form stays disabled, saying why.
class PovertyStandardsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PovertyStandardsDialog(CountyDatabase &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QSpinBox *yearBox() const { return m_year; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *setButton() const { return m_set; }
    RefusalLabel *refusal() const { return m_error; }

    // Sets the figure of the year in the form; false (with the reason shown) when core refuses it.
    bool setFigure();

private:
    void reload();
    void showYear(int year);

    CountyDatabase &m_db;
    QTableWidget *m_table = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_set = nullptr;
    RefusalLabel *m_error = nullptr;
};
