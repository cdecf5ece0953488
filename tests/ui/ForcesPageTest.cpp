// SPDX-License-Identifier: GPL-3.0-or-later
// The assistance forces page on its own, over a small demo county, driven with the keyboard and
// the mouse as a township's forces officer would: the reminders, pairing in bulk, a cadre's round
// of visits, and the household editor's assistance section.
#include "forces/ForcesPage.h"
#include "../TestSql.h"
#include "PhotoFile.h"
#include "accounts/SignIn.h"
#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "forces/AssistanceForces.h"
#include "forces/AssistanceRecords.h"
#include "forces/ForcesListModel.h"
#include "forces/ForcesLists.h"
#include "forces/MeasureDialog.h"
#include "forces/PairingDialog.h"
#include "forces/RemindersPanel.h"
#include "forces/VisitDialog.h"
#include "households/AssistanceSection.h"
#include "widgets/EmptyListHint.h"
#include "widgets/PhotoViewerDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

namespace {

struct Fixture
{
    std::unique_ptr<CountyDatabase> db = CountyDatabase::openInMemory();
    std::unique_ptr<CodeLists> codes;
    ForcesPage page;

    Fixture()
    {
        REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
        DemoOptions options;
        options.households = 120;
        options.seed = 7;
        REQUIRE(DemoGenerator::generate(*db, options).ok());
        codes = std::make_unique<CodeLists>(*db);
        page.resize(1366, 768);
        page.show();
        QApplication::setActiveWindow(&page);
        REQUIRE(QTest::qWaitForWindowActive(&page));
    }
    ~Fixture() { page.setCounty(nullptr, nullptr); }

    QVariant scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(TestSql::of(*db));
        REQUIRE(q.prepare(sql));
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        REQUIRE(q.exec());
        return q.next() ? q.value(0) : QVariant();
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(TestSql::of(*db));
        REQUIRE(q.exec(sql));
    }
};

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

// Runs `act` on the next modal dialog of type T once it is shown (exec() blocks the test).
template <typename T> void whenShown(std::function<void(T *)> act, bool *ran)
{
    QTimer::singleShot(0, [act, ran] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            whenShown<T>(act, ran);
            return;
        }
        QApplication::setActiveWindow(dialog);
        if (!QTest::qWaitForWindowActive(dialog))
            FAIL("the dialog did not become active");
        act(dialog);
        *ran = true;
    });
}

void typeText(QWidget *w, const QString &text)
{
    w->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(w, &commit);
}

} // namespace

