// SPDX-License-Identifier: GPL-3.0-or-later
// The assessment view: a bulk assessment in a worker thread, its rows against the core call, and
// proposals of a selection through core.
#include "progress/AssessmentView.h"
#include "../TestSql.h"
#include "accounts/SignIn.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "progress/AssessmentModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

namespace {

// A demo county in a temporary file (the worker opens the file again), signed in as county staff.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<CountyDatabase> db;
    AssessmentView view;

    Fixture()
    {
        const QString path = dir.filePath(QStringLiteral("c.fupin"));
        auto opened = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        DemoOptions options;
        options.households = 3000;
        REQUIRE(DemoGenerator::generate(*db, options).ok());
        REQUIRE(SignIn::signIn(*db, QStringLiteral("county"), QString::fromLatin1(DemoGenerator::DemoPassword)).ok());
        view.setCounty(db.get());
        view.resize(1000, 600);
        view.show();
    }

    // Runs the assessment as a user would: the button, then the wait for the worker.
    void assess(int year, BulkAssessment::Kind kind)
    {
        view.setYear(year);
        view.setKind(kind);
        QSignalSpy finished(&view, &AssessmentView::assessmentFinished);
        QTest::mouseClick(child<QPushButton>("assessmentRun"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000));
        REQUIRE_FALSE(view.isRunning());
    }

    template <typename T> T *child(const char *name)
    {
        T *w = view.findChild<T *>(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(w);
        return w;
    }

    int count(const QString &sql)
    {
        QSqlQuery q(TestSql::of(*db));
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

// Answers the next question box with the button, as a user would.
void answerQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

} // namespace

TEST_CASE("the assessment view lists the households of the core call with their unmet conditions")
{
    Fixture f;
    QAbstractItemModelTester tester(f.view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const auto &[year, kind] : QList<std::pair<int, BulkAssessment::Kind>>{{2019, BulkAssessment::Kind::Exit},
             {QDate::currentDate().year(), BulkAssessment::Kind::RiskElimination}}) {
        INFO(year);
        f.assess(year, kind);
        const Result<BulkAssessment::Report> core = BulkAssessment::assess(*f.db, year, kind, 0);
        REQUIRE(core.ok());
        REQUIRE_FALSE(core->households.isEmpty());
        AssessmentModel *model = f.view.model();
        REQUIRE(model->rowCount() == core->households.size());
        for (int row = 0; row < model->rowCount(); ++row) {
            const HouseholdAssessment &a = core->households.at(row);
            CHECK(model->index(row, AssessmentModel::CodeColumn).data().toString() == a.code);
            CHECK(model->index(row, AssessmentModel::HeadColumn).data().toString() == a.head);
            CHECK(model->index(row, AssessmentModel::UnmetColumn).data().toString() == a.result.unmet().join(u' '));
            CHECK(model->index(row, 0).data(AssessmentModel::MetRole).toBool() == a.result.met());
        }
        CHECK(f.child<QLabel>("assessmentSummary")->text().contains(QString::number(core->households.size())));
    }
    // A past year proposes nothing.
    f.assess(2019, BulkAssessment::Kind::Exit);
    f.view.table()->selectRow(0);
    CHECK_FALSE(f.child<QPushButton>("assessmentPropose")->isEnabled());
}

TEST_CASE("the assessment view refuses a selection with an unmet household and proposes the others' risk elimination")
{
    Fixture f;
    f.assess(QDate::currentDate().year(), BulkAssessment::Kind::RiskElimination);
    AssessmentModel *model = f.view.model();
    int metRow = -1;
    int unmetRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool met = model->index(row, 0).data(AssessmentModel::MetRole).toBool();
        (met ? metRow : unmetRow) = met ? (metRow < 0 ? row : metRow) : (unmetRow < 0 ? row : unmetRow);
    }
    REQUIRE(metRow >= 0);
    REQUIRE(unmetRow >= 0);
    auto *propose = f.child<QPushButton>("assessmentPropose");
    QItemSelectionModel *selection = f.view.table()->selectionModel();
    const auto select = [&](const QList<int> &rows) {
        selection->clearSelection();
        for (int row : rows)
            selection->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };

    // Refused before anything is asked, naming the household.
    select({metRow, unmetRow});
    CHECK_FALSE(propose->isEnabled());
    auto *refusal = f.child<QLabel>("assessmentRefusal");
    CHECK(refusal->isVisible());
    CHECK(refusal->text().contains(model->index(unmetRow, AssessmentModel::CodeColumn).data().toString()));

    const qint64 id = model->idAt(metRow);
    select({metRow});
    REQUIRE(propose->isEnabled());
    CHECK_FALSE(refusal->isVisible());
    const int eliminated = f.count(QStringLiteral("SELECT count(*) FROM status_event WHERE kind = 'risk_eliminated'"));
    QSignalSpy proposed(&f.view, &AssessmentView::householdsProposed);
    // 提议…: asked once, then proposed.
    answerQuestion(QMessageBox::No);
    QTest::mouseClick(propose, Qt::LeftButton);
    CHECK(proposed.isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM status_event WHERE kind = 'risk_proposal'")) == 0);
    answerQuestion(QMessageBox::Yes);
    QTest::mouseClick(propose, Qt::LeftButton);
    REQUIRE(proposed.size() == 1);
    CHECK(proposed.first().first().toInt() == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM status_event WHERE kind = 'risk_proposal' AND household_id = %1")
                      .arg(id))
        == 1);
    // Proposed, not eliminated: the county decides later.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM status_event WHERE kind = 'risk_eliminated'")) == eliminated);
    CHECK(
        f.count(
            QStringLiteral("SELECT count(*) FROM household WHERE monitoring_category IS NOT NULL AND id = %1").arg(id))
        == 1);
    // Proposed once: a second time core refuses, in words.
    select({metRow});
    answerQuestion(QMessageBox::Yes);
    QTest::mouseClick(propose, Qt::LeftButton);
    CHECK(proposed.size() == 1);
    CHECK(refusal->isVisible());
    CHECK(refusal->text().contains(model->index(metRow, AssessmentModel::CodeColumn).data().toString()));
}

TEST_CASE("the assessment view can cancel a running assessment")
{
    Fixture f;
    f.view.setYear(2016);
    QSignalSpy finished(&f.view, &AssessmentView::assessmentFinished);
    f.view.run();
    REQUIRE(f.view.isRunning());
    CHECK(f.child<QProgressBar>("assessmentProgress")->isVisible());
    f.view.cancel();
    REQUIRE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000));
    CHECK_FALSE(f.view.isRunning());
    CHECK_FALSE(f.child<QProgressBar>("assessmentProgress")->isVisible());
    CHECK(f.child<QPushButton>("assessmentRun")->isEnabled());
}
