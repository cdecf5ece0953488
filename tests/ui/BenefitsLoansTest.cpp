// SPDX-License-Identifier: GPL-3.0-or-later
// Benefits (政策享受) entered in the household editor and in bulk from the households list, and
// microcredit loans (小额信贷) refused, accepted and repaid on the funds page, offscreen.
#include "../TestSql.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "accounts/Accounts.h"
#include "accounts/SignIn.h"
#include "common/Money.h"
#include "common/Translations.h"
#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "funds/BenefitBook.h"
#include "funds/FundsPage.h"
#include "funds/LoanDialog.h"
#include "funds/LoanEventDialog.h"
#include "funds/LoanTableModel.h"
#include "funds/LoansPanel.h"
#include "funds/MicroloanBook.h"
#include "households/BenefitDialog.h"
#include "households/BenefitsSection.h"
#include "households/HouseholdEditor.h"
#include "households/HouseholdTableModel.h"
#include "households/HouseholdsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <functional>

namespace {

struct Fixture
{
    QTemporaryDir dir;
    MainWindow window;

    Fixture()
    {
        AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
        window.show();
        REQUIRE(window.createCounty(
            dir.filePath(QStringLiteral("c.fupin")), QStringLiteral("522633"), QStringLiteral("从江县"), 200));
    }
    CountyDatabase &db() { return *window.database(); }
};

QVariant scalar(CountyDatabase &db, const QString &sql)
{
    QSqlQuery q(TestSql::of(db));
    if (!q.exec(sql) || !q.next())
        FAIL("query failed: " << sql.toStdString());
    return q.value(0);
}

void setText(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(name));
    REQUIRE(edit);
    edit->clear();
    edit->insert(text);
}

void ok(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

// Runs `act` on the modal dialog of type D once it is shown by exec(), then makes sure it closes.
template <typename D> void whenShown(const std::function<void(D *)> &act)
{
    QTimer::singleShot(0, [act] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        CHECK(dialog != nullptr);
        if (!dialog)
            return;
        act(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

template <typename D, typename Parent> D *openDialog(Parent *parent, const char *button)
{
    parent->template findChild<QPushButton *>(QLatin1String(button))->click();
    D *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (dialog = parent->template findChild<D *>()) != nullptr; }));
    REQUIRE(dialog);
    return dialog;
}

} // namespace