TEST_CASE("the list model passes the model tester and sorts numbers as numbers", "[forces-ui]")
{
    ForcesListModel model({QStringLiteral("name"), QStringLiteral("count")});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows({1, 2, 3}, {{QStringLiteral("乙"), 10}, {QStringLiteral("甲"), 9}, {QStringLiteral("丙"), 100}});
    model.setDimmed({false, true, false});
    model.sort(1, Qt::AscendingOrder);
    CHECK(model.idAt(0) == 2);
    CHECK(model.idAt(2) == 3);
    CHECK(model.rowFor(3) == 2);
    CHECK(model.data(model.index(0, 1)).toInt() == 9);
    CHECK(model.data(model.index(0, 0), Qt::ForegroundRole).isValid()); // dimmed row moved along
    CHECK(!model.data(model.index(1, 0), Qt::ForegroundRole).isValid());
    model.sort(0, Qt::DescendingOrder);
    model.setRows({}, {});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("households without a cadre are paired in bulk, a cap needs a reason", "[forces-ui]")
{
    Fixture f;
    f.exec(QStringLiteral("UPDATE pairing SET end_date = '2024-01-01' WHERE end_date IS NULL AND household_id IN "
                          "(SELECT id FROM household WHERE deleted_at IS NULL ORDER BY id LIMIT 3)"));
    f.page.setCounty(f.db.get(), f.codes.get());
    auto *tabs = child<QTabWidget>(&f.page, "forcesTabs");
    CHECK(tabs->currentIndex() == ForcesPage::Reminders);
    auto *table = child<QTableView>(&f.page, "reminderTable");
    REQUIRE(table->model()->rowCount() == 3);
    CHECK(child<QLabel>(&f.page, "reminderCount")->text().contains(QStringLiteral("3")));

    // Enter opens the household.
    QSignalSpy opened(&f.page, &WorkspacePage::openHouseholdRequested);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.size() == 1);

    // The cadre holding the most households: three more go over the cap.
    const qint64 busiest = f.scalar(QStringLiteral("SELECT p.cadre_id FROM pairing p JOIN cadre c ON c.id = "
                                                   "p.cadre_id WHERE p.end_date IS NULL AND c.active = 1 GROUP BY "
                                                   "p.cadre_id ORDER BY count(*) DESC LIMIT 1"))
                               .toLongLong();
    const QString name = f.scalar(QStringLiteral("SELECT name FROM cadre WHERE id = ?"), {busiest}).toString();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    bool ran = false;
    QString refusal;
    whenShown<PairingDialog>(
        [&](PairingDialog *dialog) {
            auto *search = child<QLineEdit>(dialog, "cadreSearch");
            typeText(search, name);
            auto *cadres = child<QTableView>(dialog, "cadreChoice");
            REQUIRE(cadres->model()->rowCount() >= 1);
            auto *model = qobject_cast<ForcesListModel *>(cadres->model());
            cadres->selectRow(model->rowFor(busiest));
            QTest::keyClick(dialog, Qt::Key_Return);
            auto *error = child<QLabel>(dialog, "pairingError");
            refusal = error->text();
            CHECK(dialog->isVisible()); // refused: stays open, nothing written
            typeText(child<QLineEdit>(dialog, "overCapReason"), QStringLiteral("新搬迁户集中安置，临时增加"));
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        &ran);
    QTest::mouseClick(child<QPushButton>(&f.page, "pairSelectedButton"), Qt::LeftButton);
    REQUIRE(ran);
    CHECK(refusal.contains(name));
    CHECK(table->model()->rowCount() == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM pairing WHERE end_date IS NULL AND cadre_id = ? AND "
                                  "over_cap_reason = '新搬迁户集中安置，临时增加'"),
               {busiest})
              .toInt()
        == 3);

    // The over-cap list now names the cadre; Enter opens them on the cadres tab.
    auto *list = child<QComboBox>(&f.page, "reminderList");
    list->setCurrentIndex(1);
    REQUIRE(table->model()->rowCount() >= 1);
    auto *model = qobject_cast<ForcesListModel *>(table->model());
    const int row = model->rowFor(busiest);
    REQUIRE(row >= 0);
    table->setCurrentIndex(model->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(tabs->currentIndex() == ForcesPage::Cadres);
    auto *cadres = child<QTableView>(&f.page, "cadreTable");
    auto *cadreModel = qobject_cast<ForcesListModel *>(cadres->model());
    CHECK(cadreModel->idAt(cadres->currentIndex().row()) == busiest);
}

