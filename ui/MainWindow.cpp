// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppSettings.h"
#include "NewCountyDialog.h"
#include "accounts/AccessPolicy.h"
#include "accounts/Accounts.h"
#include "accounts/AccountsPage.h"
#include "accounts/IdleWatcher.h"
#include "accounts/LoginDialog.h"
#include "backup/BackupActions.h"
#include "county/CodeLists.h"
#include "county/CountySettings.h"
#include "county/DivisionList.h"
#include "county/PovertyStandardsDialog.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "divisions/DivisionTreeModel.h"
#include "files/NewCountyFile.h"
#include "forces/ForcesPage.h"
#include "funds/FundsPage.h"
#include "households/DeleteHouseholdDialog.h"
#include "households/HouseholdEditor.h"
#include "households/HouseholdFilterBar.h"
#include "households/HouseholdTableModel.h"
#include "households/HouseholdsPage.h"
#include "progress/ProgressPage.h"
#include "projects/ProjectsPage.h"
#include "quality/QualityPanel.h"
#include "register/Drafts.h"
#include "register/HouseholdRepository.h"
#include "spreadsheets/ExportActions.h"
#include "spreadsheets/ImportWizard.h"
#include "welcome/WelcomePage.h"
#include "widgets/ActionGate.h"
#include "widgets/DialogMnemonics.h"
#include "widgets/Mnemonics.h"
#include "widgets/ScreenFit.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspacePage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWindow>

namespace {
const QString DemoCountyCode = QStringLiteral("522633");
const QString DemoCountyName
    = QStringLiteral("从江县"); // data, not a UI string: the county is called so in any language
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Fupin"));
    DialogMnemonics::install();
    ScreenFit::install();

    m_welcome = new WelcomePage;
    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::createFromWelcome);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openCountyFile);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoCounty);
    m_workspace = new Workspace;
    m_householdsPage = new HouseholdsPage;
    m_workspace->addPage(m_householdsPage);
    m_workspace->addPage(new ForcesPage);
    m_projectsPage = new ProjectsPage;
    m_workspace->addPage(m_projectsPage);
    m_workspace->addPage(new FundsPage);
    m_accountsPage = new AccountsPage;
    m_workspace->addPage(m_accountsPage);
    auto *progress = new ProgressPage;
    m_workspace->addPage(progress);
    // A bar of the dashboard opens the register on exactly its households.
    connect(progress, &ProgressPage::householdsRequested, this,
        [this](const HouseholdFilter &filter, const QString &label) {
            m_workspace->showPage(0);
            m_householdsPage->showSelection(filter, label);
        });
    connect(m_workspace, &Workspace::openHouseholdRequested, this, &MainWindow::openHousehold);
    connect(m_workspace, &Workspace::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_householdsPage, &HouseholdsPage::summaryChanged, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::divisionChanged, this, &MainWindow::updateStatus);
    m_central = new QStackedWidget;
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_workspace);
    setCentralWidget(m_central);

    m_quality = new QualityPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_quality);
    m_quality->hide();
    connect(m_quality, &QualityPanel::openHouseholdRequested, this, &MainWindow::openHousehold);
    connect(m_workspace, &Workspace::divisionChanged, this, [this](qint64 id) {
        if (m_db && id)
            m_quality->setDivision(id, m_workspace->divisionName());
    });
    connect(m_householdsPage, &HouseholdsPage::currentHouseholdChanged, this,
        [this](qint64 id, const QString &code) { m_quality->setHousehold(id, tr("household %1").arg(code)); });

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_fileLabel = new QLabel;
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    m_demoLabel = new QLabel(tr("Demo data"));
    m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
    m_demoLabel->setToolTip(tr("This county's households are invented, for trying Fupin out. Do not enter real "
                               "households into it."));
    m_demoLabel->setStyleSheet(QStringLiteral("QLabel { color: white; background: #c01c28; font-weight: bold; "
                                              "padding: 1px 8px; }"));
    m_demoLabel->hide();
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_demoLabel);
    statusBar()->addPermanentWidget(m_fileLabel);

    createActions();
    if (!restoreGeometry(AppSettings::instance().mainWindowState())) {
        // First start: maximized, which a window manager fits to the screen with its frame; the
        // normal size leaves room for a frame too.
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        resize(screen.size().boundedTo(QSize(1366, 768)) - QSize(16, 64));
        move(screen.topLeft());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Editors and models use the county database: they go before it does.
    qDeleteAll(findChildren<HouseholdEditor *>());
    m_quality->setCounty(nullptr, nullptr);
    m_workspace->setCounty(nullptr, nullptr);
}