TEST_CASE("a benefit entered in the household editor is listed, totalled and shown beside the income")
{
    Fixture f;
    const qint64 id = scalar(f.db(),
        QStringLiteral("SELECT household_id FROM income GROUP BY household_id ORDER BY max(year) DESC, household_id "
                       "LIMIT 1"))
                          .toLongLong();
    HouseholdEditor *editor = f.window.openHousehold(id);
    REQUIRE(editor);
    const int year = editor->findChild<QSpinBox *>(QStringLiteral("yearSpin"))->value();
    const QString incomeBefore = scalar(f.db(),
        QStringLiteral("SELECT group_concat(tr_subsistence || ':' || revision) FROM income WHERE household_id = %1")
            .arg(id))
                                     .toString();
    auto *section = editor->findChild<BenefitsSection *>();
    REQUIRE(section);
    auto *table = editor->findChild<QTableWidget *>(QStringLiteral("benefitTable"));
    const int rowsBefore = table->rowCount();
    const qint64 before = BenefitBook(f.db()).yearSummary(id, year).value().benefitsFen;

    // A wrong amount is refused in the dialog; then the right one is saved.
    whenShown<BenefitDialog>([&](BenefitDialog *d) {
        auto *kind = d->findChild<QComboBox *>(QStringLiteral("benefitKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("subsistence")));
        CHECK(d->findChild<QSpinBox *>(QStringLiteral("benefitYear"))->value() == year);
        setText(d, "benefitAmount", QStringLiteral("12.345"));
        ok(d);
        CHECK(d->isVisible());
        CHECK(d->findChild<QLabel *>(QStringLiteral("benefitError"))->isVisibleTo(d));
        setText(d, "benefitAmount", QStringLiteral("1,234.50"));
        setText(d, "benefitNote", QStringLiteral("2季度补发"));
        ok(d);
        CHECK_FALSE(d->isVisible());
    });
    editor->findChild<QPushButton *>(QStringLiteral("addBenefitButton"))->click();

    REQUIRE(table->rowCount() == rowsBefore + 1);
    bool listed = false;
    for (int r = 0; r < table->rowCount(); ++r)
        listed = listed
            || (table->item(r, 0)->text() == QString::number(year)
                && table->item(r, 2)->text() == QStringLiteral("1,234.50"));
    CHECK(listed);
    const QString summary = editor->findChild<QLabel *>(QStringLiteral("benefitSummary"))->text();
    CHECK(summary.contains(Money::fromFen(before + 1'234'50).toString()));
    CHECK(summary.contains(QStringLiteral("Transfer income recorded")));
    // Shown beside the income, never written into it.
    CHECK(
        scalar(f.db(),
            QStringLiteral("SELECT group_concat(tr_subsistence || ':' || revision) FROM income WHERE household_id = %1")
                .arg(id))
            .toString()
        == incomeBefore);
    CHECK(scalar(f.db(),
              QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'household_benefit' AND household_id = "
                             "%1")
                  .arg(id))
              .toInt()
        > 0);
    editor->close();
}

TEST_CASE("a benefit for several households at once from the households list, refused in full outside the scope")
{
    Fixture f;
    HouseholdsPage *page = f.window.householdsPage();
    QTreeView *tree = f.window.divisionView();
    tree->setCurrentIndex(tree->model()->index(0, 0)); // the whole county
    HouseholdTableModel *model = page->model();
    REQUIRE(model->rowCount() > 10);
    // The list runs by code: its first two rows are of one village, its last of another.
    const auto villageOf = [&](qint64 id) {
        return scalar(f.db(), QStringLiteral("SELECT village_id FROM household WHERE id = %1").arg(id)).toLongLong();
    };
    const QList<qint64> sameVillage{model->idAt(0), model->idAt(1)};
    const qint64 outside = model->idAt(model->rowCount() - 1);
    const qint64 village = villageOf(sameVillage[0]);
    REQUIRE(villageOf(sameVillage[1]) == village);
    REQUIRE(villageOf(outside) != village);
    const auto select = [&](const QList<qint64> &ids) {
        page->view()->clearSelection();
        for (qint64 id : ids) {
            const int row = id == outside ? model->rowCount() - 1 : int(sameVillage.indexOf(id));
            REQUIRE(row >= 0);
            page->view()->selectionModel()->select(
                model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        CHECK(page->selectedHouseholdIds().size() == ids.size());
    };
    const auto count = [&] { return scalar(f.db(), QStringLiteral("SELECT count(*) FROM household_benefit")).toInt(); };
    const int before = count();

    select(sameVillage);
    whenShown<BenefitDialog>([&](BenefitDialog *d) {
        auto *kind = d->findChild<QComboBox *>(QStringLiteral("benefitKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("ecological")));
        d->findChild<QSpinBox *>(QStringLiteral("benefitYear"))->setValue(2024);
        setText(d, "benefitAmount", QStringLiteral("520"));
        ok(d);
        CHECK_FALSE(d->isVisible());
    });
    page->findChild<QPushButton *>(QStringLiteral("bulkBenefitButton"))->click();
    CHECK(count() == before + 2);
    CHECK(scalar(f.db(),
              QStringLiteral("SELECT count(*) FROM household_benefit WHERE benefit_code = 'ecological' AND year = 2024 "
                             "AND amount_fen = 52000 AND household_id IN (%1, %2)")
                  .arg(sameVillage[0])
                  .arg(sameVillage[1]))
              .toInt()
        == 2);

    // A village cadre of the first village: a list reaching into another village is refused in
    // full, the household outside named, nothing written.
    REQUIRE(Accounts(f.db()).add({QStringLiteral("cun1"), QStringLiteral("村干部"), {}, Role::VillageCadre, {village},
        QStringLiteral("secret-1")}));
    REQUIRE(SignIn::signIn(f.db(), QStringLiteral("cun1"), QStringLiteral("secret-1")));
    const QString outsideCode
        = scalar(f.db(), QStringLiteral("SELECT code FROM household WHERE id = %1").arg(outside)).toString();
    select({sameVillage[0], outside});
    const int beforeRefusal = count();
    whenShown<BenefitDialog>([&](BenefitDialog *d) {
        setText(d, "benefitAmount", QStringLiteral("100"));
        ok(d);
        CHECK(d->isVisible());
        const QString why = d->findChild<QLabel *>(QStringLiteral("benefitError"))->text();
        CHECK(why.contains(outsideCode));
    });
    page->findChild<QPushButton *>(QStringLiteral("bulkBenefitButton"))->click();
    CHECK(count() == beforeRefusal);

    // The household outside is not read at all, its benefits neither (AccessPolicy's read scope);
    // its own may be changed.
    CHECK_FALSE(BenefitBook(f.db()).forHousehold(outside).ok());
    HouseholdEditor *own = f.window.openHousehold(sameVillage[0]);
    REQUIRE(own);
    CHECK(own->findChild<QPushButton *>(QStringLiteral("addBenefitButton"))->isEnabled());
    own->close();
}

TEST_CASE("microcredit on the funds page: refused by age and amount, accepted, repaid, opened with Enter")
{
    Fixture f;
    CountyDatabase &db = f.db();
    const QDate today = QDate::currentDate();
    // A household with a child under 18 and an adult of working age.
    const QString minor = today.addYears(-17).toString(Qt::ISODate);
    const QString adult = today.addYears(-40).toString(Qt::ISODate);
    const QString young = today.addYears(-20).toString(Qt::ISODate);
    QSqlQuery q(TestSql::of(db));
    REQUIRE(q.exec(QStringLiteral("SELECT h.code, c.id, a.id FROM household h JOIN member c ON c.household_id = h.id "
                                  "JOIN member a ON a.household_id = h.id WHERE c.birth_date > '%1' AND a.birth_date "
                                  "BETWEEN '%2' AND '%3' ORDER BY h.id LIMIT 1")
                       .arg(minor, adult, young)));
    REQUIRE(q.next());
    const QString code = q.value(0).toString();
    const qint64 child = q.value(1).toLongLong();
    const qint64 grownUp = q.value(2).toLongLong();

    CodeLists codes(db);
    FundsPage page;
    page.resize(1366, 768);
    page.setCounty(&db, &codes);
    page.showLoans();
    page.show();
    LoansPanel *panel = page.loansPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto loans = [&] { return scalar(db, QStringLiteral("SELECT count(*) FROM microloan")).toInt(); };
    const int before = loans();

    auto *dialog = openDialog<LoanDialog>(panel, "loanNew");
    dialog->setHouseholdCode(code);
    auto *borrower = dialog->findChild<QComboBox *>(QStringLiteral("loanBorrower"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("loanError"));
    REQUIRE(borrower->findData(child) >= 0);
    borrower->setCurrentIndex(borrower->findData(child));
    setText(dialog, "loanAmount", QStringLiteral("30000"));
    setText(dialog, "loanPurpose", QStringLiteral("香猪养殖"));
    ok(dialog);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("age rule")));
    CHECK(loans() == before);

    borrower->setCurrentIndex(borrower->findData(grownUp));
    setText(dialog, "loanAmount", QStringLiteral("50000.01"));
    ok(dialog);
    CHECK(error->text().contains(QStringLiteral("amount rule")));
    CHECK(loans() == before);

    setText(dialog, "loanAmount", QStringLiteral("30000"));
    dialog->findChild<QSpinBox *>(QStringLiteral("loanTerm"))->setValue(24);
    ok(dialog);
    REQUIRE(QTest::qWaitFor([&] { return panel->findChild<LoanDialog *>() == nullptr; }));
    REQUIRE(loans() == before + 1);
    const qint64 loanId = scalar(db, QStringLiteral("SELECT max(id) FROM microloan")).toLongLong();
    const int row = panel->model()->rowFor(loanId);
    REQUIRE(row >= 0);
    CHECK(panel->model()->index(row, LoanTableModel::AmountColumn).data().toString() == QStringLiteral("30,000.00"));
    CHECK(panel->model()->index(row, LoanTableModel::DueDateColumn).data().toString()
        == today.addMonths(24).toString(Qt::ISODate));

    // A repayment of part of it.
    panel->view()->setCurrentIndex(panel->model()->index(row, 0));
    auto *repay = openDialog<LoanEventDialog>(panel, "loanRepay");
    setText(repay, "loanEventAmount", QStringLiteral("30000.01"));
    ok(repay);
    CHECK(repay->findChild<QLabel *>(QStringLiteral("loanEventError"))->text().contains(QStringLiteral("more than")));
    setText(repay, "loanEventAmount", QStringLiteral("5,000"));
    ok(repay);
    REQUIRE(QTest::qWaitFor([&] { return panel->findChild<LoanEventDialog *>() == nullptr; }));
    const int after = panel->model()->rowFor(loanId);
    REQUIRE(after >= 0);
    CHECK(panel->model()->index(after, LoanTableModel::OutstandingColumn).data().toString()
        == QStringLiteral("25,000.00"));
    CHECK(MicroloanBook(db).state(loanId, today).value().repaid == Money::fromFen(5'000'00));

    // The filters show what core lists.
    panel->setFilter(LoansPanel::OverdueLoans);
    CHECK(panel->model()->rowCount() == MicroloanBook(db).overdue(today).value().size());
    CHECK(panel->model()->rowFor(loanId) < 0);
    panel->setFilter(LoansPanel::DueSoonLoans);
    CHECK(panel->model()->rowCount() == MicroloanBook(db).dueWithin(30, today).value().size());
    panel->setFilter(LoansPanel::AllLoans);

    // Enter opens the loan; the household opens from it.
    QSignalSpy households(&page, &FundsPage::openHouseholdRequested);
    panel->view()->setFocus();
    panel->view()->setCurrentIndex(panel->model()->index(panel->model()->rowFor(loanId), 0));
    QTest::keyClick(panel->view(), Qt::Key_Return);
    LoanDialog *opened = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (opened = panel->findChild<LoanDialog *>()) != nullptr; }));
    CHECK(opened->loanId() == loanId);
    CHECK(opened->findChild<QTableWidget *>(QStringLiteral("loanHistory"))->rowCount() == 1);
    opened->findChild<QPushButton *>(QStringLiteral("loanOpenHousehold"))->click();
    REQUIRE(households.count() == 1);
    CHECK(households.first().first().toLongLong()
        == scalar(db, QStringLiteral("SELECT household_id FROM microloan WHERE id = %1").arg(loanId)).toLongLong());
}

// For looking at them: FUPIN_SHOT_DB=county.fupin FUPIN_SHOT_DIR=dir ui_tests "[.shot]" saves the
// benefits section, the microcredit tab and a loan in Chinese at 1366×768, signed in as county.
TEST_CASE("screenshots of the benefits section and the microcredit tab in Chinese", "[.shot][.benefits]")
{
    const QString path = qEnvironmentVariable("FUPIN_SHOT_DB");
    const QString dir = qEnvironmentVariable("FUPIN_SHOT_DIR", QStringLiteral("."));
    if (path.isEmpty()) {
        WARN("set FUPIN_SHOT_DB to the county file to take screenshots of");
        return;
    }
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
    auto opened = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    REQUIRE(opened);
    CountyDatabase &db = *opened.value();
    REQUIRE(SignIn::signIn(db, QStringLiteral("county"), QStringLiteral("fupin-demo")));
    CodeLists codes(db);
    // A household with several benefits and a loan.
    const qint64 id = scalar(db,
        QStringLiteral("SELECT b.household_id FROM household_benefit b JOIN microloan l ON l.household_id = "
                       "b.household_id GROUP BY b.household_id ORDER BY count(DISTINCT b.benefit_code) DESC, "
                       "b.household_id LIMIT 1"))
                          .toLongLong();
    auto *editor = new HouseholdEditor(db, codes, id);
    editor->resize(1366, 768);
    editor->show();
    QTest::qWait(100);
    auto *sections = editor->findChild<QListWidget *>(QStringLiteral("sectionList"));
    for (int i = 0; i < sections->count(); ++i) {
        if (sections->item(i)->text() == QStringLiteral("政策享受"))
            sections->setCurrentRow(i);
    }
    QTest::qWait(100);
    CHECK(editor->grab().save(dir + QStringLiteral("/benefits-section.png")));
    editor->close();

    FundsPage funds;
    funds.resize(1366, 768);
    funds.setCounty(&db, &codes);
    funds.showLoans();
    LoansPanel *panel = funds.loansPanel();
    panel->setAsOf(QDate(2025, 12, 31));
    funds.show();
    panel->view()->setCurrentIndex(panel->model()->index(3, 0));
    QTest::qWait(50);
    CHECK(funds.grab().save(dir + QStringLiteral("/loans-all.png")));
    panel->setFilter(LoansPanel::OverdueLoans);
    QTest::qWait(50);
    CHECK(funds.grab().save(dir + QStringLiteral("/loans-overdue.png")));
    panel->setFilter(LoansPanel::AllLoans);
    const qint64 loan = scalar(db,
        QStringLiteral("SELECT loan_id FROM loan_event GROUP BY loan_id ORDER BY count(DISTINCT kind) DESC, count(*) "
                       "DESC LIMIT 1"))
                            .toLongLong();
    LoanDialog existing(db, loan, &funds);
    existing.show();
    QTest::qWait(50);
    CHECK(existing.grab().save(dir + QStringLiteral("/loan-dialog.png")));
    LoanDialog fresh(db, 0, &funds);
    fresh.setHouseholdCode(scalar(db, QStringLiteral("SELECT code FROM household WHERE id = %1").arg(id)).toString());
    setText(&fresh, "loanAmount", QStringLiteral("60000"));
    fresh.show();
    ok(&fresh);
    QTest::qWait(50);
    CHECK(fresh.grab().save(dir + QStringLiteral("/loan-refused.png")));
}
