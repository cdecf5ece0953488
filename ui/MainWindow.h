// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QMainWindow>

#include <memory>

class CodeLists;
class CountyDatabase;
class DivisionTreeModel;
class HouseholdEditor;
class IdleWatcher;
class HouseholdFilterBar;
class HouseholdTableModel;
class QualityPanel;
class QLabel;
class QMenu;
class QTableView;
class QTreeView;

// The county at a glance: the division tree beside the households of the selected division.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the file given on the command line, or the default county file, creating it with a
    // demo county on first start.
    void openInitialCounty(const QString &path);
    // Opens a county file; on failure the user is told why and the current county stays open.
    bool openCounty(const QString &path);
    // Creates and opens a new, empty county file.
    bool createCounty(const QString &path, const QString &countyCode, const QString &countyName, int demoHouseholds);

    CountyDatabase *database() const { return m_db.get(); }
    QTreeView *divisionView() const { return m_tree; }
    QTableView *householdView() const { return m_table; }
    HouseholdTableModel *householdModel() const { return m_households.get(); }
    HouseholdFilterBar *filterBar() const { return m_filterBar; }

    // Opens the household's editor (or raises it when it is open); 0 opens a new household in the
    // selected village.
    HouseholdEditor *openHousehold(qint64 householdId);
    // The open editor of a household, if any.
    HouseholdEditor *editorFor(qint64 householdId) const;
    // Soft-deletes the selected household after asking for a reason.
    void deleteSelectedHousehold();
    void restoreSelectedHousehold();
    // Offers to restore editors whose work was not saved (after a crash or power cut).
    void offerDrafts();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showCounty(std::unique_ptr<CountyDatabase> db);
    void reloadDivisions();
    void onDivisionSelected();
    // Closes every household editor; false when the user keeps one open.
    bool closeEditors();
    void applyFilter();
    void householdSaved();
    qint64 selectedHouseholdId() const;
    qint64 selectedVillageId() const;
    void updateStatus();
    void updateRecentMenu();
    void newCountyFile();
    void openCountyFile();
    void showAbout();
    void checkCountyFile();
    bool fillDemo(CountyDatabase &db, int households);
    void showError(const QString &message);
    // Who is working: the status bar, the menus the role may use, the idle lock.
    void accountChanged();
    void switchUser();
    void lockWindow();
    void showAccounts();

    std::unique_ptr<CountyDatabase> m_db;
    std::unique_ptr<CodeLists> m_codes;
    std::unique_ptr<HouseholdTableModel> m_households;
    DivisionTreeModel *m_divisions = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    HouseholdFilterBar *m_filterBar = nullptr;
    QualityPanel *m_quality = nullptr;
    QList<QAction *> m_countyActions; // enabled while a county is open
    QAction *m_restoreAction = nullptr;
    QAction *m_newHouseholdAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QLabel *m_userLabel = nullptr;
    IdleWatcher *m_idle = nullptr;
    bool m_locked = false;
};
