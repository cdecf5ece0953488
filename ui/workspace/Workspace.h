// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

class CodeLists;
class CountyDatabase;
class DivisionTreeModel;
class QListWidget;
class QStackedWidget;
class QTreeView;
class WorkspacePage;

// The main window's body: a navigation bar of areas (农户, 帮扶力量 ...), the division tree they
// share, and the page of the chosen area. An area joins with one call, addPage(); Ctrl+1..Ctrl+9
// show the first nine pages. The selected division is given to the page shown, and to every other
// page when it is next shown.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    explicit Workspace(QWidget *parent = nullptr);
    ~Workspace() override;

    // Adds an area's page (the workspace takes ownership) and returns its index. The page is told
    // the open county and the selected division when it is first shown.
    int addPage(WorkspacePage *page);
    // The county was opened (or closed: db is null): the tree is reloaded with the county selected;
    // the page shown is told at once, the others when they are next shown (showPage).
    void setCounty(CountyDatabase *db, const CodeLists *codes);
    // New household counts in the tree, after a save or a delete.
    void updateCounts();
    // The division tree again, for the account now acting (its scope may differ), the county selected.
    void reloadDivisions();

    void showPage(int index);
    // Offers the page in the navigation or not (an area the account may not use); a hidden page
    // that is on screen gives way to the first page.
    void setPageAvailable(WorkspacePage *page, bool available);
    WorkspacePage *currentPage() const;
    QList<WorkspacePage *> pages() const { return m_pages; }
    // The division selected in the tree; 0 when none (no county open).
    qint64 divisionId() const { return m_divisionId; }
    // Its level (Division::Level) and name; 0 and empty when none.
    int divisionLevel() const;
    QString divisionName() const;
    // The village of the selected village or group, else 0.
    qint64 selectedVillageId() const;

    QTreeView *divisionView() const { return m_tree; }
    QListWidget *navigation() const { return m_nav; }

signals:
    void openHouseholdRequested(qint64 householdId);
    void statusMessage(const QString &message);
    void divisionChanged(qint64 divisionId);
    void currentPageChanged(WorkspacePage *page);

private:
    void onDivisionSelected();
    void givePageDivision(WorkspacePage *page);

    CountyDatabase *m_db = nullptr;
    const CodeLists *m_codes = nullptr;
    QListWidget *m_nav = nullptr;
    QTreeView *m_tree = nullptr;
    DivisionTreeModel *m_divisions = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<WorkspacePage *> m_pages;
    // The division each page was last given, so a page is told only of a change.
    QHash<WorkspacePage *, qint64> m_pageDivision;
    // Pages not yet told of the open county: they read it when first shown.
    QSet<WorkspacePage *> m_pagesWithoutCounty;
    qint64 m_divisionId = 0;
};
