// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a workspace: pages beside the shared division tree; the welcome page on a
// first start; the demo county marked as such.
#include "workspace/Workspace.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "NewCountyDialog.h"
#include "accounts/LoginDialog.h"
#include "county/CountySettings.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "divisions/DivisionTreeModel.h"
#include "households/HouseholdTableModel.h"
#include "households/HouseholdsPage.h"
#include "welcome/WelcomePage.h"
#include "workspace/WorkspacePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

namespace {

// A page that records what the workspace tells it.
class ProbePage : public WorkspacePage
{
public:
    QString title() const override { return QStringLiteral("Probe"); }
    QIcon icon() const override { return {}; }
    void setCounty(CountyDatabase *db, const CodeLists *) override
    {
        county = db;
        ++countiesTold;
    }
    void setDivision(qint64 divisionId) override { divisions << divisionId; }

    CountyDatabase *county = nullptr;
    int countiesTold = 0;
    QList<qint64> divisions;
};

} // namespace

TEST_CASE("a page plugs into the workspace with one call, Ctrl+1..9 switch pages, and the tree is shared")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window;
    auto *probe = new ProbePage;
    Workspace *workspace = window.workspace();
    const int probeIndex = workspace->addPage(probe);
    CHECK(probeIndex == workspace->pages().size() - 1);
    const auto probeKey = Qt::Key(Qt::Key_1 + probeIndex);
    window.show();
    REQUIRE(window.createCounty(
        dir.filePath(QStringLiteral("w.fupin")), QStringLiteral("522633"), QStringLiteral("从江县"), 80));
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(workspace->currentPage() == window.householdsPage());
    // A page off screen reads nothing before the first paint: it is told of the county, and of the
    // division, when it is first shown.
    CHECK(probe->county == nullptr);
    CHECK(probe->divisions.isEmpty());

    // The navigation names each area.
    QListWidget *nav = workspace->navigation();
    REQUIRE(nav->count() == workspace->pages().size());
    CHECK(nav->item(0)->text() == window.householdsPage()->title());
    CHECK(nav->item(probeIndex)->text() == QStringLiteral("Probe"));
    // Each area's icon is its own: drawn, and unlike every other area's.
    QList<QImage> icons;
    for (int i = 0; i < probeIndex; ++i) {
        const QImage icon = nav->item(i)->icon().pixmap(32, 32).toImage();
        INFO(nav->item(i)->text().toStdString());
        CHECK_FALSE(icon.isNull());
        CHECK_FALSE(icons.contains(icon));
        icons << icon;
    }

    // Choosing a village filters the page shown; the hidden page hears of it when shown.
    QTreeView *tree = window.divisionView();
    const QModelIndex county = tree->model()->index(0, 0);
    // The tree's household counts, which read the whole register, follow the first paint.
    REQUIRE(QTest::qWaitFor([&] { return county.siblingAtColumn(1).data().toString() == QStringLiteral("80"); }));
    const QModelIndex village = tree->model()->index(0, 0, tree->model()->index(0, 0, county));
    tree->setCurrentIndex(village);
    const qint64 villageId = village.data(DivisionTreeModel::IdRole).toLongLong();
    const int inVillage = window.householdModel()->rowCount();
    CHECK(window.householdModel()->filter().divisionId == villageId);
    CHECK(probe->divisions.isEmpty());
    QTest::keyClick(&window, probeKey, Qt::ControlModifier);
    CHECK(workspace->currentPage() == probe);
    CHECK(nav->currentRow() == probeIndex);
    CHECK(probe->county == window.database());
    const int told = probe->countiesTold;
    CHECK(probe->divisions == QList<qint64>{villageId});

    // While the probe is shown, the county is chosen: the probe is told, the households page later.
    tree->setCurrentIndex(county);
    const qint64 countyId = county.data(DivisionTreeModel::IdRole).toLongLong();
    CHECK(probe->divisions.last() == countyId);
    CHECK(window.householdModel()->rowCount() == inVillage);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(workspace->currentPage() == window.householdsPage());
    CHECK(window.householdModel()->rowCount() > inVillage);
    // Showing a page again with the same division does not tell it twice.
    QTest::keyClick(&window, probeKey, Qt::ControlModifier);
    CHECK(probe->divisions.size() == 2);
    CHECK(probe->countiesTold == told); // nor of the county
}