TEST_CASE("a cadre's round: Enter on each household logs a visit with today's date", "[forces-ui]")
{
    Fixture f;
    f.page.setCounty(f.db.get(), f.codes.get());
    const qint64 cadre = f.scalar(QStringLiteral("SELECT cadre_id FROM pairing WHERE end_date IS NULL GROUP BY "
                                                 "cadre_id HAVING count(*) >= 2 LIMIT 1"))
                             .toLongLong();
    REQUIRE(cadre != 0);
    f.page.showCadre(cadre);
    auto *households = child<QTableView>(&f.page, "cadreHouseholdTable");
    REQUIRE(households->model()->rowCount() >= 2);
    CHECK(QApplication::focusWidget() == households);
    const auto *model = qobject_cast<ForcesListModel *>(households->model());
    const qint64 first = model->idAt(0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    bool ran = false;
    whenShown<VisitDialog>(
        [&](VisitDialog *dialog) {
            // The findings have the focus; Ctrl+Enter saves.
            auto *findings = child<QPlainTextEdit>(dialog, "visitFindings");
            CHECK(QApplication::focusWidget() == findings);
            typeText(findings, QStringLiteral("牛羊长势良好，孩子按时上学"));
            QTest::keyClick(findings, Qt::Key_Return, Qt::ControlModifier);
        },
        &ran);
    QTest::keyClick(households, Qt::Key_Return);
    REQUIRE(ran);
    CHECK(f.scalar(QStringLiteral(
                       "SELECT count(*) FROM visit v JOIN phrase p ON p.id = v.findings WHERE v.household_id = ? "
                       "AND v.cadre_id = ? AND v.visit_date = ? AND p.text = '牛羊长势良好，孩子按时上学'"),
               {first, cadre, today})
              .toInt()
        == 1);
    // On to the next household, its last visit shown as today for the first.
    CHECK(households->currentIndex().row() == 1);
    CHECK(model->data(model->index(model->rowFor(first), 5)).toString() == today);

    // An empty visit is refused in the dialog, and nothing is written.
    const int before = f.scalar(QStringLiteral("SELECT count(*) FROM visit")).toInt();
    ran = false;
    QString refusal;
    whenShown<VisitDialog>(
        [&](VisitDialog *dialog) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
            refusal = child<QLabel>(dialog, "visitError")->text();
            dialog->reject();
        },
        &ran);
    QTest::keyClick(households, Qt::Key_Return);
    REQUIRE(ran);
    CHECK(!refusal.isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM visit")).toInt() == before);
}

TEST_CASE("quick entry: a visit by two cadres with a photo, the second cadre added by name", "[forces-ui]")
{
    Fixture f;
    f.page.setCounty(f.db.get(), f.codes.get());
    const qint64 cadre = f.scalar(QStringLiteral("SELECT cadre_id FROM pairing WHERE end_date IS NULL GROUP BY "
                                                 "cadre_id HAVING count(*) >= 2 LIMIT 1"))
                             .toLongLong();
    // Another cadre whose name is theirs alone.
    const QString otherName = f.scalar(QStringLiteral("SELECT name FROM cadre WHERE deleted_at IS NULL AND active = 1 "
                                                      "GROUP BY name HAVING count(*) = 1 AND min(id) <> ? LIMIT 1"),
                                   {cadre})
                                  .toString();
    const qint64 other = f.scalar(QStringLiteral("SELECT id FROM cadre WHERE name = ?"), {otherName}).toLongLong();
    REQUIRE(other != 0);
    QTemporaryDir dir;
    QImage image(2400, 1800, QImage::Format_RGB32);
    image.fill(QColor(120, 160, 90));
    const QString photo = dir.filePath(QStringLiteral("牛圈.png"));
    REQUIRE(image.save(photo));
    const QString text = dir.filePath(QStringLiteral("说明.jpg"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a photo");
    }
    f.page.showCadre(cadre);
    auto *households = child<QTableView>(&f.page, "cadreHouseholdTable");
    const qint64 household = qobject_cast<ForcesListModel *>(households->model())->idAt(0);

    bool ran = false;
    QString refusal;
    whenShown<VisitDialog>(
        [&](VisitDialog *dialog) {
            auto *add = child<QLineEdit>(dialog, "visitAddCadre");
            add->setFocus();
            typeText(add, otherName);
            QTest::keyClick(add, Qt::Key_Return); // adds the cadre, does not save
            CHECK(dialog->isVisible());
            auto *cadres = child<QListWidget>(dialog, "visitCadres");
            REQUIRE(cadres->count() == 2);
            CHECK(cadres->item(1)->checkState() == Qt::Checked);
            // The file dialog's choice: a photo, a text file named .jpg, the photo again.
            CHECK(dialog->addPhotoFiles({photo, text, photo}) == 2);
            refusal = child<QLabel>(dialog, "visitError")->text();
            auto *photos = child<QListWidget>(dialog, "visitPhotos");
            REQUIRE(photos->count() == 2);
            QTest::mouseClick(child<QPushButton>(dialog, "removePhotoButton"), Qt::LeftButton);
            CHECK(photos->count() == 1);
            CHECK(dialog->photos().size() == 1);
            auto *findings = child<QPlainTextEdit>(dialog, "visitFindings");
            typeText(findings, QStringLiteral("新建牛圈已完工"));
            QTest::keyClick(findings, Qt::Key_Return, Qt::ControlModifier);
        },
        &ran);
    QTest::keyClick(households, Qt::Key_Return);
    REQUIRE(ran);
    CHECK(refusal.contains(QStringLiteral("说明.jpg")));
    const qint64 visit = f.scalar(QStringLiteral("SELECT v.id FROM visit v JOIN phrase p ON p.id = v.findings WHERE "
                                                 "v.household_id = ? AND v.cadre_id = ? AND p.text = '新建牛圈已完工'"),
                              {household, cadre})
                             .toLongLong();
    REQUIRE(visit != 0);
    CHECK(f.scalar(QStringLiteral("SELECT group_concat(cadre_id) FROM visit_companion WHERE visit_id = ?"), {visit})
              .toLongLong()
        == other);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM visit_photo WHERE visit_id = ? AND mime = 'image/jpeg' AND "
                                  "length(bytes) <= 512000"),
               {visit})
              .toInt()
        == 1);
}

