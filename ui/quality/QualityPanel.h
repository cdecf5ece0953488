// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "quality/QualityRule.h"

#include <QDockWidget>

class CodeLists;
class CountyDatabase;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

// 数据质量: runs the data-quality rules over the selected division (county, township, village or
// group) and lists the findings; a double-click opens the household.
class QualityPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit QualityPanel(QWidget *parent = nullptr);

    void setCounty(CountyDatabase *db, const CodeLists *codes);
    // The division the rules run over: the one selected in the main window's tree.
    void setDivision(qint64 divisionId, const QString &name);
    // The household selected in the table, checked alone when "Selected household only" is ticked.
    void setHousehold(qint64 householdId, const QString &label);
    void run();
    QTableWidget *findingsTable() const { return m_findings; }

private:
    Result<QList<Finding>> findings() const;
    void updateScope();

signals:
    void openHouseholdRequested(qint64 householdId);

private:
    CountyDatabase *m_db = nullptr;
    qint64 m_divisionId = 0;
    QString m_divisionName;
    qint64 m_householdId = 0;
    QString m_householdLabel;
    QCheckBox *m_householdOnly = nullptr;
    QLabel *m_scope = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_severity = nullptr;
    QTableWidget *m_findings = nullptr;
    QLabel *m_summary = nullptr;
};
