// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppSettings.h"
#include "NewCountyDialog.h"
#include "accounts/AccessPolicy.h"
#include "accounts/AccountsPage.h"
#include "accounts/IdleWatcher.h"
#include "accounts/LoginDialog.h"
#include "county/CodeLists.h"
#include "county/CountySettings.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "divisions/DivisionTreeModel.h"
#include "households/HouseholdEditor.h"
#include "households/HouseholdFilterBar.h"
#include "households/HouseholdTableModel.h"
#include "quality/QualityPanel.h"
#include "register/Drafts.h"
#include "register/HouseholdRepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int FirstStartDemoHouseholds = 3000;
const QString DemoCountyCode = QStringLiteral("522633");
const QString DemoCountyName
    = QStringLiteral("从江县"); // data, not a UI string: the county is called so in any language
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Fupin"));

    m_divisions = new DivisionTreeModel(this);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("divisionTree"));
    m_tree->setAccessibleName(tr("Divisions"));
    m_tree->setModel(m_divisions);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("householdTable"));
    m_table->setAccessibleName(tr("Households"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HouseholdList::Code, Qt::AscendingOrder);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 1100});
    m_filterBar = new HouseholdFilterBar;
    connect(m_filterBar, &HouseholdFilterBar::changed, this, &MainWindow::applyFilter);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_table, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { openHousehold(m_households->idAt(index.row())); });

    m_quality = new QualityPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_quality);
    m_quality->hide();
    connect(m_quality, &QualityPanel::openHouseholdRequested, this, &MainWindow::openHousehold);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_fileLabel = new QLabel;
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_fileLabel);

    createActions();
    if (!restoreGeometry(AppSettings::instance().mainWindowState())) {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        resize(screen.size().boundedTo(QSize(1366, 768)));
        move(screen.topLeft());
    }
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Editors and models use the county database: they go before it does.
    qDeleteAll(findChildren<HouseholdEditor *>());
    m_table->setModel(nullptr);
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
    m_accountsAction = file->addAction(tr("&Accounts..."), this, &MainWindow::showAccounts);
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *household = menuBar()->addMenu(tr("&Household"));
    QAction *newHousehold = household->addAction(tr("&New Household"), this, [this] { openHousehold(0); });
    newHousehold->setShortcut(QKeySequence::New);
    QAction *openSelected = household->addAction(tr("&Open Household"), this, [this] {
        if (const qint64 id = selectedHouseholdId())
            openHousehold(id);
    });
    openSelected->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return)});
    QAction *find = household->addAction(tr("&Find..."), this, [this] {
        m_filterBar->searchEdit()->setFocus();
        m_filterBar->searchEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    household->addSeparator();
    QAction *remove = household->addAction(tr("&Delete Household..."), this, &MainWindow::deleteSelectedHousehold);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(remove);
    m_restoreAction = household->addAction(tr("&Restore Household"), this, &MainWindow::restoreSelectedHousehold);
    m_restoreAction->setEnabled(false);
    m_countyActions = {newHousehold, openSelected, find, remove, switchUser};
    m_newHouseholdAction = newHousehold;
    m_deleteAction = remove;

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *quality = m_quality->toggleViewAction();
    quality->setText(tr("&Data Quality"));
    quality->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    view->addAction(quality);
    m_countyActions << quality;
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
    const QString file = AppSettings::defaultCountyFile();
    if (QFileInfo::exists(file))
        openCounty(file);
    else
        createCounty(file, DemoCountyCode, DemoCountyName, FirstStartDemoHouseholds);
}

bool MainWindow::openCounty(const QString &path)
{
    if (!closeEditors())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
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

bool MainWindow::createCounty(
    const QString &path, const QString &countyCode, const QString &countyName, int demoHouseholds)
{
    if (!closeEditors())
        return false;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists; choose another name.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // Checked before the file is created, so that a refused code or name leaves no file behind.
    const Result<QString> name = CountyDatabase::checkCountyName(countyName);
    if (Status s = CountyDatabase::checkCountyCode(countyCode); !s || !name) {
        showError(!s ? s.error() : name.error());
        return false;
    }
    auto created = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
    if (!created) {
        showError(created.error());
        return false;
    }
    CountyDatabase &db = *created.value();
    if (Status s = db.initialize(countyCode, countyName); !s) {
        showError(s.error());
        return false;
    }
    if (demoHouseholds > 0 && !fillDemo(db, demoHouseholds))
        return false;
    showCounty(std::move(created).value());
    return true;
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
    m_table->setModel(nullptr);
    m_households.reset();
    m_quality->setCounty(nullptr, nullptr);
    m_db = std::move(db);
    m_codes = std::make_unique<CodeLists>(m_db->sql());
    m_filterBar->clear();
    m_filterBar->setCodes(*m_codes);
    m_quality->setCounty(m_db.get(), m_codes.get());
    for (QAction *action : std::as_const(m_countyActions))
        action->setEnabled(true);
    m_households = std::make_unique<HouseholdTableModel>(*m_db, *m_codes);
    m_table->setModel(m_households.get());
    m_table->setColumnWidth(HouseholdList::Code, 150);
    m_table->setColumnWidth(HouseholdList::HeadIdNumber, 170);
    m_table->setColumnWidth(HouseholdList::Status, 150);
    connect(m_households.get(), &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    reloadDivisions();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onDivisionSelected);
    // The county was made current before the connection: the quality panel checks it until another
    // division is chosen, and names it.
    if (const QModelIndex county = m_tree->currentIndex().siblingAtColumn(0); county.isValid())
        m_quality->setDivision(county.data(DivisionTreeModel::IdRole).toLongLong(), county.data().toString());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &row) {
        m_quality->setHousehold(m_households->idAt(row.row()),
            tr("household %1").arg(m_households->index(row.row(), HouseholdList::Code).data().toString()));
    });

    AppSettings::instance().addRecentFile(m_db->path());
    updateRecentMenu();
    setWindowTitle(tr("%1 - Fupin").arg(m_db->countyName()));
    m_fileLabel->setText(QDir::toNativeSeparators(m_db->path()));
    accountChanged();
    updateStatus();
    QTimer::singleShot(0, this, &MainWindow::offerDrafts);
}