TEST_CASE("the household editor's assistance section changes the cadre and adds a measure", "[forces-ui]")
{
    Fixture f;
    const qint64 household
        = f.scalar(QStringLiteral("SELECT household_id FROM pairing WHERE end_date IS NULL ORDER BY id LIMIT 1"))
              .toLongLong();
    const qint64 before
        = f.scalar(
               QStringLiteral("SELECT cadre_id FROM pairing WHERE end_date IS NULL AND household_id = ?"), {household})
              .toLongLong();
    AssistanceSection section(*f.codes);
    section.resize(900, 700);
    section.show();
    AssistanceRecords records(*f.db);
    section.load(records, household);
    auto *cadres = child<QTableWidget>(&section, "cadreTable");
    const int pairings = cadres->rowCount();
    QSignalSpy changed(&section, &AssistanceSection::changed);

    bool ran = false;
    whenShown<PairingDialog>(
        [&](PairingDialog *dialog) {
            auto *choice = child<QTableView>(dialog, "cadreChoice");
            auto *model = qobject_cast<ForcesListModel *>(choice->model());
            // The first active cadre with room who is not the current one.
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->idAt(r) != before && model->index(r, 4).data().toInt() < model->index(r, 5).data().toInt()) {
                    choice->selectRow(r);
                    break;
                }
            }
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        &ran);
    QTest::mouseClick(child<QPushButton>(&section, "changeCadreButton"), Qt::LeftButton);
    REQUIRE(ran);
    CHECK(cadres->rowCount() == pairings + 1);
    CHECK(cadres->item(0, 5)->text() == QStringLiteral("now"));
    CHECK(f.scalar(
               QStringLiteral("SELECT cadre_id FROM pairing WHERE end_date IS NULL AND household_id = ?"), {household})
              .toLongLong()
        != before);
    CHECK(changed.size() == 1);

    auto *measures = child<QTableWidget>(&section, "measureTable");
    const int measureRows = measures->rowCount();
    ran = false;
    QString refusal, projectRefusal;
    qint64 chosenProject = 0;
    whenShown<MeasureDialog>(
        [&](MeasureDialog *dialog) {
            typeText(child<QLineEdit>(dialog, "measureAmount"), QStringLiteral("3250.5"));
            QTest::keyClick(dialog, Qt::Key_Return);
            refusal = child<QLabel>(dialog, "measureError")->text(); // no category yet
            auto *category = child<QComboBox>(dialog, "measureCategory");
            category->setCurrentIndex(category->findData(QStringLiteral("01")));
            typeText(child<QLineEdit>(dialog, "measureContent"), QStringLiteral("发放能繁母牛 1 头"));
            // The project is chosen by typing part of its name; a text naming none is refused.
            auto *project = child<QComboBox>(dialog, "measureProject");
            REQUIRE(project->count() > 2);
            CHECK(project->completer()->filterMode() == Qt::MatchContains);
            project->setEditText(QStringLiteral("没有这个项目"));
            QTest::keyClick(dialog, Qt::Key_Return);
            projectRefusal = child<QLabel>(dialog, "measureError")->text();
            chosenProject = project->itemData(2).toLongLong();
            project->setEditText(project->itemText(2));
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        &ran);
    QTest::mouseClick(child<QPushButton>(&section, "addMeasureButton"), Qt::LeftButton);
    REQUIRE(ran);
    CHECK(refusal.contains(QStringLiteral("category")));
    CHECK(measures->rowCount() == measureRows + 1);
    CHECK(f.scalar(QStringLiteral("SELECT m.amount_fen FROM measure m JOIN phrase p ON p.id = m.description "
                                  "WHERE m.household_id = ? AND p.text = ?"),
               {household, QStringLiteral("发放能繁母牛 1 头")})
              .toLongLong()
        == 325050);
    CHECK(projectRefusal.contains(QStringLiteral("没有这个项目")));
    CHECK(chosenProject != 0);
    CHECK(f.scalar(QStringLiteral("SELECT m.project_id FROM measure m JOIN phrase p ON p.id = m.description "
                                  "WHERE m.household_id = ? AND p.text = ?"),
               {household, QStringLiteral("发放能繁母牛 1 头")})
              .toLongLong()
        == chosenProject);
}

