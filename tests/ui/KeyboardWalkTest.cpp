// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every window and dialog the app opens, in English and in Chinese: within one window no two
// visible controls share a mnemonic, and every input has a label or an accessible name.
#include "../TestSql.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "NewCountyDialog.h"
#include "accounts/Account.h"
#include "accounts/AccountDialog.h"
#include "accounts/LoginDialog.h"
#include "common/Translations.h"
#include "county/CodeLists.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "forces/AssistanceRecords.h"
#include "forces/CadreDialog.h"
#include "forces/MeasureDialog.h"
#include "forces/PairingDialog.h"
#include "forces/RankCapsDialog.h"
#include "forces/UnitDialog.h"
#include "forces/VisitDialog.h"
#include "funds/FundLedger.h"
#include "funds/FundsPage.h"
#include "funds/LedgerEntryDialog.h"
#include "funds/LoanDialog.h"
#include "funds/LoanEventDialog.h"
#include "funds/MicroloanBook.h"
#include "funds/ReversalDialog.h"
#include "households/BenefitDialog.h"
#include "households/DeleteHouseholdDialog.h"
#include "households/HouseholdEditor.h"
#include "households/HouseholdTableModel.h"
#include "households/StatusStepDialog.h"
#include "notices/NoticeDialog.h"
#include "projects/BeneficiaryDialog.h"
#include "projects/ProjectDialog.h"
#include "projects/ProjectLibrary.h"
#include "projects/ProjectStepDialog.h"
#include "widgets/ActionGate.h"
#include "widgets/DateField.h"
#include "widgets/Mnemonics.h"
#include "widgets/PhotoViewerDialog.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include <functional>

#include <catch2/catch.hpp>

namespace {

// The mnemonic of a text ("保存(&S)" → S), or a null char.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// Whether an input's accessible name (set in code) says what its label says: no letter left over
// from a mark ("户属性(A)"), and the one contains the other ("查找" and "查找农户").
bool agrees(const QString &accessible, const QString &label)
{
    static const QRegularExpression leftover(QStringLiteral("&|[(（][A-Z0-9][)）]"));
    if (accessible.isEmpty())
        return true;
    const QString plain = Mnemonics::plain(label);
    return !accessible.contains(leftover)
        && (accessible.contains(plain, Qt::CaseInsensitive) || plain.contains(accessible, Qt::CaseInsensitive));
}

// A push or tool button that Enter or Esc does not reach already (OK, Cancel, Close): an action
// that needs a letter of its own.
bool isAction(QAbstractButton *button)
{
    if (!qobject_cast<QPushButton *>(button) && !qobject_cast<QToolButton *>(button))
        return false;
    auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
    const auto role = box ? box->buttonRole(button) : QDialogButtonBox::InvalidRole;
    return role != QDialogButtonBox::AcceptRole && role != QDialogButtonBox::RejectRole;
}

// Problems of one window, as readable lines: empty when it is sound. A window's mnemonics are
// those of its menus, its labels with a buddy, its buttons (enabled or not: another account sees
// them enabled), its checkable group boxes and its tabs; every button with a text has one, and an
// input's accessible name is its label's text.
QStringList keyboardProblems(QWidget *window)
{
    QStringList problems;
    const QString name = window->objectName().isEmpty() ? QString::fromLatin1(window->metaObject()->className())
                                                        : window->objectName();
    QHash<QChar, QStringList> users;
    auto use = [&users](const QString &text) {
        if (const QChar m = mnemonic(text); !m.isNull())
            users[m] << text;
    };
    const auto visible = [window](QWidget *w) { return w == window || w->isVisibleTo(window); };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions())
            use(menu->text());
    }
    QSet<const QWidget *> labelled;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!visible(label) || !label->buddy())
            continue;
        labelled << label->buddy();
        use(label->text());
        if (!agrees(label->buddy()->accessibleName(), label->text()))
            problems << QStringLiteral("%1: the input labelled \"%2\" is named \"%3\" for screen readers")
                            .arg(name, label->text(), label->buddy()->accessibleName());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!visible(button) || button->text().isEmpty() || qobject_cast<QTabBar *>(button->parentWidget()))
            continue;
        // A tool button shows its action's text without the mark; the action has it, or a shortcut.
        auto *tool = qobject_cast<QToolButton *>(button);
        if (QAction *action = tool ? tool->defaultAction() : nullptr) {
            use(action->text());
            if (mnemonic(action->text()).isNull() && action->shortcut().isEmpty())
                problems << QStringLiteral("%1: the button \"%2\" has no mnemonic and no shortcut")
                                .arg(name, action->text());
            continue;
        }
        use(button->text());
        if (mnemonic(button->text()).isNull() && isAction(button))
            problems << QStringLiteral("%1: the button \"%2\" has no mnemonic").arg(name, button->text());
        if (!agrees(button->accessibleName(), button->text()))
            problems << QStringLiteral("%1: the button \"%2\" is named \"%3\" for screen readers")
                            .arg(name, button->text(), button->accessibleName());
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (visible(box) && box->isCheckable())
            use(box->title());
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!visible(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            use(tabs->tabText(i));
            if (mnemonic(tabs->tabText(i)).isNull())
                problems << QStringLiteral("%1: the tab \"%2\" has no mnemonic").arg(name, tabs->tabText(i));
        }
    }
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            problems << QStringLiteral("%1: mnemonic %2 used by %3")
                            .arg(name, QString(it.key()), it.value().join(QStringLiteral(" | ")));
    }

    QList<QWidget *> inputs;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!visible(w))
            continue;
        // The line edit inside a spin box or an editable combo box is labelled with its owner.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget())
            || qobject_cast<QHeaderView *>(w))
            continue;
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractItemView *>(w))
            inputs << w;
        // A table keeps Tab for its cells unless told otherwise: Tab must leave it.
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->tabKeyNavigation())
            problems << QStringLiteral("%1: Tab does not leave the table %2").arg(name, w->objectName());
        // Every date is the shared one-stop DateField.
        if (qobject_cast<QDateTimeEdit *>(w) && !qobject_cast<DateField *>(w))
            problems << QStringLiteral("%1: the date %2 is not a DateField").arg(name, w->objectName());
    }
    for (QWidget *input : std::as_const(inputs)) {
        if (!labelled.contains(input) && input->accessibleName().isEmpty())
            problems << QStringLiteral("%1: the input %2 (%3) has no label and no accessible name")
                            .arg(name, input->objectName(), QString::fromLatin1(input->metaObject()->className()));
    }
    return problems;
}