TEST_CASE("a first start without a county file shows the welcome page and invents nothing")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    REQUIRE_FALSE(QFileInfo::exists(AppSettings::defaultCountyFile()));
    MainWindow window;
    window.show();
    window.openInitialCounty(QString());
    CHECK(window.database() == nullptr);
    CHECK(window.centralWidget()->findChild<WelcomePage *>()->isVisible());
    CHECK_FALSE(QFileInfo::exists(AppSettings::defaultCountyFile()));

    // Nothing is said before anything is typed; Create waits for a complete form.
    WelcomePage *welcome = window.welcomePage();
    auto *problem = welcome->findChild<QLabel *>(QStringLiteral("welcomeProblemLabel"));
    auto *create = welcome->findChild<QPushButton *>(QStringLiteral("createCountyButton"));
    CHECK(problem->text().isEmpty());
    CHECK_FALSE(create->isEnabled());

    // The county with its townships and villages, pasted as a list, and its administrator.
    auto set = [welcome](const char *name, const QString &text) {
        auto *edit = welcome->findChild<QLineEdit *>(QString::fromLatin1(name));
        REQUIRE(edit);
        edit->setFocus();
        edit->selectAll();
        edit->insert(text); // as typed: marks the field modified
    };
    set("welcomeCodeEdit", QStringLiteral("520102"));
    CHECK_FALSE(problem->text().isEmpty()); // now it says what is missing
    set("welcomeNameEdit", QStringLiteral("南明区"));
    welcome->findChild<QPlainTextEdit *>(QStringLiteral("welcomeDivisionsEdit"))
        ->setPlainText(QStringLiteral("花果园街道\t花果园社区\n花果园街道\t五里冲社区\n"
                                      "小碧乡：小碧村、石头寨村\n云关乡\n  云关村\n"));
    CHECK_FALSE(create->isEnabled()); // no administrator yet
    set("adminLoginEdit", QStringLiteral("admin"));
    set("adminNameEdit", QStringLiteral("王主任"));
    set("adminPasswordEdit", QStringLiteral("s3cret-pass"));
    set("adminConfirmEdit", QStringLiteral("s3cret-pas"));
    CHECK_FALSE(create->isEnabled()); // the two passwords differ
    set("adminConfirmEdit", QStringLiteral("s3cret-pass"));
    set("welcomePathEdit", dir.filePath(QStringLiteral("mine.fupin"))); // not the user's real default file
    INFO(problem->text().toStdString());
    REQUIRE(create->isEnabled());
    create->click();

    REQUIRE(window.database());
    CHECK(window.database()->countyName() == QStringLiteral("南明区"));
    CHECK_FALSE(window.isDemo());
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("demo")));
    CHECK_FALSE(window.statusBar()->findChild<QLabel *>(QStringLiteral("demoLabel"))->isVisible());
    const auto divisions = Divisions::load(*window.database()).value();
    QStringList villages;
    for (const Division &d : divisions) {
        if (d.level == Division::Village)
            villages << d.code + d.name;
    }
    CHECK(villages
        == QStringList{QStringLiteral("520102001001花果园社区"), QStringLiteral("520102001002五里冲社区"),
            QStringLiteral("520102002001小碧村"), QStringLiteral("520102002002石头寨村"),
            QStringLiteral("520102003001云关村")});
    CHECK(window.householdModel()->rowCount() == 0);
}

