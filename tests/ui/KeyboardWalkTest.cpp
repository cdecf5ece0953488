// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every window and dialog the app opens, in English and in Chinese: within one window no two
// visible controls share a mnemonic, and every input has a label or an accessible name.
#include "../TestSql.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "NewCountyDialog.h"
#include "accounts/AccountDialog.h"
#include "accounts/LoginDialog.h"
#include "common/Translations.h"
#include "county/CodeLists.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "forces/AssistanceRecords.h"
#include "forces/MeasureDialog.h"
#include "forces/VisitDialog.h"
#include "funds/FundsPage.h"
#include "funds/LoanDialog.h"
#include "funds/LoanEventDialog.h"
#include "funds/MicroloanBook.h"
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
#include "widgets/PhotoViewerDialog.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>

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

// Problems of one window, as readable lines: empty when it is sound.
QStringList keyboardProblems(QWidget *window)
{
    QStringList problems;
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
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (visible(button) && button->isEnabled())
            use(button->text());
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (visible(box) && box->isCheckable())
            use(box->title());
    }
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            problems << QStringLiteral("%1: mnemonic %2 used by %3")
                            .arg(window->objectName(), QString(it.key()), it.value().join(QStringLiteral(" | ")));
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
    }
    for (QWidget *input : std::as_const(inputs)) {
        if (!labelled.contains(input) && input->accessibleName().isEmpty())
            problems << QStringLiteral("%1: the input %2 (%3) has no label and no accessible name")
                            .arg(window->objectName(), input->objectName(),
                                QString::fromLatin1(input->metaObject()->className()));
    }
    return problems;
}