using Check = std::function<QStringList(QWidget *)>;

// The same for every tab of the window's tab widgets, each shown in its turn.
QStringList everyTab(QWidget *window, const Check &check)
{
    QStringList problems = check(window);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisibleTo(window))
            continue;
        const int before = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == before || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            problems << check(window);
        }
        tabs->setCurrentIndex(before);
    }
    return problems;
}

// Answers the next sign-in dialog as the demo account.
void signInNextAs(const QString &login)
{
    QTimer::singleShot(0, [login] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->loginEdit()->setText(login);
        dialog->passwordEdit()->setText(QString::fromLatin1(DemoGenerator::DemoPassword));
        dialog->accept();
    });
}

// Opens every page and dialog of the workbench, each checked by check in its turn; signed in as the
// demo account login (empty: the administrator who made the county).
QStringList walk(const QString &dirPath, const Check &check, const QString &login = {})
{
    QStringList problems;
    MainWindow window;
    window.show();
    problems << check(&window); // the welcome page
    {
        NewCountyDialog dialog(&window);
        dialog.setObjectName(QStringLiteral("newCountyDialog"));
        dialog.show();
        problems << check(&dialog);
    }
    REQUIRE(window.createCounty(
        dirPath + QStringLiteral("/walk.fupin"), QStringLiteral("522633"), QStringLiteral("从江县"), 60));
    if (!login.isEmpty()) {
        signInNextAs(login);
        window.findChild<QAction *>(QStringLiteral("switchUserAction"))->trigger();
        REQUIRE(window.database()->account().login == login);
    }
    window.findChild<QDockWidget *>()->show();
    problems << check(&window); // the workspace with the data-quality panel
    {
        DeleteHouseholdDialog dialog(QStringLiteral("5226330010010001"), QStringLiteral("张三"), &window);
        dialog.show();
        problems << check(&dialog);
    }
    const CodeLists codes(*window.database());
    for (StatusStep step : StatusProcedure::allSteps()) {
        StatusStepDialog dialog(step, 7, codes, &window);
        dialog.setObjectName(QStringLiteral("statusStepDialog%1").arg(int(step)));
        dialog.show();
        problems << check(&dialog);
    }
    // Every page of the workspace, each in its turn beside the menus and the tree.
    for (int page = 0; page < window.workspace()->pages().size(); ++page) {
        window.workspace()->showPage(page);
        problems << everyTab(&window, check);
    }
    window.workspace()->showPage(0);
    {
        BenefitDialog one(*window.database(), {window.householdModel()->idAt(0)}, 2024, QStringLiteral("1"), &window);
        one.show();
        problems << check(&one);
        BenefitDialog bulk(*window.database(), {window.householdModel()->idAt(0), window.householdModel()->idAt(1)},
            2024, QStringLiteral("2"), &window);
        bulk.show();
        problems << check(&bulk);
        LoanDialog fresh(*window.database(), 0, &window);
        fresh.show();
        problems << check(&fresh);
        const QList<LoanState> loans = MicroloanBook(*window.database()).all(QDate::currentDate()).value_or({});
        REQUIRE_FALSE(loans.isEmpty()); // the demo county lends
        LoanDialog existing(*window.database(), loans.first().loanId, &window);
        existing.show();
        problems << check(&existing);
        for (auto kind : {LoanEvent::Kind::Repayment, LoanEvent::Kind::Extension, LoanEvent::Kind::Subsidy}) {
            LoanEventDialog dialog(*window.database(), loans.first().loanId, kind, &window);
            dialog.setObjectName(QStringLiteral("loanEventDialog%1").arg(int(kind)));
            dialog.show();
            problems << check(&dialog);
        }
    }
    for (const auto mode : {LoginDialog::Mode::SignIn, LoginDialog::Mode::Unlock}) {
        LoginDialog dialog(*window.database(), mode, &window);
        dialog.show();
        problems << check(&dialog);
    }
    {
        const auto divisions = Divisions::load(*window.database(), Divisions::Counts::Without).value_or({});
        AccountDialog adding(*window.database(), divisions, nullptr, &window);
        adding.show();
        problems << check(&adding);
        const Account admin = window.database()->account();
        AccountDialog editing(*window.database(), divisions, &admin, &window);
        editing.show();
        problems << check(&editing);
    }
    {
        VisitDialog dialog(*window.database(), window.householdModel()->idAt(0),
            {{1, QStringLiteral("吴诚")}, {2, QStringLiteral("王伟")}}, 1, &window);
        dialog.setObjectName(QStringLiteral("visitDialog"));
        dialog.show();
        problems << check(&dialog);
        // A saved visit, as it opens to change and to read only, and a photo at full size.
        QSqlQuery q(TestSql::of(*window.database()));
        // One the signed-in account may read.
        REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT household_id FROM visit WHERE deleted_at IS NULL")));
        QList<VisitRecord> visits;
        while (visits.isEmpty() && q.next())
            visits = AssistanceRecords(*window.database()).visits(q.value(0).toLongLong()).value_or({});
        REQUIRE_FALSE(visits.isEmpty());
        for (bool editable : {true, false}) {
            VisitDialog saved(*window.database(), visits.first(), {}, editable, &window);
            saved.setObjectName(QStringLiteral("savedVisitDialog%1").arg(int(editable)));
            saved.show();
            problems << check(&saved);
        }
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(image.save(&buffer, "PNG"));
        PhotoViewerDialog viewer(png, QStringLiteral("IMG_0001"), &window);
        viewer.show();
        problems << check(&viewer);
    }
    {
        // The project library's dialogs, on a project of the demo county.
        const QList<ProjectRow> projects = ProjectLibrary(*window.database()).list().value_or({});
        REQUIRE_FALSE(projects.isEmpty());
        const qint64 project = projects.first().id;
        for (qint64 id : {qint64(0), project}) {
            ProjectDialog dialog(*window.database(), codes, id, 0, &window);
            dialog.show();
            problems << check(&dialog);
        }
        BeneficiaryDialog picker(*window.database(), project, &window);
        picker.show();
        problems << check(&picker);
        ProjectStepDialog step(*window.database(), project, ProjectStatus::Approved, &window);
        step.show();
        problems << check(&step);
        CHECK(step.windowTitle().contains(projects.first().name)); // a dialog names the row it acts on
        ProjectStepDialog first(*window.database(), project, ProjectStatus::Proposed, &window);
        first.setObjectName(QStringLiteral("projectStepDialogProposed"));
        first.show();
        problems << check(&first);
        MeasureDialog measure(*window.database(), codes, Measure{}, {}, &window);
        measure.setObjectName(QStringLiteral("measureDialog"));
        measure.show();
        problems << check(&measure);
    }
    {
        for (NoticeKind kind : {NoticeKind::Funds, NoticeKind::Projects}) {
            NoticeDialog dialog(*window.database(), kind, 0, &window);
            dialog.show();
            problems << check(&dialog);
        }
    }
    {
        // The forces' and the ledger's dialogs.
        CadreDialog cadre(*window.database(), codes, Cadre{}, &window);
        cadre.show();
        problems << check(&cadre);
        UnitDialog unit(*window.database(), codes, AssistanceUnit{}, &window);
        unit.show();
        problems << check(&unit);
        RankCapsDialog caps(*window.database(), &window);
        caps.show();
        problems << check(&caps);
        PairingDialog pairing(*window.database(), {window.householdModel()->idAt(0)}, &window);
        pairing.show();
        problems << check(&pairing);
        for (LedgerKind kind : {LedgerKind::Receipt, LedgerKind::Allocation, LedgerKind::Disbursement}) {
            LedgerEntryDialog entry(*window.database(), kind, &window);
            entry.setObjectName(QStringLiteral("ledgerEntryDialog%1").arg(int(kind)));
            entry.show();
            problems << check(&entry);
        }
        const QList<LedgerEntry> receipts
            = FundLedger(*window.database()).entries(LedgerKind::Receipt).value_or(QList<LedgerEntry>());
        REQUIRE_FALSE(receipts.isEmpty());
        ReversalDialog reversal(*window.database(), receipts.first(), &window);
        reversal.show();
        problems << check(&reversal);
    }
    for (qint64 id : {qint64(0), window.householdModel()->idAt(0)}) {
        HouseholdEditor *editor = window.openHousehold(id);
        REQUIRE(editor);
        problems << check(editor);
        editor->close();
    }
    return problems;
}