TEST_CASE(
    "a saved visit reopens with its photos: Enter shows one, Esc closes it, removing one asks first", "[forces-ui]")
{
    Fixture f;
    const qint64 household
        = f.scalar(QStringLiteral("SELECT household_id FROM pairing WHERE end_date IS NULL ORDER BY id LIMIT 1"))
              .toLongLong();
    const qint64 cadre
        = f.scalar(
               QStringLiteral("SELECT cadre_id FROM pairing WHERE end_date IS NULL AND household_id = ?"), {household})
              .toLongLong();
    // Two photos as the dialog stores them: shrunk to JPEG by PhotoFile.
    QList<NewVisitPhoto> photos;
    for (const QColor &color : {QColor(120, 160, 90), QColor(90, 110, 200)}) {
        QImage image(2000, 1500, QImage::Format_RGB32);
        image.fill(color);
        QByteArray png;
        QBuffer buffer(&png);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(image.save(&buffer, "PNG"));
        const Result<QByteArray> shrunk = PhotoFile::shrink(png, QStringLiteral("牛圈.png"));
        REQUIRE(shrunk.ok());
        photos.append({shrunk.value(), QStringLiteral("牛圈.png")});
    }
    Visit visit;
    visit.householdId = household;
    visit.date = QDate::currentDate();
    visit.findings = QStringLiteral("屋顶已修好");
    const Result<qint64> saved = AssistanceForces(*f.db).saveVisit(visit, {cadre}, photos);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());

    AssistanceSection section(*f.codes);
    section.resize(900, 700);
    section.show();
    AssistanceRecords records(*f.db);
    section.load(records, household);
    auto *visits = child<QTableWidget>(&section, "visitTable");
    int row = -1;
    for (int r = 0; r < visits->rowCount(); ++r) {
        if (visits->item(r, 2)->text() == QStringLiteral("屋顶已修好"))
            row = r;
    }
    REQUIRE(row >= 0);
    visits->setCurrentCell(row, 0);
    visits->setFocus();

    bool ran = false, viewed = false, asked = false;
    int listed = 0, afterRemoval = 0;
    bool thumbnail = false, stillOpen = false;
    QSize shown;
    whenShown<VisitDialog>(
        [&](VisitDialog *dialog) {
            CHECK(child<QPlainTextEdit>(dialog, "visitFindings")->toPlainText() == QStringLiteral("屋顶已修好"));
            auto *list = child<QListWidget>(dialog, "visitPhotos");
            listed = list->count();
            if (listed == 0)
                return;
            thumbnail = !list->item(0)->icon().isNull();
            whenShown<PhotoViewerDialog>(
                [&](PhotoViewerDialog *viewer) {
                    shown = viewer->image().size();
                    QTest::keyClick(viewer, Qt::Key_Escape);
                },
                &viewed);
            list->setFocus();
            list->setCurrentRow(0);
            QTest::keyClick(list, Qt::Key_Return); // shows the photo; does not save the visit
            stillOpen = dialog->isVisible();
            QTimer::singleShot(0, [&asked] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    asked = true;
                    box->button(QMessageBox::Yes)->click();
                }
            });
            QTest::keyClick(list, Qt::Key_Delete);
            afterRemoval = list->count();
            QTest::keyClick(dialog, Qt::Key_Escape);
        },
        &ran);
    QTest::keyClick(visits, Qt::Key_Return);
    REQUIRE(ran);
    CHECK(listed == 2);
    CHECK(thumbnail);
    CHECK(viewed);
    CHECK(shown == QSize(1600, 1200));
    CHECK(stillOpen);
    CHECK(asked);
    CHECK(afterRemoval == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM visit_photo WHERE visit_id = ? AND deleted_at IS NULL"),
               {saved.value()})
              .toInt()
        == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'visit_photo' AND action = "
                                  "'delete'"))
              .toInt()
        == 1);

    // The auditor reads the visit and its photo; nothing in the dialog changes it.
    REQUIRE(SignIn::signIn(*f.db, QStringLiteral("auditor"), QStringLiteral("fupin-demo")));
    section.load(records, household);
    visits->setCurrentCell(row, 0);
    ran = false;
    bool canSave = true, canRemove = true;
    whenShown<VisitDialog>(
        [&](VisitDialog *dialog) {
            auto *list = child<QListWidget>(dialog, "visitPhotos");
            listed = list->count();
            canRemove = child<QPushButton>(dialog, "removePhotoButton")->isVisible();
            const auto buttons = dialog->findChildren<QPushButton *>();
            canSave = std::any_of(buttons.cbegin(), buttons.cend(),
                [](const QPushButton *b) { return b->isVisible() && b->text().contains(QStringLiteral("Save")); });
            list->setFocus();
            QTest::keyClick(list, Qt::Key_Delete);
            afterRemoval = list->count();
            QTest::keyClick(dialog, Qt::Key_Escape);
        },
        &ran);
    child<QPushButton>(&section, "openVisitButton")->click();
    REQUIRE(ran);
    CHECK(listed == 1);
    CHECK(afterRemoval == 1);
    CHECK_FALSE(canRemove);
    CHECK_FALSE(canSave);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM visit_photo WHERE visit_id = ? AND deleted_at IS NULL"),
               {saved.value()})
              .toInt()
        == 1);
}