void MainWindow::reloadDivisions()
{
    const auto divisions = Divisions::load(*m_db);
    if (!divisions) {
        showError(divisions.error());
        return;
    }
    m_divisions->reload(divisions.value());
    const QModelIndex county = m_divisions->index(0, 0);
    m_tree->expand(county);
    m_tree->setCurrentIndex(county);
}

void MainWindow::onDivisionSelected()
{
    applyFilter();
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (current.isValid())
        m_quality->setDivision(current.data(DivisionTreeModel::IdRole).toLongLong(), current.data().toString());
}

void MainWindow::applyFilter()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid() || !m_households)
        return;
    HouseholdFilter filter;
    filter.divisionId = current.data(DivisionTreeModel::IdRole).toLongLong();
    filter.divisionLevel = current.data(DivisionTreeModel::LevelRole).toInt();
    m_filterBar->applyTo(filter);
    m_households->setFilter(filter);
    m_restoreAction->setEnabled(filter.deleted);
}

qint64 MainWindow::selectedHouseholdId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_households ? m_households->idAt(current.row()) : 0;
}

qint64 MainWindow::selectedVillageId() const
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return 0;
    switch (current.data(DivisionTreeModel::LevelRole).toInt()) {
    case Division::Village:
        return current.data(DivisionTreeModel::IdRole).toLongLong();
    case Division::Group:
        return current.parent().data(DivisionTreeModel::IdRole).toLongLong();
    default:
        return 0;
    }
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
    const bool edits = m_db && AccessPolicy::allows(account, AccessPolicy::Action::EditHousehold);
    m_newHouseholdAction->setEnabled(edits);
    m_deleteAction->setEnabled(edits);
    m_accountsAction->setEnabled(m_db && AccessPolicy::allows(account, AccessPolicy::Action::ManageAccounts));
    if (!m_idle) {
        m_idle = new IdleWatcher(this);
        connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lockWindow);
    }
    m_idle->setMinutes(m_db ? CountySettings(*m_db).number(CountySettings::IdleLockMinutes, 0, 0, 240) : 0);
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
    m_households->refresh();
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
    if (!m_db)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("accountsDialog"));
    dialog.setWindowTitle(tr("Accounts"));
    auto *page = new AccountsPage;
    page->setCounty(m_db.get(), m_codes.get());
    connect(page, &WorkspacePage::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(page);
    dialog.resize(900, 500);
    dialog.exec();
    accountChanged();
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
        : new HouseholdEditor(*m_db, *m_codes, householdId, selectedVillageId(), this);
    connect(editor, &HouseholdEditor::saved, this, &MainWindow::householdSaved);
    connect(editor, &HouseholdEditor::openHouseholdRequested, this, &MainWindow::openHousehold);
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
    if (!m_households)
        return;
    m_households->refresh();
    if (const auto divisions = Divisions::load(*m_db))
        m_divisions->updateCounts(divisions.value());
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
    for (const Draft &d : drafts.value()) {
        auto *editor = new HouseholdEditor(*m_db, *m_codes, d, this);
        connect(editor, &HouseholdEditor::saved, this, &MainWindow::householdSaved);
        connect(editor, &HouseholdEditor::openHouseholdRequested, this, &MainWindow::openHousehold);
        editor->show();
    }
}

void MainWindow::deleteSelectedHousehold()
{
    const qint64 id = selectedHouseholdId();
    if (id == 0 || m_households->filter().deleted)
        return;
    const int row = m_table->currentIndex().row();
    const QString code = m_households->index(row, HouseholdList::Code).data().toString();
    const QString head = m_households->index(row, HouseholdList::HeadName).data().toString();
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Delete Household"),
        tr("Delete household %1 (head: %2)? It can be restored later.\nReason for deleting:").arg(code, head),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (Status s = HouseholdRepository(*m_db).softDelete(id, reason); !s) {
        showError(s.error());
        return;
    }
    householdSaved();
    statusBar()->showMessage(tr("Household %1 was deleted; tick \"Deleted\" to see and restore it.").arg(code), 8000);
}

void MainWindow::restoreSelectedHousehold()
{
    const qint64 id = selectedHouseholdId();
    if (id == 0 || !m_households->filter().deleted)
        return;
    if (Status s = HouseholdRepository(*m_db).restore(id); !s) {
        showError(s.error());
        return;
    }
    householdSaved();
}

void MainWindow::updateStatus()
{
    if (!m_households) {
        m_countLabel->setText(tr("No county file is open."));
        return;
    }
    if (!m_households->lastError().isEmpty()) {
        m_countLabel->setText(tr("Could not read the households: %1").arg(m_households->lastError()));
        return;
    }
    const QModelIndex division = m_tree->currentIndex().siblingAtColumn(0);
    const QString where = division.isValid() ? division.data().toString() : m_db->countyName();
    const auto people = m_households->peopleCount();
    m_countLabel->setText(people
            ? tr("%1: %2 households, %3 people").arg(where).arg(m_households->rowCount()).arg(*people)
            : tr("%1: %2 households found").arg(where).arg(m_households->rowCount()));
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
        createCounty(dialog.filePath(), dialog.countyCode(), dialog.countyName(), dialog.demoHouseholds());
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
    event->accept();
}
