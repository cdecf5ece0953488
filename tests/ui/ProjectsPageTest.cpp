// SPDX-License-Identifier: GPL-3.0-or-later
// The projects page: a project entered in its editor, moved through its whole lifecycle from the
// page, offscreen, with refused steps shown in the dialogs; beneficiaries picked from the register.
#include "projects/ProjectsPage.h"

#include "../TestSql.h"
#include "accounts/SignIn.h"
#include "common/Money.h"
#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "projects/BeneficiaryDialog.h"
#include "projects/ProjectDialog.h"
#include "projects/ProjectLibrary.h"
#include "projects/ProjectLifecycle.h"
#include "projects/ProjectStepDialog.h"
#include "projects/ProjectTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

namespace {

ProjectStepDialog *openStep(ProjectsPage &page)
{
    page.findChild<QPushButton *>(QStringLiteral("projectAdvance"))->click();
    ProjectStepDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (dialog = page.findChild<ProjectStepDialog *>()) != nullptr; }));
    REQUIRE(dialog);
    return dialog;
}

void choose(ProjectStepDialog *dialog, ProjectStatus to)
{
    auto *box = dialog->findChild<QComboBox *>(QStringLiteral("stepTo"));
    const int index = box->findData(int(to));
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

void set(ProjectStepDialog *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    REQUIRE(edit);
    REQUIRE(edit->isEnabled());
    edit->setText(text);
}

void ok(ProjectStepDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST_CASE("ProjectsPage: a project moves through its lifecycle from the page")
{
    auto db = CountyDatabase::openInMemory();
    REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
    QSqlQuery q(TestSql::of(*db));
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM division WHERE level = 1")));
    REQUIRE(q.next());
    Project project;
    project.name = QStringLiteral("光伏电站项目");
    project.categoryCode = QStringLiteral("14");
    project.divisionId = q.value(0).toLongLong();
    project.year = 2026;
    project.performanceTarget = QStringLiteral("年发电收益20万元");
    REQUIRE(ProjectLibrary(*db).save(project).ok());

    CodeLists codes(*db);
    ProjectsPage page;
    page.resize(1366, 768);
    page.setCounty(db.get(), &codes);
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.model()->rowCount() == 1);
    auto *table = page.findChild<QTableView *>(QStringLiteral("projectsTable"));
    table->setCurrentIndex(page.model()->index(0, 0));
    auto status = [&] { return ProjectLifecycle(*db).status(project.meta.id).value(); };

    for (ProjectStatus to : {ProjectStatus::InLibrary, ProjectStatus::Approved}) {
        ProjectStepDialog *d = openStep(page);
        choose(d, to);
        ok(d);
        REQUIRE(QTest::qWaitFor([&] { return page.findChild<ProjectStepDialog *>() == nullptr; }));
        CHECK(status() == to);
    }

    // Tendering without a winning bidder is refused in the dialog, then completed.
    ProjectStepDialog *tender = openStep(page);
    choose(tender, ProjectStatus::Tendering);
    set(tender, "stepMethod", QStringLiteral("公开招标"));
    set(tender, "stepContract", QStringLiteral("180000"));
    ok(tender);
    auto *error = tender->findChild<QLabel *>(QStringLiteral("stepError"));
    CHECK(error->isVisible());
    CHECK(status() == ProjectStatus::Approved);
    set(tender, "stepBidder", QStringLiteral("黔东南光伏工程有限公司"));
    ok(tender);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<ProjectStepDialog *>() == nullptr; }));
    CHECK(status() == ProjectStatus::Tendering);

    ProjectStepDialog *work = openStep(page);
    choose(work, ProjectStatus::InProgress);
    work->findChild<QSpinBox *>(QStringLiteral("stepProgress"))->setValue(40);
    ok(work);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<ProjectStepDialog *>() == nullptr; }));

    ProjectStepDialog *done = openStep(page);
    choose(done, ProjectStatus::Completed);
    ok(done);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<ProjectStepDialog *>() == nullptr; }));

    ProjectStepDialog *accept = openStep(page);
    // Completed projects can no longer be cancelled.
    CHECK(accept->findChild<QComboBox *>(QStringLiteral("stepTo"))->findData(int(ProjectStatus::Cancelled)) < 0);
    choose(accept, ProjectStatus::Accepted);
    set(accept, "stepAcceptedBy", QStringLiteral("县乡村振兴局验收组"));
    set(accept, "stepAudit", QStringLiteral("第三方审计合格"));
    ok(accept);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<ProjectStepDialog *>() == nullptr; }));

    ProjectStepDialog *announce = openStep(page);
    choose(announce, ProjectStatus::Announced);
    ok(announce);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<ProjectStepDialog *>() == nullptr; }));
    CHECK(status() == ProjectStatus::Announced);

    auto *history = page.findChild<QListWidget *>(QStringLiteral("projectHistory"));
    CHECK(history->count() == 7);
    CHECK(history->item(2)->text().contains(QStringLiteral("黔东南光伏工程有限公司")));
    CHECK(page.model()->index(0, ProjectTableModel::StatusColumn).data().toString()
        == ProjectStatusWords::name(ProjectStatus::Announced));

    // The status filter.
    auto *filter = page.findChild<QComboBox *>(QStringLiteral("projectsStatus"));
    filter->setCurrentIndex(filter->findData(int(ProjectStatus::Proposed)));
    CHECK(page.model()->rowCount() == 0);
    filter->setCurrentIndex(filter->findData(int(ProjectStatus::Announced)));
    CHECK(page.model()->rowCount() == 1);
}

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