TEST_CASE("the assistance section keeps its buttons disabled for the auditor and outside the account's villages",
    "[forces-ui]")
{
    Fixture f;
    const QString inVillage
        = QStringLiteral("SELECT id FROM household WHERE deleted_at IS NULL AND village_id %1 (SELECT s.division_id "
                         "FROM app_user_scope s "
                         "JOIN app_user u ON u.id = s.user_id WHERE u.login = 'village') ORDER BY id LIMIT 1");
    const qint64 own = f.scalar(inVillage.arg(QStringLiteral("IN"))).toLongLong();
    const qint64 other = f.scalar(inVillage.arg(QStringLiteral("NOT IN"))).toLongLong();
    REQUIRE(own != 0);
    REQUIRE(other != 0);
    AssistanceSection section(*f.codes);
    section.show();
    AssistanceRecords records(*f.db);
    const QStringList changing{QStringLiteral("changeCadreButton"), QStringLiteral("addMeasureButton"),
        QStringLiteral("changeMeasureButton"), QStringLiteral("deleteMeasureButton"), QStringLiteral("logVisitButton")};
    // Which of the buttons that change something can be pressed.
    const auto enabled = [&] {
        QStringList names;
        for (const QString &name : changing) {
            auto *b = section.findChild<QPushButton *>(name);
            REQUIRE(b);
            if (b->isEnabled())
                names << name;
        }
        return names;
    };

    section.load(records, own);
    CHECK(enabled() == changing); // the administrator

    REQUIRE(SignIn::signIn(*f.db, QStringLiteral("auditor"), QStringLiteral("fupin-demo")));
    section.load(records, own);
    CHECK(enabled().isEmpty());
    // Reading a visit stays open to the auditor.
    CHECK(child<QPushButton>(&section, "openVisitButton")->isEnabled());

    REQUIRE(SignIn::signIn(*f.db, QStringLiteral("village"), QStringLiteral("fupin-demo")));
    section.load(records, other);
    CHECK(enabled().isEmpty());
    section.load(records, own);
    CHECK(enabled() == changing);
}

