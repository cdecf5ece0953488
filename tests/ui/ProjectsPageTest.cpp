// SPDX-License-Identifier: GPL-3.0-or-later
// The projects page: a project moved through its whole lifecycle from the page, offscreen, with a
// refused step shown in the dialog.
#include "projects/ProjectsPage.h"

#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "projects/ProjectLibrary.h"
#include "projects/ProjectLifecycle.h"
#include "projects/ProjectStepDialog.h"
#include "projects/ProjectTableModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

namespace {

ProjectStepDialog *openStep(ProjectsPage &page)
{
    page.findChild<QPushButton *>(QStringLiteral("projectAdvance"))->click();
    ProjectStepDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = page.findChild<ProjectStepDialog *>()) != nullptr); }();
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
    QSqlQuery q(db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM division WHERE level = 1")));
    REQUIRE(q.next());
    Project project;
    project.name = QStringLiteral("光伏电站项目");
    project.categoryCode = QStringLiteral("14");
    project.divisionId = q.value(0).toLongLong();
    project.year = 2026;
    project.performanceTarget = QStringLiteral("年发电收益20万元");
    REQUIRE(ProjectLibrary(*db).save(project).ok());

    CodeLists codes(db->sql());
    ProjectsPage page;
    page.resize(1366, 768);
    page.setCounty(db.get(), &codes);
    page.show();
    QAbstractItemModelTester tester(page.model());
    REQUIRE(page.model()->rowCount() == 1);
    auto *table = page.findChild<QTableView *>(QStringLiteral("projectsTable"));
    table->setCurrentIndex(page.model()->index(0, 0));
    auto status = [&] { return ProjectLifecycle(*db).status(project.meta.id).value(); };

    for (ProjectStatus to : {ProjectStatus::InLibrary, ProjectStatus::Approved}) {
        ProjectStepDialog *d = openStep(page);
        choose(d, to);
        ok(d);
        QTRY_VERIFY(page.findChild<ProjectStepDialog *>() == nullptr);
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
    QTRY_VERIFY(page.findChild<ProjectStepDialog *>() == nullptr);
    CHECK(status() == ProjectStatus::Tendering);

    ProjectStepDialog *work = openStep(page);
    choose(work, ProjectStatus::InProgress);
    work->findChild<QSpinBox *>(QStringLiteral("stepProgress"))->setValue(40);
    ok(work);
    QTRY_VERIFY(page.findChild<ProjectStepDialog *>() == nullptr);

    ProjectStepDialog *done = openStep(page);
    choose(done, ProjectStatus::Completed);
    ok(done);
    QTRY_VERIFY(page.findChild<ProjectStepDialog *>() == nullptr);

    ProjectStepDialog *accept = openStep(page);
    // Completed projects can no longer be cancelled.
    CHECK(accept->findChild<QComboBox *>(QStringLiteral("stepTo"))->findData(int(ProjectStatus::Cancelled)) < 0);
    choose(accept, ProjectStatus::Accepted);
    set(accept, "stepAcceptedBy", QStringLiteral("县乡村振兴局验收组"));
    set(accept, "stepAudit", QStringLiteral("第三方审计合格"));
    ok(accept);
    QTRY_VERIFY(page.findChild<ProjectStepDialog *>() == nullptr);

    ProjectStepDialog *announce = openStep(page);
    choose(announce, ProjectStatus::Announced);
    ok(announce);
    QTRY_VERIFY(page.findChild<ProjectStepDialog *>() == nullptr);
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