template <typename T> T *opened(QWidget &page)
{
    INFO(T::staticMetaObject.className());
    T *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (dialog = page.findChild<T *>()) != nullptr; }));
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    return dialog;
}

void save(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
}

} // namespace

TEST_CASE("ProjectsPage: a project entered in the editor, refused entry to the library without a target, given "
          "beneficiaries from the register")
{
    auto db = CountyDatabase::openInMemory();
    REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
    DemoOptions options;
    options.households = 120;
    options.seed = 7;
    REQUIRE(DemoGenerator::generate(*db, options).ok());
    QSqlQuery q(TestSql::of(*db));
    // The village with the most households.
    REQUIRE(q.exec(QStringLiteral("SELECT village_id FROM household WHERE deleted_at IS NULL GROUP BY village_id "
                                  "ORDER BY count(*) DESC LIMIT 1")));
    REQUIRE(q.next());
    const qint64 village = q.value(0).toLongLong();

    CodeLists codes(*db);
    ProjectsPage page;
    page.resize(1366, 768);
    page.setCounty(db.get(), &codes);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = page.model()->rowCount();
    REQUIRE(before > 0);
    auto *table = child<QTableView>(&page, "projectsTable");
    table->setFocus();

    // Ins opens the editor; an empty sheet is refused in the dialog with core's words.
    REQUIRE(child<QPushButton>(&page, "projectAdd")->isEnabled());
    QTest::keyClick(table, Qt::Key_Insert);
    auto *editor = opened<ProjectDialog>(page);
    save(editor);
    auto *error = child<QLabel>(editor, "projectError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("name")));
    child<QLineEdit>(editor, "projectName")->setText(QStringLiteral("岜沙村蓄水池新建工程"));
    auto *category = child<QComboBox>(editor, "projectCategory");
    category->setCurrentIndex(category->findData(QStringLiteral("04")));
    auto *place = child<QComboBox>(editor, "projectPlace");
    REQUIRE(place->findData(village) > 0);
    place->setCurrentIndex(place->findData(village));
    child<QLineEdit>(editor, "projectResponsible")->setText(QStringLiteral("从江县水务局"));
    child<QPlainTextEdit>(editor, "projectContent")->setPlainText(QStringLiteral("新建蓄水池2座"));
    child<QLineEdit>(editor, "projectBudget")->setText(QStringLiteral("-5"));
    save(editor);
    CHECK(editor->isVisible()); // a negative budget is refused
    child<QLineEdit>(editor, "projectBudget")->setText(QStringLiteral("120000.50"));
    save(editor);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<ProjectDialog *>() == nullptr; }));
    REQUIRE(page.model()->rowCount() == before + 1);
    const ProjectRow *row = page.model()->rowAt(table->currentIndex().row());
    REQUIRE(row);
    CHECK(row->name == QStringLiteral("岜沙村蓄水池新建工程"));
    CHECK(row->status == ProjectStatus::Proposed);
    CHECK(row->budgetFen == 12'000'050);
    const qint64 id = row->id;
    const Project stored = ProjectLibrary(*db).load(id).value();
    CHECK(stored.divisionId == village);
    CHECK(stored.responsibleUnit == QStringLiteral("从江县水务局"));
    CHECK(stored.performanceTarget.isEmpty());

    // Without a performance target it cannot enter the library.
    ProjectStepDialog *step = openStep(page);
    choose(step, ProjectStatus::InLibrary);
    ok(step);
    CHECK(
        step->findChild<QLabel *>(QStringLiteral("stepError"))->text().contains(QStringLiteral("performance target")));
    CHECK(ProjectLifecycle(*db).status(id).value() == ProjectStatus::Proposed);
    step->reject();
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<ProjectStepDialog *>() == nullptr; }));

    // Enter on the row changes it: the target is entered, and then it enters.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    editor = opened<ProjectDialog>(page);
    CHECK(child<QLineEdit>(editor, "projectName")->text() == QStringLiteral("岜沙村蓄水池新建工程"));
    child<QPlainTextEdit>(editor, "projectTarget")->setPlainText(QStringLiteral("解决80户饮水安全问题"));
    save(editor);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<ProjectDialog *>() == nullptr; }));
    step = openStep(page);
    choose(step, ProjectStatus::InLibrary);
    ok(step);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<ProjectStepDialog *>() == nullptr; }));
    CHECK(ProjectLifecycle(*db).status(id).value() == ProjectStatus::InLibrary);
    CHECK(child<QListWidget>(&page, "projectHistory")->count() == 1);

    // Beneficiaries: the households of the project's village, Enter moves one to the chosen.
    child<QPushButton>(&page, "projectBeneficiariesButton")->click();
    auto *picker = opened<BeneficiaryDialog>(page);
    auto *candidates = child<QListWidget>(picker, "beneficiaryCandidates");
    REQUIRE(candidates->count() >= 2);
    const qint64 first = candidates->item(0)->data(Qt::UserRole).toLongLong();
    candidates->setFocus();
    candidates->setCurrentRow(0);
    QTest::keyClick(candidates, Qt::Key_Return);
    candidates->setCurrentRow(0);
    QTest::keyClick(candidates, Qt::Key_Return);
    CHECK(child<QListWidget>(picker, "beneficiaryChosen")->count() == 2);
    // The search narrows the list to the typed household code.
    QSqlQuery code(TestSql::of(*db));
    REQUIRE(code.exec(QStringLiteral("SELECT code FROM household WHERE id = %1").arg(first)));
    REQUIRE(code.next());
    child<QLineEdit>(picker, "beneficiarySearch")->setText(code.value(0).toString());
    CHECK(candidates->count() == 0); // already chosen
    save(picker);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<BeneficiaryDialog *>() == nullptr; }));
    const QList<qint64> chosen = ProjectLibrary(*db).beneficiaries(id).value();
    CHECK(chosen.size() == 2);
    CHECK(chosen.contains(first));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM household WHERE id IN (SELECT household_id FROM "
                                  "project_beneficiary WHERE project_id = %1) AND village_id = %2")
                       .arg(id)
                       .arg(village)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    CHECK(child<QTableWidget>(&page, "projectBeneficiaries")->rowCount() == 2);
    CHECK(child<QLabel>(&page, "projectFundsTotal")->text().contains(QStringLiteral("120,000.50")));

    // A village account may look but not change: the picker says so and saves nothing.
    REQUIRE(SignIn::signIn(*db, QStringLiteral("village"), QStringLiteral("fupin-demo")));
    page.refresh();
    CHECK_FALSE(child<QPushButton>(&page, "projectAdd")->isEnabled());
    child<QPushButton>(&page, "projectBeneficiariesButton")->click();
    picker = opened<BeneficiaryDialog>(page);
    CHECK(child<QLabel>(picker, "beneficiaryError")->isVisible());
    CHECK_FALSE(picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    CHECK_FALSE(child<QPushButton>(picker, "beneficiaryRemove")->isEnabled());
    picker->reject();
    page.setCounty(nullptr, nullptr);
}