void walk(const QString &dirPath)
{
    QStringList problems;
    MainWindow window;
    window.show();
    problems << keyboardProblems(&window); // the welcome page
    {
        NewCountyDialog dialog(&window);
        dialog.setObjectName(QStringLiteral("newCountyDialog"));
        dialog.show();
        problems << keyboardProblems(&dialog);
    }
    REQUIRE(window.createCounty(
        dirPath + QStringLiteral("/walk.fupin"), QStringLiteral("522633"), QStringLiteral("从江县"), 60));
    window.findChild<QDockWidget *>()->show();
    problems << keyboardProblems(&window); // the workspace with the data-quality panel
    {
        DeleteHouseholdDialog dialog(QStringLiteral("5226330010010001"), QStringLiteral("张三"), &window);
        dialog.show();
        problems << keyboardProblems(&dialog);
    }
    const CodeLists codes(*window.database());
    for (StatusStep step : StatusProcedure::allSteps()) {
        StatusStepDialog dialog(step, 7, codes, &window);
        dialog.setObjectName(QStringLiteral("statusStepDialog%1").arg(int(step)));
        dialog.show();
        problems << keyboardProblems(&dialog);
    }
    // Every page of the workspace, each in its turn beside the menus and the tree.
    for (int page = 0; page < window.workspace()->pages().size(); ++page) {
        window.workspace()->showPage(page);
        problems << keyboardProblems(&window);
    }
    // The funds page's second tab, microcredit.
    for (int page = 0; page < window.workspace()->pages().size(); ++page) {
        if (auto *funds = qobject_cast<FundsPage *>(window.workspace()->pages().at(page))) {
            window.workspace()->showPage(page);
            funds->showLoans();
            problems << keyboardProblems(&window);
        }
    }
    window.workspace()->showPage(0);
    {
        BenefitDialog one(*window.database(), {window.householdModel()->idAt(0)}, 2024, QStringLiteral("1"), &window);
        one.show();
        problems << keyboardProblems(&one);
        BenefitDialog bulk(*window.database(), {window.householdModel()->idAt(0), window.householdModel()->idAt(1)},
            2024, QStringLiteral("2"), &window);
        bulk.show();
        problems << keyboardProblems(&bulk);
        LoanDialog fresh(*window.database(), 0, &window);
        fresh.show();
        problems << keyboardProblems(&fresh);
        const QList<LoanState> loans = MicroloanBook(*window.database()).all(QDate::currentDate()).value_or({});
        REQUIRE_FALSE(loans.isEmpty()); // the demo county lends
        LoanDialog existing(*window.database(), loans.first().loanId, &window);
        existing.show();
        problems << keyboardProblems(&existing);
        for (auto kind : {LoanEvent::Kind::Repayment, LoanEvent::Kind::Extension, LoanEvent::Kind::Subsidy}) {
            LoanEventDialog dialog(*window.database(), loans.first().loanId, kind, &window);
            dialog.setObjectName(QStringLiteral("loanEventDialog%1").arg(int(kind)));
            dialog.show();
            problems << keyboardProblems(&dialog);
        }
    }
    for (const auto mode : {LoginDialog::Mode::SignIn, LoginDialog::Mode::Unlock}) {
        LoginDialog dialog(*window.database(), mode, &window);
        dialog.show();
        problems << keyboardProblems(&dialog);
    }
    {
        const auto divisions = Divisions::load(*window.database(), Divisions::Counts::Without).value_or({});
        AccountDialog adding(*window.database(), divisions, nullptr, &window);
        adding.show();
        problems << keyboardProblems(&adding);
        const Account admin = window.database()->account();
        AccountDialog editing(*window.database(), divisions, &admin, &window);
        editing.show();
        problems << keyboardProblems(&editing);
    }
    {
        VisitDialog dialog(*window.database(), window.householdModel()->idAt(0),
            {{1, QStringLiteral("吴诚")}, {2, QStringLiteral("王伟")}}, 1, &window);
        dialog.setObjectName(QStringLiteral("visitDialog"));
        dialog.show();
        problems << keyboardProblems(&dialog);
        // A saved visit, as it opens to change and to read only, and a photo at full size.
        QSqlQuery q(TestSql::of(*window.database()));
        REQUIRE(q.exec(QStringLiteral("SELECT household_id FROM visit WHERE deleted_at IS NULL LIMIT 1")));
        REQUIRE(q.next());
        const auto visits = AssistanceRecords(*window.database()).visits(q.value(0).toLongLong()).value_or({});
        REQUIRE_FALSE(visits.isEmpty());
        for (bool editable : {true, false}) {
            VisitDialog saved(*window.database(), visits.first(), {}, editable, &window);
            saved.setObjectName(QStringLiteral("savedVisitDialog%1").arg(int(editable)));
            saved.show();
            problems << keyboardProblems(&saved);
        }
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(image.save(&buffer, "PNG"));
        PhotoViewerDialog viewer(png, QStringLiteral("IMG_0001"), &window);
        viewer.show();
        problems << keyboardProblems(&viewer);
    }
    {
        // The project library's dialogs, on a project of the demo county.
        const QList<ProjectRow> projects = ProjectLibrary(*window.database()).list().value_or({});
        REQUIRE_FALSE(projects.isEmpty());
        const qint64 project = projects.first().id;
        for (qint64 id : {qint64(0), project}) {
            ProjectDialog dialog(*window.database(), codes, id, 0, &window);
            dialog.show();
            problems << keyboardProblems(&dialog);
        }
        BeneficiaryDialog picker(*window.database(), project, &window);
        picker.show();
        problems << keyboardProblems(&picker);
        ProjectStepDialog step(*window.database(), project, ProjectStatus::Approved, &window);
        step.show();
        problems << keyboardProblems(&step);
        MeasureDialog measure(*window.database(), codes, Measure{}, {}, &window);
        measure.setObjectName(QStringLiteral("measureDialog"));
        measure.show();
        problems << keyboardProblems(&measure);
    }
    {
        for (NoticeKind kind : {NoticeKind::Funds, NoticeKind::Projects}) {
            NoticeDialog dialog(*window.database(), kind, 0, &window);
            dialog.show();
            problems << keyboardProblems(&dialog);
        }
    }
    for (qint64 id : {qint64(0), window.householdModel()->idAt(0)}) {
        HouseholdEditor *editor = window.openHousehold(id);
        REQUIRE(editor);
        problems << keyboardProblems(editor);
        editor->close();
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

} // namespace

TEST_CASE("every window and dialog has unique mnemonics and labelled inputs, in English and in Chinese")
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    SECTION("English")
    {
        walk(dir.path());
    }
    SECTION("Chinese")
    {
        const QLocale before;
        REQUIRE(Translations::install(*qApp, QLocale(QLocale::Chinese, QLocale::China)));
        walk(dir.path() + QStringLiteral("/zh"));
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(before);
    }
}
