// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "county/Divisions.h"
#include "register/HouseholdList.h"
#include "workspace/WorkspacePage.h"

#include <QHash>

#include <memory>

class HouseholdFilterBar;
class HouseholdTableModel;
class QPushButton;
class QTableView;

// 农户: the search box and filters over the households of the selected division. From the search
// box, Enter or Down goes to the first result; Enter on a row opens it; Esc goes back to the search.
class HouseholdsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit HouseholdsPage(QWidget *parent = nullptr);
    ~HouseholdsPage() override;

    QString title() const override;
    QIcon icon() const override;
    void setCounty(CountyDatabase *db, const CodeLists *codes) override;
    void setDivision(qint64 divisionId) override;
    ListExportJob exportJob() const override;

    QTableView *view() const { return m_table; }
    HouseholdTableModel *model() const { return m_model.get(); }
    HouseholdFilterBar *filterBar() const { return m_filterBar; }
    qint64 selectedHouseholdId() const;
    // Every selected household (the table takes Ctrl and Shift for more than one).
    QList<qint64> selectedHouseholdIds() const;
    // Enters one benefit for every selected household, all or none (BenefitDialog).
    void enterBenefitForSelected();
    // Lists exactly the households of a dashboard bar (ProgressPage), named by label.
    void showSelection(const HouseholdFilter &filter, const QString &label);
    // 打印明白卡: the cards of the selected households or of the division (PrintCardsDialog).
    void printCards();
    // Re-reads the list, e.g. after a household was saved or deleted.
    void refresh();
    // "丙妹镇: 312 households, 1,208 people", or why the list could not be read.
    QString summary() const;
    // The division the register shows (0: the county).
    qint64 divisionId() const { return m_divisionId; }

signals:
    // The summary changed (another division, filter or a refresh).
    void summaryChanged();
    // The current row moved to another household (0 when none).
    void currentHouseholdChanged(qint64 householdId, const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The division chosen in the tree and the filter bar's criteria.
    HouseholdFilter filter() const;
    void applyFilter();
    // Offers 打印明白卡 and the bulk benefit where core lets the account take them in the division,
    // with core's reason as the tooltip where not (ActionGate).
    void gateActions();

    CountyDatabase *m_db = nullptr;
    std::unique_ptr<HouseholdTableModel> m_model;
    HouseholdFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_bulkBenefit = nullptr;
    QPushButton *m_printCards = nullptr;
    QHash<qint64, Division> m_divisions; // by id, for the level and name of the selected one
    qint64 m_divisionId = 0;
};
