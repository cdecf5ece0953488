// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QMainWindow>

#include <memory>

class AccountsPage;
class BackupActions;
class ProjectsPage;
class CodeLists;
class CountyDatabase;
class HouseholdEditor;
class IdleWatcher;
class HouseholdFilterBar;
class HouseholdTableModel;
class HouseholdsPage;
class QualityPanel;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;
class QTreeView;
class WelcomePage;
class Workspace;

// The county's workspace: the areas' pages (农户 first) beside the shared division tree, or the
// welcome page while no county is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the file given on the command line, or the default county file; without either, the
    // welcome page stays, to create the county, open a file or try the demo county.
    void openInitialCounty(const QString &path);
    // Opens the demo county, creating it (with FirstStartDemoHouseholds) on first use.
    bool openDemoCounty();
    // Opens a county file; on failure the user is told why and the current county stays open.
    bool openCounty(const QString &path);
    // Opens a county file only for reading (as "Open Read-Only" does for a write-protected file):
    // the title bar says so and every change is refused in words.
    bool openCountyReadOnly(const QString &path);
    // Creates and opens a new county file: with demoHouseholds > 0 an invented demo county (marked
    // 演示数据), otherwise an empty county with the townships and villages of divisionList (see
    // DivisionList). The administrator's login, full name and password are not used yet: they are
    // wired to core/accounts at the merge.
    bool createCounty(const QString &path, const QString &countyCode, const QString &countyName, int demoHouseholds,
        const QString &divisionList = {}, const QString &adminLogin = {}, const QString &adminFullName = {},
        const QString &adminPassword = {});

    CountyDatabase *database() const { return m_db.get(); }
    Workspace *workspace() const { return m_workspace; }
    HouseholdsPage *householdsPage() const { return m_householdsPage; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QTreeView *divisionView() const;
    QTableView *householdView() const;
    HouseholdTableModel *householdModel() const;
    HouseholdFilterBar *filterBar() const;
    // Whether the open county is a demo county (invented data).
    bool isDemo() const { return m_demo; }

    // Opens the household's editor (or raises it when it is open); 0 opens a new household in the
    // selected village. An editor asked from another editor is placed beside it.
    HouseholdEditor *openHousehold(qint64 householdId);
    // A new household in the village selected in the tree (Ctrl+N), refused in the status bar
    // when the account may not add one there; null then.
    HouseholdEditor *newHousehold();
    // The open editor of a household, if any.
    HouseholdEditor *editorFor(qint64 householdId) const;
    // Soft-deletes the selected household after asking for a reason.
    void deleteSelectedHousehold();
    void restoreSelectedHousehold();
    // Offers to restore editors whose work was not saved (after a crash or power cut).
    void offerDrafts();

    static constexpr int FirstStartDemoHouseholds = 3000;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void showCounty(std::unique_ptr<CountyDatabase> db);
    // Closes the county (for a restore); false when the user keeps an editor open.
    bool closeCounty();
    // Closes every household editor; false when the user keeps one open.
    bool closeEditors();
    bool openCountyIn(const QString &path, bool readOnly);
    void householdSaved();
    void updateStatus();
    void updateRecentMenu();
    void newCountyFile();
    void openCountyFile();
    void createFromWelcome();
    void showAbout();
    void checkCountyFile();
    bool fillDemo(CountyDatabase &db, int households);
    void showError(const QString &message);
    // Who is working: the status bar, the menus the role may use, the idle lock.
    void accountChanged();
    void switchUser();
    void showOwnDivisions();
    void lockWindow();
    void showAccounts();
    HouseholdEditor *addEditor(HouseholdEditor *editor);
    // Keeps the window inside the screen's available area (a window manager's frame included).
    void fitScreen();

    std::unique_ptr<CountyDatabase> m_db;
    std::unique_ptr<CodeLists> m_codes;
    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcome = nullptr;
    Workspace *m_workspace = nullptr;
    HouseholdsPage *m_householdsPage = nullptr;
    AccountsPage *m_accountsPage = nullptr;
    ProjectsPage *m_projectsPage = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_demoLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QualityPanel *m_quality = nullptr;
    QList<QAction *> m_countyActions; // enabled while a county is open
    QList<QAction *> m_writeActions; // and only when it can be written
    QAction *m_restoreAction = nullptr;
    QAction *m_accountsAction = nullptr;
    BackupActions *m_backupActions = nullptr;
    QLabel *m_userLabel = nullptr;
    IdleWatcher *m_idle = nullptr;
    bool m_locked = false;
    bool m_demo = false;
    bool m_fitted = false;
};