TEST_CASE("ProjectsPage: a demo project shows its funds to the fen, its beneficiaries and its history")
{
    auto db = CountyDatabase::openInMemory();
    REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
    DemoOptions options;
    options.households = 300;
    options.seed = 7;
    REQUIRE(DemoGenerator::generate(*db, options).ok());
    QSqlQuery q(TestSql::of(*db));
    // An announced project that paid households directly.
    REQUIRE(q.exec(QStringLiteral(
        "SELECT p.id, (SELECT sum(amount_fen) FROM fund_allocation WHERE project_id = p.id), (SELECT "
        "sum(amount_fen) FROM fund_disbursement WHERE project_id = p.id), (SELECT count(*) FROM project_beneficiary "
        "WHERE project_id = p.id) FROM project p WHERE p.status = 'announced' ORDER BY 4 DESC, p.id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 id = q.value(0).toLongLong();
    const qint64 allocated = q.value(1).toLongLong();
    const qint64 disbursed = q.value(2).toLongLong();
    const int beneficiaries = q.value(3).toInt();
    REQUIRE(allocated > 0);

    CodeLists codes(*db);
    ProjectsPage page;
    page.resize(1366, 768);
    page.setCounty(db.get(), &codes);
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.showProject(id);
    const QString total = child<QLabel>(&page, "projectFundsTotal")->text();
    INFO(total.toStdString());
    CHECK(total.contains(Money::fromFen(allocated).toString()));
    CHECK(total.contains(Money::fromFen(disbursed).toString()));
    CHECK(child<QTableWidget>(&page, "projectBeneficiaries")->rowCount() == beneficiaries);
    // The demo's history walks every step from proposed to announced.
    auto *history = child<QListWidget>(&page, "projectHistory");
    REQUIRE(history->count() == 7);
    CHECK(history->item(6)->text().contains(ProjectStatusWords::name(ProjectStatus::Announced)));
    page.setCounty(nullptr, nullptr);
}