TEST_CASE("an empty reminder list says what it means in a sentence, a list with rows does not", "[forces-ui]")
{
    Fixture f;
    f.page.setCounty(f.db.get(), f.codes.get());
    auto *table = child<QTableView>(&f.page, "reminderTable");
    auto *hint = child<EmptyListHint>(table, "emptyListHint");
    // The demo county pairs every household.
    REQUIRE(table->model()->rowCount() == 0);
    REQUIRE(QTest::qWaitFor([&] { return hint->isVisible(); }));
    CHECK(hint->text() == QStringLiteral("Every household here has a responsible cadre."));

    f.exec(QStringLiteral("UPDATE pairing SET end_date = '2020-01-01' WHERE id = (SELECT min(id) FROM pairing WHERE "
                          "end_date IS NULL)"));
    qobject_cast<RemindersPanel *>(f.page.findChild<RemindersPanel *>())->reload();
    REQUIRE(table->model()->rowCount() == 1);
    REQUIRE(QTest::qWaitFor([&] { return !hint->isVisible(); }));

    // Another list, another sentence: no cadre over the cap once every cap is large.
    f.exec(QStringLiteral("UPDATE cadre_rank SET max_households = 1000"));
    auto *list = child<QComboBox>(&f.page, "reminderList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    REQUIRE(list->currentIndex() == RemindersPanel::OverCap);
    REQUIRE(table->model()->rowCount() == 0);
    REQUIRE(QTest::qWaitFor([&] { return hint->isVisible(); }));
    CHECK(hint->text().contains(QStringLiteral("cap")));
}

TEST_CASE("screenshots of the page in Chinese at 1366x768", "[forces-ui][.screenshot]")
{
    QTranslator translator;
    REQUIRE(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("fupin"), QStringLiteral("_"),
        QStringLiteral(":/i18n")));
    QApplication::installTranslator(&translator);
    {
        Fixture f;
        ForcesPage page; // built after the translator, so its texts are Chinese
        page.resize(1366, 768);
        page.show();
        f.exec(QStringLiteral(
            "UPDATE pairing SET end_date = '2024-01-01' WHERE end_date IS NULL AND household_id % 9 = 0"));
        page.setCounty(f.db.get(), f.codes.get());
        for (int tab = 0; tab < 5; ++tab) {
            page.showTab(ForcesPage::Tab(tab));
            if (tab == ForcesPage::Cadres)
                page.showCadre(f.scalar(QStringLiteral("SELECT cadre_id FROM pairing GROUP BY cadre_id ORDER BY "
                                                       "count(*) DESC LIMIT 1"))
                                   .toLongLong());
            QTest::qWait(50);
            CHECK(page.grab().save(QStringLiteral("/tmp/forces_tab%1.png").arg(tab)));
        }
        auto *list = child<QComboBox>(&page, "reminderList");
        page.showTab(ForcesPage::Reminders);
        list->setCurrentIndex(2);
        QTest::qWait(50);
        CHECK(page.grab().save(QStringLiteral("/tmp/forces_tab0_overdue.png")));
        const qint64 household = f.scalar(QStringLiteral("SELECT id FROM household ORDER BY id LIMIT 1")).toLongLong();
        PairingDialog pairing(*f.db, {household, household + 1});
        pairing.show();
        QTest::qWait(50);
        CHECK(pairing.grab().save(QStringLiteral("/tmp/forces_pairing.png")));
        VisitDialog visit(*f.db, household, {{1, QStringLiteral("吴诚")}}, 1);
        visit.show();
        QTest::qWait(50);
        CHECK(visit.grab().save(QStringLiteral("/tmp/forces_visit.png")));
        AssistanceSection section(*f.codes);
        AssistanceRecords records(*f.db);
        section.load(records, household);
        section.resize(1000, 640);
        section.show();
        QTest::qWait(50);
        CHECK(section.grab().save(QStringLiteral("/tmp/forces_section.png")));
        page.setCounty(nullptr, nullptr);
    }
    QApplication::removeTranslator(&translator);
}