TEST_CASE("the demo county says 演示数据 in the title and the status bar")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window;
    window.show();
    REQUIRE(window.createCounty(
        dir.filePath(QStringLiteral("demo.fupin")), QStringLiteral("522633"), QStringLiteral("从江县"), 40));
    CHECK(CountySettings(*window.database()).isDemo());
    CHECK(window.isDemo());
    CHECK(window.windowTitle().contains(QStringLiteral("demo data")));
    auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("demoLabel"));
    REQUIRE(label);
    CHECK(label->isVisible());
    // Reopened, it is still marked: the mark lives in the file.
    const QString path = window.database()->path();
    MainWindow again;
    again.show();
    // The demo county has an account per role: the login dialog that opens is answered.
    QTimer::singleShot(0, [] {
        auto *login = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        REQUIRE(login);
        login->passwordEdit()->setText(QString::fromLatin1(DemoGenerator::DemoPassword));
        login->accept();
    });
    REQUIRE(again.openCounty(path));
    CHECK(again.isDemo());
    CHECK(again.statusBar()->findChild<QLabel *>(QStringLiteral("demoLabel"))->isVisible());
}

TEST_CASE("the window fits the screen's available area and remembers its size and place")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        // A size remembered from a larger screen.
        MainWindow big;
        big.setGeometry(QRect(available.topLeft() + QPoint(40, 40), available.size() + QSize(400, 300)));
        big.show();
        // A timed-out wait is not a failure here: Catch checks the result just below, with the sizes.
        (void)QTest::qWaitFor([&] { return available.contains(big.frameGeometry()); }, 2000);
        INFO(available.width() << "x" << available.height() << " frame " << big.frameGeometry().x() << ","
                               << big.frameGeometry().y() << " " << big.frameGeometry().width() << "x"
                               << big.frameGeometry().height());
        CHECK(available.contains(big.frameGeometry()));
        big.resize(available.size() - QSize(100, 100));
        big.move(available.topLeft() + QPoint(30, 20));
        big.close();
    }
    MainWindow again;
    again.show();
    INFO(again.width() << "x" << again.height());
    CHECK(again.size() == available.size() - QSize(100, 100));
    CHECK(again.pos() == available.topLeft() + QPoint(30, 20));
}

TEST_CASE("a read-only county file gets advice and can be opened to look things up")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("ro.fupin"));
    {
        MainWindow maker;
        REQUIRE(maker.createCounty(path, QStringLiteral("522633"), QStringLiteral("从江县"), 20));
    }
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    if (QFileInfo(path).isWritable()) {
        WARN("running as root: a read-only file is still writable here, so the advice cannot be shown");
        return;
    }
    MainWindow window;
    window.show();
    QString advice;
    QTimer::singleShot(0, [&advice] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            advice = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
            }
        }
    });
    REQUIRE(window.openCounty(path));
    CHECK(advice.contains(QStringLiteral("copy it to a folder")));
    CHECK(window.database()->isReadOnly());
}

TEST_CASE("the new-county dialog says nothing before anything is typed, and asks for the administrator")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    NewCountyDialog dialog;
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK(problem->text().isEmpty());
    CHECK_FALSE(ok->isEnabled());
    auto set = [&dialog](const char *name, const QString &text) {
        auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        REQUIRE(edit);
        edit->selectAll();
        edit->insert(text);
    };
    set("pathEdit", dir.filePath(QStringLiteral("n.fupin")));
    set("countyCodeEdit", QStringLiteral("5226"));
    CHECK_FALSE(problem->text().isEmpty()); // typed: now it says the code is short
    set("countyCodeEdit", QStringLiteral("522633"));
    set("countyNameEdit", QStringLiteral("从江县"));
    CHECK_FALSE(ok->isEnabled()); // the administrator is still missing
    set("adminLoginEdit", QStringLiteral("admin"));
    set("adminNameEdit", QStringLiteral("王主任"));
    set("adminPasswordEdit", QStringLiteral("pw-1234"));
    set("adminConfirmEdit", QStringLiteral("pw-1234"));
    CHECK(ok->isEnabled());
    CHECK(dialog.adminLogin() == QStringLiteral("admin"));
    CHECK(dialog.adminFullName() == QStringLiteral("王主任"));
    CHECK(dialog.adminPassword() == QStringLiteral("pw-1234"));
}