// The main window a window belongs to (itself, or the parent of a dialog).
MainWindow *mainWindowOf(QWidget *window)
{
    for (QWidget *w = window; w; w = w->parentWidget()) {
        if (auto *main = qobject_cast<MainWindow *>(w))
            return main;
    }
    return nullptr;
}

// The write buttons every account must see asked of core (ActionGate::offer), wherever they are.
const QStringList GatedControls{QStringLiteral("fundsReceive"), QStringLiteral("fundsAllocate"),
    QStringLiteral("fundsDisburse"), QStringLiteral("fundsReverse"), QStringLiteral("loanNew"),
    QStringLiteral("loanRepay"), QStringLiteral("projectAdd"), QStringLiteral("projectEdit"),
    QStringLiteral("projectAdvance"), QStringLiteral("pairSelectedButton"), QStringLiteral("addBenefitButton"),
    QStringLiteral("removeBenefitButton"), QStringLiteral("changeCadreButton"), QStringLiteral("addMeasureButton")};

// Problems of one window as the signed-in account sees it: its frame (title bar included) outside
// the screen, an action enabled where core refuses it or disabled without core's reason, a write
// button that never asked core.
QStringList fitAndGateProblems(QWidget *window)
{
    QStringList problems;
    const QString name = window->objectName().isEmpty() ? QString::fromLatin1(window->metaObject()->className())
                                                        : window->objectName();
    const QRect available = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (!available.contains(frame))
        problems << QStringLiteral("%1: its frame %2,%3 %4x%5 leaves the screen's %6x%7")
                        .arg(name)
                        .arg(frame.x())
                        .arg(frame.y())
                        .arg(frame.width())
                        .arg(frame.height())
                        .arg(available.width())
                        .arg(available.height());
    const MainWindow *main = mainWindowOf(window);
    const CountyDatabase *db = main ? main->database() : nullptr;
    if (!db)
        return problems;
    QList<QObject *> controls = window->findChildren<QObject *>();
    controls.prepend(window);
    for (QObject *control : std::as_const(controls)) {
        const auto *widget = qobject_cast<QWidget *>(control);
        const auto *action = qobject_cast<QAction *>(control);
        // What the user sees: the controls of the page and tab shown, the window's own actions.
        if ((!widget && !action) || (widget && widget != window && !widget->isVisibleTo(window))
            || (action && (!action->isVisible() || action->parent() != window)))
            continue;
        const std::optional<Status> answer = ActionGate::askAgain(db, control);
        const QString label = control->objectName().isEmpty()
            ? (action ? action->text() : QString::fromLatin1(control->metaObject()->className()))
            : control->objectName();
        if (!answer) {
            if (GatedControls.contains(control->objectName()))
                problems << QStringLiteral("%1: %2 does not ask core whether %3 may use it")
                                .arg(name, label, db->account().login);
            continue;
        }
        const bool enabled = widget ? widget->isEnabled() : action->isEnabled();
        const QString tip = widget ? widget->toolTip() : action->toolTip();
        if (enabled && !answer->ok())
            problems << QStringLiteral("%1: %2 is offered to %3, whom core refuses: %4")
                            .arg(name, label, db->account().login, answer->error());
        if (!answer->ok() && tip != answer->error())
            problems << QStringLiteral("%1: %2 is refused to %3 without core's reason as its tooltip (\"%4\")")
                            .arg(name, label, db->account().login, tip);
    }
    return problems;
}

} // namespace