TEST_CASE("by unit: Enter on a unit lists its households, Enter on one opens it", "[forces-ui]")
{
    Fixture f;
    f.page.setCounty(f.db.get(), f.codes.get());
    f.page.showTab(ForcesPage::ByUnit);
    auto *table = child<QTableView>(&f.page, "contributionTable");
    auto *model = qobject_cast<ForcesListModel *>(table->model());
    REQUIRE(model->rowCount() > 5);
    // The unit holding the most households.
    int busiest = 0;
    for (int r = 1; r < model->rowCount(); ++r) {
        if (model->index(r, 3).data().toInt() > model->index(busiest, 3).data().toInt())
            busiest = r;
    }
    const int households = model->index(busiest, 3).data().toInt();
    REQUIRE(households > 0);
    table->setFocus();
    table->setCurrentIndex(model->index(busiest, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto *list = child<QTableView>(&f.page, "contributionHouseholdTable");
    CHECK(list->model()->rowCount() == households);
    CHECK(QApplication::focusWidget() == list);
    QSignalSpy opened(&f.page, &WorkspacePage::openHouseholdRequested);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(opened.size() == 1);

    auto *grouping = child<QComboBox>(&f.page, "contributionGrouping");
    grouping->setCurrentIndex(1);
    CHECK(model->rowCount() >= 5); // the forms with units in the demo
}

TEST_CASE("by unit and by form: projects and the ledger's money per unit and form", "[forces-ui]")
{
    Fixture f;
    f.page.setCounty(f.db.get(), f.codes.get());
    f.page.showTab(ForcesPage::ByUnit);
    auto *table = child<QTableView>(&f.page, "contributionTable");
    auto *model = qobject_cast<ForcesListModel *>(table->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->columnCount() == 10);
    auto *grouping = child<QComboBox>(&f.page, "contributionGrouping");
    for (int byForm : {0, 1}) {
        grouping->setCurrentIndex(byForm);
        int projects = 0;
        QStringList allocated;
        for (int r = 0; r < model->rowCount(); ++r) {
            projects += model->index(r, 7).data().toInt();
            allocated << model->index(r, 8).data().toString();
        }
        INFO("by form: " << byForm);
        CHECK(projects
            == f.scalar(QStringLiteral("SELECT count(*) FROM project p JOIN assistance_unit u ON u.id = "
                                       "p.assistance_unit_id WHERE p.status <> 'cancelled'"))
                   .toInt());
        CHECK(projects > 0);
        // Shown in yuan with two decimals.
        CHECK(allocated.filter(QRegularExpression(QStringLiteral("^[0-9,]+\\.[0-9]{2}$"))).size() == allocated.size());
    }
    // Sorting by the allocated money sorts amounts, not texts.
    model->sort(8, Qt::DescendingOrder);
    const auto yuan = [&](int r) { return model->index(r, 8).data().toString().remove(u',').toDouble(); };
    REQUIRE(model->rowCount() > 2);
    CHECK(yuan(0) > 0);
    for (int r = 1; r < model->rowCount(); ++r)
        CHECK(yuan(r - 1) >= yuan(r));
}