QTreeView *MainWindow::divisionView() const
{
    return m_workspace->divisionView();
}

QTableView *MainWindow::householdView() const
{
    return m_householdsPage->view();
}

HouseholdTableModel *MainWindow::householdModel() const
{
    return m_householdsPage->model();
}

HouseholdFilterBar *MainWindow::filterBar() const
{
    return m_householdsPage->filterBar();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newFile = file->addAction(tr("&New County File..."), this, &MainWindow::newCountyFile);
    newFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open = file->addAction(tr("&Open County File..."), this, &MainWindow::openCountyFile);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction *switchUser = file->addAction(tr("S&witch User..."), this, &MainWindow::switchUser);
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    m_accountsAction = file->addAction(tr("&Accounts"), this, &MainWindow::showAccounts);
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    QAction *standards = file->addAction(tr("Poverty &Line and Threshold..."), this, [this] {
        if (m_db)
            PovertyStandardsDialog(*m_db, this).exec();
    });
    standards->setObjectName(QStringLiteral("povertyStandardsAction"));
    file->addSeparator();
    file->addAction(tr("&Import Households..."), this,
            [this] {
                if (!m_db)
                    return;
                ImportWizard wizard(*m_db, this);
                wizard.exec();
                if (wizard.imported())
                    householdSaved();
            })
        ->setObjectName(QStringLiteral("importHouseholdsAction"));
    m_backupActions = new BackupActions({this, [this] { return m_db.get(); }, [this] { return closeCounty(); },
                                            [this](const QString &path) { return openCounty(path); }},
        file);
    auto *exports
        = new ExportActions({this, [this] { return m_db.get(); },
                                [this]() -> ListExportJob {
                                    if (m_quality->isVisible() && m_quality->isAncestorOf(QApplication::focusWidget()))
                                        return m_quality->exportJob();
                                    WorkspacePage *page = m_workspace->currentPage();
                                    return page ? page->exportJob() : ListExportJob();
                                }},
            file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *household = menuBar()->addMenu(tr("H&ousehold"));
    QAction *newHousehold = household->addAction(tr("&New Household"), this, &MainWindow::newHousehold);
    newHousehold->setShortcut(QKeySequence::New);
    QAction *openSelected = household->addAction(tr("&Open Household"), this, [this] {
        if (const qint64 id = m_householdsPage->selectedHouseholdId())
            openHousehold(id);
    });
    openSelected->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return)});
    QAction *find = household->addAction(tr("&Find..."), this, [this] {
        m_workspace->showPage(m_workspace->pages().indexOf(m_householdsPage));
        filterBar()->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        filterBar()->searchEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    household->addSeparator();
    QAction *remove = household->addAction(tr("&Delete Household..."), this, &MainWindow::deleteSelectedHousehold);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    householdView()->addAction(remove);
    m_restoreAction = household->addAction(tr("&Restore Household"), this, &MainWindow::restoreSelectedHousehold);
    m_restoreAction->setEnabled(false);
    m_countyActions = {newHousehold, openSelected, find, remove, switchUser, standards};
    m_writeActions = {newHousehold, remove};

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *quality = m_quality->toggleViewAction();
    quality->setText(tr("&Data Quality"));
    quality->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    view->addAction(quality);
    m_countyActions << quality;
    // 导出… on each page's lists too (their context menu), and on the data-quality findings.
    m_countyActions << exports->exportAction();
    QList<QTableView *> lists{m_quality->findingsTable()};
    for (WorkspacePage *page : m_workspace->pages())
        lists += page->findChildren<QTableView *>();
    for (QTableView *list : std::as_const(lists)) {
        if (list->contextMenuPolicy() == Qt::DefaultContextMenu)
            list->setContextMenuPolicy(Qt::ActionsContextMenu);
        if (list->contextMenuPolicy() == Qt::ActionsContextMenu)
            list->addAction(exports->exportAction());
    }
    for (QAction *action : std::as_const(m_countyActions))
        action->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *check = help->addAction(tr("&Check the County File"), this, &MainWindow::checkCountyFile);
    check->setObjectName(QStringLiteral("checkCountyFileAction"));
    help->addSeparator();
    help->addAction(tr("&About Fupin"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openInitialCounty(const QString &path)
{
    if (!path.isEmpty()) {
        openCounty(path);
        return;
    }
    // Nothing is invented unasked: without the county file, the welcome page stays.
    const QString file = AppSettings::defaultCountyFile();
    if (QFileInfo::exists(file))
        openCounty(file);
}

bool MainWindow::openDemoCounty()
{
    const QString file = AppSettings::demoCountyFile();
    if (QFileInfo::exists(file))
        return openCounty(file);
    return createCounty(file, DemoCountyCode, DemoCountyName, FirstStartDemoHouseholds);
}

bool MainWindow::openCounty(const QString &path)
{
    if (!closeEditors())
        return false;
    // A file on a CD, a protected share or marked read-only: say what to do, and offer to look.
    CountyDatabase::OpenMode mode = CountyDatabase::OpenMode::ExistingOnly;
    const QFileInfo info(path);
    if (info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        QMessageBox box(QMessageBox::Warning, tr("Read-only county file"),
            tr("The county file %1 is read-only, or its folder is: Fupin cannot save changes in it.\n\n"
               "To work in it, copy it to a folder of your own (for example Documents) and open the copy, or "
               "remove the read-only mark in the file's properties. You can also open it only to look things up.")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Cancel, this);
        QPushButton *look = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        box.setDefaultButton(look);
        box.exec();
        if (box.clickedButton() != look)
            return false;
        mode = CountyDatabase::OpenMode::ReadOnly;
    }
    return openCountyIn(path, mode == CountyDatabase::OpenMode::ReadOnly);
}

bool MainWindow::openCountyReadOnly(const QString &path)
{
    return closeEditors() && openCountyIn(path, true);
}

bool MainWindow::openCountyIn(const QString &path, bool readOnly)
{
    const auto mode = readOnly ? CountyDatabase::OpenMode::ReadOnly : CountyDatabase::OpenMode::ExistingOnly;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = CountyDatabase::open(path, mode);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        AppSettings::instance().removeRecentFile(path);
        updateRecentMenu();
        showError(opened.error());
        return false;
    }
    if (!opened.value()->isInitialized()) {
        showError(tr("%1 holds no county yet. Create it with File > New County File, or with "
                     "\"fupin-cli init\".")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // A county with accounts asks who is working; one without a password opened straight in.
    if (!opened.value()->account().isSignedIn()) {
        LoginDialog login(*opened.value(), LoginDialog::Mode::SignIn, this);
        if (login.exec() != QDialog::Accepted)
            return false;
    }
    const QString backup = opened.value()->upgradeBackupPath();
    showCounty(std::move(opened).value());
    if (!backup.isEmpty())
        statusBar()->showMessage(
            tr("The county file was upgraded; the old version is kept as %1.").arg(QDir::toNativeSeparators(backup)),
            15000);
    return true;
}

bool MainWindow::createCounty(const QString &path, const QString &countyCode, const QString &countyName,
    int demoHouseholds, const QString &divisionList, const QString &adminLogin, const QString &adminFullName,
    const QString &adminPassword)
{
    if (!closeEditors())
        return false;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists; choose another name.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // Checked before the file is created, so that a refused code, name or list leaves no file behind.
    const Result<QString> name = CountyDatabase::checkCountyName(countyName);
    if (Status s = CountyDatabase::checkCountyCode(countyCode); !s || !name) {
        showError(!s ? s.error() : name.error());
        return false;
    }
    if (const auto townships = DivisionList::parse(divisionList); !townships) {
        showError(townships.error());
        return false;
    }
    // The administrator is created with the county; without a login, "admin" without a password.
    const NewAccount admin{adminLogin.trimmed(), adminFullName, {}, Role::Administrator, {}, adminPassword};
    if (!admin.login.isEmpty()) {
        for (const Status &s : {Accounts::checkLogin(admin.login), Accounts::checkPassword(admin.password)}) {
            if (!s) {
                showError(s.error());
                return false;
            }
        }
    }
    NewCountyFile newFile(path); // removed again, with its -wal and -shm, unless the county is made
    auto created = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
    if (!created) {
        showError(created.error());
        return false;
    }
    CountyDatabase &db = *created.value();
    if (Status s = db.initialize(countyCode, countyName, admin); !s) {
        showError(s.error());
        return false;
    }
    if (demoHouseholds > 0 && !fillDemo(db, demoHouseholds))
        return false;
    if (demoHouseholds == 0 && !divisionList.trimmed().isEmpty()) {
        if (const auto added = DivisionList::addToCounty(db, divisionList); !added) {
            showError(added.error());
            return false;
        }
    }
    newFile.keep();
    showCounty(std::move(created).value());
    return true;
}

bool MainWindow::closeCounty()
{
    if (!closeEditors())
        return false;
    m_quality->setCounty(nullptr, nullptr);
    m_workspace->setCounty(nullptr, nullptr);
    m_codes.reset();
    m_db.reset();
    m_central->setCurrentWidget(m_welcome);
    for (QAction *action : std::as_const(m_countyActions))
        action->setEnabled(false);
    for (QAction *action : std::as_const(m_writeActions))
        action->setEnabled(false);
    m_accountsAction->setEnabled(false);
    m_backupActions->updateActions();
    m_userLabel->clear();
    m_fileLabel->clear();
    m_demoLabel->hide();
    if (m_idle)
        m_idle->setMinutes(0);
    setWindowTitle(tr("Fupin"));
    return true;
}

void MainWindow::createFromWelcome()
{
    createCounty(m_welcome->filePath(), m_welcome->countyCode(), m_welcome->countyName(), 0, m_welcome->divisionList(),
        m_welcome->adminLogin(), m_welcome->adminFullName(), m_welcome->adminPassword());
}

bool MainWindow::fillDemo(CountyDatabase &db, int households)
{
    QProgressDialog progress(
        tr("Creating a demo county of %1 households...").arg(households), tr("Cancel"), 0, households, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    DemoOptions options;
    options.households = households;
    const Status s = DemoGenerator::generate(db, options, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (!s && !progress.wasCanceled())
        showError(s.error());
    if (s)
        db.updateSearchIndex(); // now rather than on the first search; a failure is retried then
    return s.ok();
}

void MainWindow::showCounty(std::unique_ptr<CountyDatabase> db)
{
    m_quality->setCounty(nullptr, nullptr);
    m_workspace->setCounty(nullptr, nullptr);
    m_db = std::move(db);
    m_codes = std::make_unique<CodeLists>(*m_db);
    m_demo = CountySettings(*m_db).isDemo();
    m_quality->setCounty(m_db.get(), m_codes.get());
    m_workspace->setCounty(m_db.get(), m_codes.get());
    m_central->setCurrentWidget(m_workspace);
    for (QAction *action : std::as_const(m_countyActions))
        action->setEnabled(true);
    for (QAction *action : std::as_const(m_writeActions))
        action->setEnabled(!m_db->isReadOnly());

    AppSettings::instance().addRecentFile(m_db->path());
    updateRecentMenu();
    QString title
        = m_demo ? tr("%1 (demo data) - Fupin").arg(m_db->countyName()) : tr("%1 - Fupin").arg(m_db->countyName());
    if (m_db->isReadOnly())
        title = tr("%1 [read-only]", "the window title of a county file open only for reading").arg(title);
    setWindowTitle(title);
    m_demoLabel->setVisible(m_demo);
    // A long path must not widen the window past the screen; the whole path is in the tooltip.
    const QString path = QDir::toNativeSeparators(m_db->path());
    m_fileLabel->setText(fontMetrics().elidedText(path, Qt::ElideMiddle, 240));
    m_fileLabel->setToolTip(path);
    accountChanged();
    showOwnDivisions();
    updateStatus();
    if (m_db->isReadOnly())
        statusBar()->showMessage(tr("The county file is open for reading only: changes cannot be saved."), 15000);
    m_householdsPage->view()->setFocus();
    QTimer::singleShot(0, this, &MainWindow::offerDrafts);
}

HouseholdEditor *MainWindow::editorFor(qint64 householdId) const
{
    for (HouseholdEditor *editor : findChildren<HouseholdEditor *>()) {
        if (householdId != 0 && editor->householdId() == householdId)
            return editor;
    }
    return nullptr;
}

void MainWindow::accountChanged()
{
    const Account &account = m_db ? m_db->account() : Account();
    m_userLabel->setText(
        m_db ? tr("Working: %1 · %2").arg(account.displayName(), Roles::label(account.role)) : QString());
    if (m_db && account.isSignedIn() && !account.hasPassword)
        statusBar()->showMessage(tr("This county opens without a password (one account, no password); the "
                                    "administrator can set one under File > Accounts."),
            15000);
    // The menus offer what the account may do; core refuses the rest anyway.
    for (QAction *action : std::as_const(m_writeActions))
        ActionGate::offer(action, m_db.get(), AccessPolicy::Action::EditHousehold);
    const bool administers = m_db && AccessPolicy::allows(account, AccessPolicy::Action::ManageAccounts);
    m_accountsAction->setEnabled(administers);
    m_backupActions->updateActions();
    m_workspace->setPageAvailable(m_accountsPage, administers);
    m_accountsPage->reload();
    if (!m_idle) {
        m_idle = new IdleWatcher(this);
        connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lockWindow);
    }
    m_idle->setMinutes(m_db ? CountySettings(*m_db).number(CountySettings::IdleLockMinutes, 0, 0, 240) : 0);
}

void MainWindow::showOwnDivisions()
{
    // A township or village account starts on its own division rather than the whole county.
    const Account &account = m_db->account();
    if (!Roles::isScoped(account.role) || account.scope.isEmpty())
        return;
    QTreeView *tree = m_workspace->divisionView();
    if (const auto *model = qobject_cast<DivisionTreeModel *>(tree->model())) {
        if (const QModelIndex own = model->indexForId(account.scope.first()); own.isValid()) {
            tree->scrollTo(own);
            tree->setCurrentIndex(own);
        }
    }
}

void MainWindow::switchUser()
{
    if (!m_db || !closeEditors())
        return;
    // The new account signs in before the old one stops acting: Cancel leaves things as they were.
    const Account before = m_db->account();
    LoginDialog login(*m_db, LoginDialog::Mode::SignIn, this);
    login.loginEdit()->clear();
    login.loginEdit()->setFocus();
    if (login.exec() != QDialog::Accepted)
        return;
    accountChanged();
    // Every page asks again what the new account may see and do (the loan buttons stayed as the
    // auditor had them until a restart).
    m_workspace->setCounty(m_db.get(), m_codes.get());
    showOwnDivisions();
    m_householdsPage->refresh();
    statusBar()->showMessage(
        tr("%1 stopped working; %2 is working now.").arg(before.displayName(), m_db->account().displayName()), 8000);
}

void MainWindow::lockWindow()
{
    if (!m_db || m_locked)
        return;
    m_locked = true;
    // Nothing of the register shows while the window is locked.
    centralWidget()->hide();
    LoginDialog unlock(*m_db, LoginDialog::Mode::Unlock, this);
    const bool unlocked = unlock.exec() == QDialog::Accepted;
    m_locked = false;
    if (!unlocked) {
        // Unsaved edits are kept as drafts as they are typed; they come back on the next start.
        QCoreApplication::exit(0);
        return;
    }
    centralWidget()->show();
    accountChanged();
}

void MainWindow::showAccounts()
{
    m_workspace->showPage(int(m_workspace->pages().indexOf(m_accountsPage)));
}

HouseholdEditor *MainWindow::newHousehold()
{
    // In a village the account may not change, refused at once in words rather than with a form
    // that is read-only throughout.
    if (const qint64 village = m_db ? m_workspace->selectedVillageId() : 0) {
        if (const Status may = ActionGate::ask(m_db.get(), AccessPolicy::Action::EditHousehold, village); !may) {
            statusBar()->showMessage(may.error(), 15000);
            return nullptr;
        }
    }
    return openHousehold(0);
}

HouseholdEditor *MainWindow::openHousehold(qint64 householdId)
{
    if (!m_db)
        return nullptr;
    if (HouseholdEditor *open = editorFor(householdId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    // Unsaved work the user put off at start-up comes back with its household, not over it.
    const QString key = QStringLiteral("household-%1").arg(householdId);
    const QList<Draft> drafts = householdId ? Drafts(*m_db).all().value_or({}) : QList<Draft>();
    const auto draft = std::find_if(drafts.cbegin(), drafts.cend(), [&](const Draft &d) { return d.key == key; });
    auto *editor = draft != drafts.cend()
        ? new HouseholdEditor(*m_db, *m_codes, *draft, this)
        : new HouseholdEditor(*m_db, *m_codes, householdId, m_workspace->selectedVillageId(), this);
    // Asked from another editor (a duplicate ID found there): beside it, not on top of it, so the
    // cadre sees both households.
    auto *from = qobject_cast<HouseholdEditor *>(sender());
    addEditor(editor);
    if (from && from->isVisible()) {
        const QRect screen = (from->screen() ? from->screen() : QGuiApplication::primaryScreen())->availableGeometry();
        const QSize decoration = from->frameGeometry().size() - from->size();
        QRect source = from->frameGeometry();
        const int width = editor->frameGeometry().width();
        if (source.right() + width <= screen.right()) {
            editor->move(source.right() + 1, source.top());
        } else if (source.left() - width >= screen.left()) {
            editor->move(source.left() - width, source.top());
        } else {
            // No room beside it: the two share the screen, the unsaved one on the left.
            const int half = screen.width() / 2;
            const int height = std::min(source.height(), screen.height()) - decoration.height();
            from->resize(half - decoration.width(), height);
            from->move(screen.left(), screen.top());
            editor->resize(half - decoration.width(), height);
            editor->move(screen.left() + half, screen.top());
        }
    }
    return editor;
}

HouseholdEditor *MainWindow::addEditor(HouseholdEditor *editor)
{
    connect(editor, &HouseholdEditor::saved, this, &MainWindow::householdSaved);
    connect(editor, &HouseholdEditor::openHouseholdRequested, this, &MainWindow::openHousehold);
    connect(editor, &HouseholdEditor::openProjectRequested, this, [this](qint64 projectId) {
        m_workspace->showPage(int(m_workspace->pages().indexOf(m_projectsPage)));
        m_projectsPage->showProject(projectId);
        activateWindow();
    });
    editor->show();
    return editor;
}

bool MainWindow::closeEditors()
{
    // Editors belong to the county they were opened on; each asks about its unsaved changes.
    for (HouseholdEditor *editor : findChildren<HouseholdEditor *>()) {
        if (!editor->close())
            return false;
        delete editor; // now, not later: it must not outlive the county it edits
    }
    return true;
}

void MainWindow::householdSaved()
{
    if (!m_db)
        return;
    m_householdsPage->refresh();
    m_workspace->updateCounts();
}

void MainWindow::offerDrafts()
{
    if (!m_db)
        return;
    const auto drafts = Drafts(*m_db).all();
    if (!drafts || drafts->isEmpty())
        return;
    QStringList labels;
    for (const Draft &d : drafts.value())
        labels << (d.label.isEmpty() ? tr("a new household") : d.label);
    QMessageBox box(QMessageBox::Question, tr("Unsaved work"),
        tr("%n household(s) had unsaved changes when Fupin last stopped: %1. Restore them?", nullptr,
            int(drafts->size()))
            .arg(labels.join(QStringLiteral(", "))),
        QMessageBox::NoButton, this);
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == discard) {
        if (QMessageBox::question(this, tr("Unsaved work"), tr("Discard the unsaved changes for good?"))
            == QMessageBox::Yes) {
            for (const Draft &d : drafts.value())
                Drafts(*m_db).remove(d.key);
        }
        return;
    }
    if (box.clickedButton() != restore)
        return;
    for (const Draft &d : drafts.value())
        addEditor(new HouseholdEditor(*m_db, *m_codes, d, this));
}

void MainWindow::deleteSelectedHousehold()
{
    HouseholdTableModel *model = householdModel();
    const qint64 id = m_householdsPage->selectedHouseholdId();
    if (id == 0 || model->filter().deleted)
        return;
    const int row = householdView()->currentIndex().row();
    const QString code = model->index(row, HouseholdList::Code).data().toString();
    const QString head = model->index(row, HouseholdList::HeadName).data().toString();
    DeleteHouseholdDialog dialog(code, head, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = HouseholdRepository(*m_db).softDelete(id, dialog.reason()); !s) {
        showError(s.error());
        return;
    }
    householdSaved();
    statusBar()->showMessage(tr("Household %1 was deleted; tick \"Deleted\" to see and restore it.").arg(code), 8000);
}

void MainWindow::restoreSelectedHousehold()
{
    const qint64 id = m_householdsPage->selectedHouseholdId();
    if (id == 0 || !householdModel()->filter().deleted)
        return;
    if (Status s = HouseholdRepository(*m_db).restore(id); !s) {
        showError(s.error());
        return;
    }
    householdSaved();
}

void MainWindow::updateStatus()
{
    // The status bar speaks of the division chosen in the tree: with the register's counts when the
    // register shows that division, by its name alone while another page shows it (the register
    // counts a division only once it is shown).
    if (m_db && m_workspace->divisionId() != 0 && m_workspace->divisionId() != m_householdsPage->divisionId())
        m_countLabel->setText(m_workspace->divisionName());
    else
        m_countLabel->setText(m_householdsPage->summary());
    m_restoreAction->setEnabled(householdModel() && householdModel()->filter().deleted);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::instance().recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(file)), this,
            [this, file] { openCounty(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::newCountyFile()
{
    NewCountyDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        createCounty(dialog.filePath(), dialog.countyCode(), dialog.countyName(), dialog.demoHouseholds(), {},
            dialog.adminLogin(), dialog.adminFullName(), dialog.adminPassword());
}

void MainWindow::openCountyFile()
{
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open County File"), start, tr("County files (*.fupin *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openCounty(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Fupin"),
        tr("<h3>Fupin %1</h3><p>The register of poor and monitored households for county "
           "poverty-alleviation offices: households, cadres, visits, projects and funds.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::checkCountyFile()
{
    if (!m_db) {
        showError(tr("Open a county file first."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto problems = m_db->checkIntegrity();
    QApplication::restoreOverrideCursor();
    const QString file = QDir::toNativeSeparators(m_db->path());
    if (!problems)
        showError(problems.error());
    else if (problems->isEmpty())
        QMessageBox::information(this, tr("Check the County File"),
            tr("The county file %1 is sound: its structure and the links between its records are intact.").arg(file));
    else
        QMessageBox::warning(this, tr("Check the County File"),
            tr("The county file %1 has these problems:").arg(file) + QStringLiteral("\n\n") + problems->join(u'\n'));
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::critical(this, tr("Fupin"), message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Each editor asks about its own unsaved changes; cancelling one keeps the app open.
    if (!closeEditors()) {
        event->ignore();
        return;
    }
    AppSettings::instance().setMainWindowState(saveGeometry());
    m_backupActions->backUpOnClose();
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        // The menus keep their letters; the data-quality panel, which can be beside any area, comes
        // next; each page (the welcome page, every area) is shown alone, so they may reuse each
        // other's letters.
        QSet<QChar> reserved;
        for (QAction *menu : menuBar()->actions())
            reserved << Mnemonics::of(menu->text());
        Mnemonics::makeUnique(m_welcome, reserved); // without a county, the panel cannot be shown
        reserved = Mnemonics::makeUnique(m_quality, reserved);
        for (WorkspacePage *page : m_workspace->pages())
            Mnemonics::makeUnique(page, reserved);
        // The window manager's frame is known only once the window is shown, and some take a while.
        QTimer::singleShot(100, this, &MainWindow::fitScreen);
        QTimer::singleShot(1000, this, &MainWindow::fitScreen);
    }
}

void MainWindow::fitScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    const QRect available = (screen() ? screen() : QGuiApplication::primaryScreen())->availableGeometry();
    const QRect frame = frameGeometry();
    if (available.contains(frame))
        return;
    const QSize decoration = frame.size() - size();
    const QSize fitted = size().boundedTo(available.size() - decoration);
    resize(fitted);
    QRect moved(frame.topLeft(), fitted + decoration);
    moved.moveRight(std::min(moved.right(), available.right()));
    moved.moveBottom(std::min(moved.bottom(), available.bottom()));
    moved.moveLeft(std::max(moved.left(), available.left()));
    moved.moveTop(std::max(moved.top(), available.top()));
    move(moved.topLeft());
}