TEST_CASE("every window and dialog has unique mnemonics and labelled inputs, in English and in Chinese")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    SECTION("English")
    {
        const QStringList problems = walk(dir.path(), keyboardProblems);
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
    SECTION("Chinese")
    {
        const QLocale before;
        REQUIRE(Translations::install(*qApp, QLocale(QLocale::Chinese, QLocale::China)));
        const QStringList problems = walk(dir.path() + QStringLiteral("/zh"), keyboardProblems);
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(before);
    }
}

// Run by ctest with a 1366×728 offscreen screen (a 1366×768 screen less a taskbar): see
// tests/CMakeLists.txt and tests/data/offscreen-1366x728.json.
TEST_CASE("every window and dialog fits 1366x728 and offers an action only where core allows it, for each demo "
          "account",
    "[.fit]")
{
    REQUIRE(QGuiApplication::primaryScreen()->availableGeometry().size() == QSize(1366, 728));
    for (const QString &login : {QString(), QStringLiteral("county"), QStringLiteral("township"),
             QStringLiteral("village"), QStringLiteral("auditor")}) {
        DYNAMIC_SECTION("signed in as " << (login.isEmpty() ? "admin" : login.toStdString()))
        {
            QTemporaryDir dir;
            AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
            const QStringList problems = walk(dir.path(), fitAndGateProblems, login);
            INFO(problems.join(u'\n').toStdString());
            CHECK(problems.isEmpty());
        }
    }
}

