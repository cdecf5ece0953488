// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccessPolicy.h"
#include "spreadsheets/ListExportJob.h"

#include <QList>
#include <QWidget>

class CodeLists;
class CountyDatabase;
class QTableView;
class ForcesListModel;

// One tab of the assistance forces page: told of the county and the division like the page, and
// reloaded after any change.
class ForcesPanel : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // `now`: reload at once; otherwise the page reloads the panel when it is next shown.
    void setCounty(CountyDatabase *db, const CodeLists *codes, bool now = true)
    {
        m_db = db;
        m_codes = codes;
        applyGates();
        if (now)
            reload();
    }
    void setDivision(qint64 divisionId, bool now = true)
    {
        m_division = divisionId;
        if (now)
            reload();
    }
    virtual void reload() = 0;
    // The panel's list for 导出…, as filtered now; none (an empty label) by default.
    virtual ListExportJob::Choice exportChoice() const { return {}; }

signals:
    void openHouseholdRequested(qint64 householdId);
    void openCadreRequested(qint64 cadreId);
    void statusMessage(const QString &message);
    // Something the other tabs show has changed.
    void changed();

protected:
    // A sortable, row-selecting table over a model, found by objectName in tests.
    static QTableView *tableFor(ForcesListModel *model, const QString &objectName, const QString &accessibleName);
    // The id of the current row, or 0.
    static qint64 currentId(const QTableView *view);
    // The control is offered only when the signed-in account may take the action (ActionGate),
    // checked again whenever the panel is given a county (a sign-in, a switch of user).
    void gate(QWidget *control, AccessPolicy::Action action) { m_gates.append({control, action}); }
    void applyGates();

    CountyDatabase *m_db = nullptr;
    const CodeLists *m_codes = nullptr;
    qint64 m_division = 0;

private:
    QList<std::pair<QWidget *, AccessPolicy::Action>> m_gates;
};