TEST_CASE("the household of a registered ID opens beside the editor within a 1366x728 screen", "[.fit]")
{
    REQUIRE(QGuiApplication::primaryScreen()->availableGeometry().size() == QSize(1366, 728));
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window;
    window.show();
    REQUIRE(window.createCounty(
        dir.filePath(QStringLiteral("c.fupin")), QStringLiteral("522633"), QStringLiteral("从江县"), 60));
    HouseholdEditor *fresh = window.openHousehold(0);
    REQUIRE(fresh);
    const qint64 owner = window.householdModel()->idAt(0);
    emit fresh->openHouseholdRequested(owner);
    HouseholdEditor *existing = window.editorFor(owner);
    REQUIRE(existing);
    QApplication::processEvents();
    const QRect available = window.screen()->availableGeometry();
    INFO("fresh " << fresh->frameGeometry().x() << "," << fresh->frameGeometry().y() << " "
                  << fresh->frameGeometry().width() << "x" << fresh->frameGeometry().height() << ", existing "
                  << existing->frameGeometry().x() << "," << existing->frameGeometry().y() << " "
                  << existing->frameGeometry().width() << "x" << existing->frameGeometry().height());
    CHECK(available.contains(fresh->frameGeometry()));
    CHECK(available.contains(existing->frameGeometry()));
    CHECK_FALSE(existing->frameGeometry().intersects(fresh->frameGeometry()));
    existing->close();
    fresh->close();
}
