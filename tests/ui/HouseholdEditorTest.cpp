// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real household editor with the keyboard, as a village cadre would.
#include "households/HouseholdEditor.h"
#include "../TestSql.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "db/CountyDatabase.h"
#include "divisions/DivisionTreeModel.h"
#include "households/HouseholdFilterBar.h"
#include "households/HouseholdTableModel.h"
#include "households/StatusStepDialog.h"
#include "projects/ProjectTableModel.h"
#include "projects/ProjectsPage.h"
#include "register/Drafts.h"
#include "register/HouseholdRepository.h"
#include "register/IdNumber.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

namespace {

// A main window over a small demo county, with its first village selected.
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
        QTreeView *tree = window.divisionView();
        const QModelIndex county = tree->model()->index(0, 0);
        const QModelIndex township = tree->model()->index(0, 0, county);
        tree->setCurrentIndex(tree->model()->index(0, 0, township));
    }
    CountyDatabase &db() { return *window.database(); }
};

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

// Types into the focused widget, as the keyboard would; Chinese arrives as an input method commits it.
void type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    const bool latin = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (latin) {
        QTest::keyClicks(focus, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(focus, &commit);
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), k, modifiers);
}

// Picks the combo item with this code from the keyboard: focus, then arrow keys.
void chooseCode(QComboBox *combo, const QString &code)
{
    combo->setFocus();
    const int target = combo->findData(code);
    REQUIRE(target >= 0);
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
}

const QString HeadId = IdNumber::make(QStringLiteral("522633"), QDate(1971, 3, 9), 131);
const QString SpouseId = IdNumber::make(QStringLiteral("522633"), QDate(1974, 11, 2), 242);
const QString ChildId = IdNumber::make(QStringLiteral("522633"), QDate(2006, 6, 18), 354);

// The editor the last Ctrl+N opened, active so the keyboard reaches it.
HouseholdEditor *newEditor(Fixture &f)
{
    QApplication::setActiveWindow(&f.window);
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
    auto *editor = f.window.findChild<HouseholdEditor *>();
    REQUIRE(editor);
    QApplication::setActiveWindow(editor);
    REQUIRE(QTest::qWaitForWindowActive(editor));
    return editor;
}

void addMember(HouseholdEditor *editor, const QString &name, const QString &id, const QString &relation)
{
    QTest::keyClick(editor, Qt::Key_M, Qt::ControlModifier); // Add member, cursor in its name
    INFO("focus: " << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : "none")
                   << " members: " << editor->household().members.size());
    REQUIRE(QApplication::focusWidget() == child<QLineEdit>(editor, "memberNameEdit"));
    type(name);
    key(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == child<QLineEdit>(editor, "idNumberEdit"));
    type(id);
    if (!relation.isEmpty())
        chooseCode(child<QComboBox>(editor, "relationCombo"), relation);
}

HouseholdEditor *enterHousehold(Fixture &f)
{
    HouseholdEditor *editor = newEditor(f);
    chooseCode(child<QComboBox>(editor, "attributeCombo"), QStringLiteral("04"));
    child<QLineEdit>(editor, "phoneEdit")->setFocus();
    type(QStringLiteral("13812345678"));
    addMember(editor, QStringLiteral("龙老三"), HeadId, QString());
    addMember(editor, QStringLiteral("吴秀英"), SpouseId, QStringLiteral("10"));
    addMember(editor, QStringLiteral("龙小妹"), ChildId, QStringLiteral("30"));
    chooseCode(child<QComboBox>(editor, "mainCauseCombo"), QStringLiteral("03"));
    return editor;
}

} // namespace

TEST_CASE("a cadre enters a household of three from the keyboard, saves and reopens it")
{
    Fixture f;
    // The selected village already has households: the new one must add a row and a new code.
    const qint64 villageId = f.window.divisionView()->currentIndex().data(DivisionTreeModel::IdRole).toLongLong();
    QSqlQuery q(TestSql::of(f.db()));
    REQUIRE(q.exec(QStringLiteral("SELECT d.code, max(h.code) FROM division d JOIN household h ON h.village_id = d.id "
                                  "WHERE d.id = %1")
                       .arg(villageId)));
    REQUIRE(q.next());
    const QString villageCode = q.value(0).toString();
    const QString lastCode = q.value(1).toString();
    REQUIRE(villageCode.size() == 12);
    REQUIRE(lastCode.startsWith(villageCode));
    const int listed = f.window.householdModel()->rowCount();
    REQUIRE(listed > 0);

    HouseholdEditor *editor = enterHousehold(f);
    const Household &h = editor->household();
    REQUIRE(h.members.size() == 3);
    CHECK(h.members.at(0).isHead());
    CHECK(h.members.at(0).name == QStringLiteral("龙老三"));
    // Sex and birth date come from the ID number.
    CHECK(h.members.at(0).sexCode == QStringLiteral("1"));
    CHECK(h.members.at(1).birthDate == QDate(1974, 11, 2));
    CHECK(h.members.at(2).sexCode == QStringLiteral("2"));
    CHECK(h.phone == QStringLiteral("13812345678"));
    CHECK(h.attributeCode == QStringLiteral("04"));
    // Tab walks the member form in the booklet's order: ID number, sex, birth date, relation.
    child<QLineEdit>(editor, "idNumberEdit")->setFocus();
    for (const char *next : {"sexCombo", "birthDateEdit", "relationCombo"}) {
        key(Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == editor->findChild<QWidget *>(QString::fromLatin1(next)));
    }
    CHECK(child<QLineEdit>(editor, "birthDateEdit")->text() == QStringLiteral("2006-06-18"));

    editor->validateNow();
    INFO(editor->problems().join(QStringLiteral("\n")).toStdString());
    REQUIRE(editor->problems().isEmpty());
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    const qint64 id = editor->householdId();
    REQUIRE(id != 0);
    CHECK_FALSE(editor->isModified());

    auto saved = HouseholdRepository(f.db()).load(id);
    REQUIRE(saved);
    CHECK(saved->members.size() == 3);
    CHECK(saved->members.at(2).name == QStringLiteral("龙小妹"));
    CHECK(saved->mainCauseCode == QStringLiteral("03"));
    // Its code is the village's 12 digits and the next serial after the village's last household.
    CHECK(saved->villageId == villageId);
    CHECK(saved->code.size() == 16);
    CHECK(saved->code.startsWith(villageCode));
    CHECK(saved->code.mid(12).toInt() == lastCode.mid(12).toInt() + 1);
    // The new household is in the list of its village, as one more row.
    HouseholdTableModel *model = f.window.householdModel();
    CHECK(model->rowCount() == listed + 1);
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->index(r, HouseholdList::Code).data().toString() == saved->code)
            row = r;
    }
    REQUIRE(row >= 0);
    CHECK(model->idAt(row) == id);
    CHECK(model->index(row, HouseholdList::HeadName).data().toString() == QStringLiteral("龙老三"));

    editor->close();
    REQUIRE(QTest::qWaitFor([&] { return f.window.editorFor(id) == nullptr; }));
    HouseholdEditor *reopened = f.window.openHousehold(id);
    REQUIRE(reopened);
    QApplication::setActiveWindow(reopened);
    REQUIRE(QTest::qWaitForWindowActive(reopened));
    CHECK(reopened->household().members.size() == 3);
    CHECK(child<QLineEdit>(reopened, "phoneEdit")->text() == QStringLiteral("13812345678"));

    // Undo and redo an edit after reopening.
    QLineEdit *phone = child<QLineEdit>(reopened, "phoneEdit");
    phone->setFocus();
    phone->selectAll();
    type(QStringLiteral("0855-6412345"));
    CHECK(reopened->household().phone == QStringLiteral("0855-6412345"));
    CHECK(reopened->isModified());
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier);
    CHECK(reopened->household().phone == QStringLiteral("13812345678"));
    CHECK(phone->text() == QStringLiteral("13812345678"));
    CHECK_FALSE(reopened->isModified());
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(reopened->household().phone == QStringLiteral("0855-6412345"));
    CHECK(phone->text() == QStringLiteral("0855-6412345"));
    reopened->undoStack()->undo();
    reopened->close();
}

TEST_CASE("an invalid ID number is refused with its reason")
{
    Fixture f;
    HouseholdEditor *editor = newEditor(f);
    // A child born in 2006: its first 15 digits would also read as an old number of someone born
    // in 1920, which must not be taken on the way to the 18th.
    QString wrong = ChildId;
    wrong.back() = wrong.back() == u'0' ? u'1' : u'0';
    addMember(editor, QStringLiteral("杨光明"), wrong, QString());
    QLabel *reason = child<QLabel>(editor, "idProblemLabel");
    CHECK(reason->text().contains(QStringLiteral("check digit")));
    // Its first 15 digits, passed on the way, are not taken for an old 15-digit number.
    CHECK_FALSE(editor->household().members.at(0).birthDate.isValid());
    CHECK(editor->household().members.at(0).sexCode.isEmpty());
    // The reason sends the user to the card; it names no digit to change (issue 6).
    CHECK(reason->text().contains(QStringLiteral("digit by digit")));
    CHECK_FALSE(reason->text().contains(QStringLiteral("should be")));
    chooseCode(child<QComboBox>(editor, "attributeCombo"), QStringLiteral("01"));
    chooseCode(child<QComboBox>(editor, "mainCauseCombo"), QStringLiteral("01"));
    CHECK_FALSE(editor->save());
    CHECK(editor->householdId() == 0);
    CHECK(editor->problems().join(u' ').contains(wrong));
    CHECK(child<QListWidget>(editor, "problemList")->item(0)->text().contains(QStringLiteral("Not saved")));

    // Putting the number right makes it savable.
    QLineEdit *id = child<QLineEdit>(editor, "idNumberEdit");
    id->setFocus();
    key(Qt::Key_Backspace);
    type(QString(ChildId.back()));
    CHECK(reason->text().isEmpty());
    CHECK(editor->save());
    editor->close();
}

TEST_CASE("a second registration of a resident ID is refused, with a link to the existing person")
{
    Fixture f;
    QSqlQuery q(TestSql::of(f.db()));
    REQUIRE(q.exec(QStringLiteral("SELECT m.id_number, h.id, h.code FROM member m JOIN household h ON h.id = "
                                  "m.household_id WHERE m.id_number <> '' LIMIT 1")));
    REQUIRE(q.next());
    const QString taken = q.value(0).toString();
    const qint64 owner = q.value(1).toLongLong();
    HouseholdEditor *editor = newEditor(f);
    addMember(editor, QStringLiteral("重复人"), taken, QString());
    editor->validateNow();
    CHECK(editor->problems().join(u' ').contains(q.value(2).toString()));
    CHECK_FALSE(editor->save());

    // The problems are one Tab stop: Tab from the last field reaches the list, whose Enter opens
    // the household that has the ID.
    qint64 requested = 0;
    QObject::connect(editor, &HouseholdEditor::openHouseholdRequested, [&](qint64 id) { requested = id; });
    auto *list = child<QListWidget>(editor, "problemList");
    CHECK(list->focusPolicy() & Qt::TabFocus);
    int row = -1;
    for (int r = 0; r < list->count(); ++r) {
        if (list->item(r)->data(Qt::UserRole).toLongLong() == owner)
            row = r;
    }
    REQUIRE(row >= 0);
    list->setFocus();
    list->setCurrentRow(row);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(requested == owner);
    editor->undoStack()->setClean();
    delete editor;
}

TEST_CASE("unsaved work is kept as a draft and restored after the editor is gone")
{
    Fixture f;
    HouseholdEditor *editor = enterHousehold(f);
    const QString key = editor->draftKey();
    REQUIRE(QTest::qWaitFor([&] { return Drafts(f.db()).all().value_or({}).size() == 1; }, 3000));
    delete editor; // as if the power went off: no save, no questions

    const auto drafts = Drafts(f.db()).all();
    REQUIRE(drafts);
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->first().key == key);
    // The next start offers the draft; the user chooses Restore.
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
    });
    f.window.offerDrafts();
    auto *restored = f.window.findChild<HouseholdEditor *>();
    REQUIRE(restored);
    CHECK(restored->isModified());
    REQUIRE(restored->household().members.size() == 3);
    CHECK(restored->household().members.at(1).name == QStringLiteral("吴秀英"));
    CHECK(child<QLineEdit>(restored, "phoneEdit")->text() == QStringLiteral("13812345678"));
    REQUIRE(restored->save());
    CHECK(Drafts(f.db()).all().value_or({}).isEmpty());
    restored->close();
}

TEST_CASE("a draft from before the status rule is restored without the year only a step sets, and saves")
{
    Fixture f;
    HouseholdEditor *editor = enterHousehold(f);
    REQUIRE(QTest::qWaitFor([&] { return Drafts(f.db()).all().value_or({}).size() == 1; }, 3000));
    delete editor;
    // As the editor wrote it when the identification year could still be typed for a new household.
    QSqlQuery q(TestSql::of(f.db()));
    REQUIRE(q.exec(QStringLiteral("UPDATE draft SET content = json_set(content, '$.identification_year', 2016)")));
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
    });
    f.window.offerDrafts();
    auto *restored = f.window.findChild<HouseholdEditor *>();
    REQUIRE(restored);
    CHECK_FALSE(restored->household().identificationYear.has_value());
    CHECK(child<QLabel>(restored, "draftNotesBanner")->text().contains(QStringLiteral("2016")));
    CHECK(child<QLineEdit>(restored, "phoneEdit")->text() == QStringLiteral("13812345678"));
    REQUIRE(restored->save());
    CHECK(Drafts(f.db()).all().value_or({}).isEmpty());
    restored->close();
}

TEST_CASE("search finds a household by the last digits of a member's ID number")
{
    Fixture f;
    QSqlQuery q(TestSql::of(f.db()));
    REQUIRE(q.exec(QStringLiteral("SELECT m.id_number, h.code FROM member m JOIN household h ON h.id = "
                                  "m.household_id WHERE m.relation_code <> '01' LIMIT 1")));
    REQUIRE(q.next());
    const QString id = q.value(0).toString();
    const QString code = q.value(1).toString();
    // Search the whole county.
    QTreeView *tree = f.window.divisionView();
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QApplication::setActiveWindow(&f.window);
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = f.window.filterBar()->searchEdit();
    REQUIRE(QApplication::focusWidget() == search);
    type(id.right(6));
    HouseholdTableModel *model = f.window.householdModel();
    REQUIRE(model->rowCount() >= 1);
    QStringList codes;
    for (int r = 0; r < model->rowCount(); ++r)
        codes << model->index(r, HouseholdList::Code).data().toString();
    CHECK(codes.contains(code));
    CHECK(model->rowCount() < 5);
}

TEST_CASE("income is typed in yuan, kept in fen, and set against the year's line as it is typed")
{
    Fixture f;
    HouseholdEditor *editor = enterHousehold(f);
    auto *year = child<QSpinBox>(editor, "yearSpin");
    year->setValue(2016);
    QLineEdit *wages = child<QLineEdit>(editor, "wageMigrantEdit");
    wages->setFocus();
    type(QStringLiteral("6000.5"));
    const IncomeRecord *income = editor->household().incomeFor(2016);
    REQUIRE(income);
    CHECK(income->wageMigrant == 600050);
    CHECK(income->householdSize == 3);
    QLabel *summary = child<QLabel>(editor, "perCapitaLabel");
    CHECK(summary->text().contains(QStringLiteral("2,000.17"))); // 6000.50 / 3
    CHECK(summary->text().contains(QStringLiteral("below"))); // the 2016 line is 2952 yuan
    QLineEdit *costs = child<QLineEdit>(editor, "opCropsEdit");
    costs->setFocus();
    type(QStringLiteral("4000"));
    CHECK(summary->text().contains(QStringLiteral("above")));
    // A typing mistake is not taken as an amount.
    wages->setFocus();
    type(QStringLiteral("x"));
    CHECK(editor->household().incomeFor(2016)->wageMigrant == 600050);
    // As a Chinese input method types it: full-width digits, its comma and stop, and the unit.
    QLineEdit *pension = child<QLineEdit>(editor, "trPensionEdit");
    pension->setFocus();
    type(QStringLiteral("３，２５０。５０元"));
    CHECK(editor->household().incomeFor(2016)->trPension == 325050);
    key(Qt::Key_Tab);
    CHECK(pension->text() == QStringLiteral("3250.50"));
    editor->undoStack()->setClean();
    delete editor;
}

TEST_CASE("a new household's code follows the village chosen for it, in one undoable step")
{
    Fixture f;
    HouseholdEditor *editor = newEditor(f);
    const QString first = editor->household().code;
    REQUIRE(first.size() == 16);
    const qint64 firstVillage = editor->household().villageId;
    auto *village = child<QComboBox>(editor, "villageCombo");
    REQUIRE(village->count() > 1);
    const int other = village->currentIndex() == 0 ? 1 : 0;
    village->setFocus();
    QTest::keyClick(village, other == 1 ? Qt::Key_Down : Qt::Key_Up);
    CHECK(editor->household().villageId != firstVillage);
    CHECK(editor->household().code != first);
    CHECK(child<QLineEdit>(editor, "householdCodeEdit")->text() == editor->household().code);
    editor->undoStack()->undo();
    CHECK(editor->household().villageId == firstVillage);
    CHECK(editor->household().code == first);
    editor->undoStack()->setClean();
    delete editor;
}

TEST_CASE("after a save the editor keeps its member selected and saves no empty years")
{
    Fixture f;
    HouseholdEditor *editor = enterHousehold(f);
    // Look at 2012 and type a figure there, then take it back.
    child<QSpinBox>(editor, "yearSpin")->setValue(2012);
    QLineEdit *crops = child<QLineEdit>(editor, "opCropsEdit");
    crops->setFocus();
    crops->selectAll();
    type(QStringLiteral("5"));
    key(Qt::Key_Backspace);
    REQUIRE(editor->save());
    CHECK(editor->household().incomeFor(2012) == nullptr);
    auto saved = HouseholdRepository(f.db()).load(editor->householdId());
    REQUIRE(saved);
    CHECK(saved->incomeFor(2012) == nullptr);
    // The member being edited is still there to edit (its uuid survived the save).
    QLineEdit *name = child<QLineEdit>(editor, "memberNameEdit");
    CHECK(name->isEnabled());
    CHECK(name->text() == QStringLiteral("龙小妹"));
    CHECK(saved->members.at(2).meta.uuid == editor->household().members.at(2).meta.uuid);
    editor->close();
}

TEST_CASE("undoing back to the saved state leaves no draft behind")
{
    Fixture f;
    QSqlQuery q(TestSql::of(f.db()));
    REQUIRE((q.exec(QStringLiteral("SELECT id FROM household LIMIT 1")) && q.next()));
    HouseholdEditor *editor = f.window.openHousehold(q.value(0).toLongLong());
    QApplication::setActiveWindow(editor);
    REQUIRE(QTest::qWaitForWindowActive(editor));
    QLineEdit *address = child<QLineEdit>(editor, "addressEdit");
    address->setFocus();
    type(QStringLiteral("x"));
    REQUIRE(QTest::qWaitFor([&] { return Drafts(f.db()).all().value_or({}).size() == 1; }, 3000));
    editor->undoStack()->undo();
    CHECK_FALSE(editor->isModified());
    CHECK(Drafts(f.db()).all().value_or({}).isEmpty());
    editor->close();
}

TEST_CASE("switching county files asks the open editors first and keeps them when cancelled")
{
    Fixture f;
    HouseholdEditor *editor = newEditor(f);
    child<QLineEdit>(editor, "addressEdit")->setFocus();
    type(QStringLiteral("abc"));
    REQUIRE(editor->isModified());
    const QString before = f.db().path();
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Cancel)->click();
    });
    CHECK_FALSE(f.window.createCounty(
        f.dir.filePath(QStringLiteral("other.fupin")), QStringLiteral("522634"), QStringLiteral("榕江县"), 0));
    CHECK(f.db().path() == before);
    REQUIRE(f.window.findChild<HouseholdEditor *>() == editor);
    editor->undoStack()->setClean();
    CHECK(f.window.createCounty(
        f.dir.filePath(QStringLiteral("other.fupin")), QStringLiteral("522634"), QStringLiteral("榕江县"), 0));
    CHECK(f.window.findChild<HouseholdEditor *>() == nullptr);
    CHECK(f.db().countyName() == QStringLiteral("榕江县"));
}

TEST_CASE("a status step and a revert are recorded from the editor as new, audited changes")
{
    Fixture f;
    // A household out of poverty, so "Relapse" is offered.
    QSqlQuery q(TestSql::of(f.db()));
    REQUIRE((q.exec(QStringLiteral("SELECT id FROM household WHERE status_code = '1' LIMIT 1")) && q.next()));
    const qint64 id = q.value(0).toLongLong();
    HouseholdEditor *editor = f.window.openHousehold(id);
    auto *propose
        = editor->findChild<QPushButton *>(QStringLiteral("statusStep%1Button").arg(int(StatusStep::Relapse)));
    REQUIRE(propose);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<StatusStepDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("stepReasonEdit"))->setText(QStringLiteral("因病返贫"));
        dialog->accept();
    });
    propose->click();
    const auto history = StatusProcedure(f.db()).history(id);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.last().kind == QStringLiteral("relapse"));
    CHECK(history.last().reason == QStringLiteral("因病返贫"));
    CHECK(editor->household().statusCode == QStringLiteral("3"));
    CHECK(child<QTableWidget>(editor, "statusHistoryTable")->rowCount() == history.size());

    // Change the phone, save, then revert that change from the change history.
    const QString oldPhone = editor->household().phone;
    QLineEdit *phone = child<QLineEdit>(editor, "phoneEdit");
    QApplication::setActiveWindow(editor);
    REQUIRE(QTest::qWaitForWindowActive(editor));
    phone->setFocus();
    phone->selectAll();
    type(QStringLiteral("13900001111"));
    REQUIRE(editor->save());
    auto *changes = child<QTableWidget>(editor, "changeHistoryTable");
    REQUIRE(changes->rowCount() > 0);
    CHECK(changes->item(0, 3)->text() == QStringLiteral("Phone")); // the label the form shows, not the column
    changes->selectRow(0);
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    child<QPushButton>(editor, "revertButton")->click();
    CHECK(editor->household().phone == oldPhone);
    CHECK(HouseholdRepository(f.db()).load(id)->phone == oldPhone);
    CHECK(changes->item(0, 3)->text() == QStringLiteral("Phone")); // the label the form shows, not the column
    CHECK(changes->item(0, 5)->text() == oldPhone);
    editor->close();
}

TEST_CASE("the editor offers the attribute change as a status step and records it")
{
    Fixture f;
    QSqlQuery q(TestSql::of(f.db()));
    // A household out of poverty (一般脱贫户) that goes onto 低保 in the annual adjustment.
    REQUIRE((q.exec(QStringLiteral("SELECT id FROM household WHERE status_code = '1' AND attribute_code = '05' AND "
                                   "deleted_at IS NULL LIMIT 1"))
        && q.next()));
    const qint64 id = q.value(0).toLongLong();
    HouseholdEditor *editor = f.window.openHousehold(id);
    // The attribute box stays closed for a saved household: the step is the way to change it.
    CHECK_FALSE(child<QComboBox>(editor, "attributeCombo")->isEnabled());
    auto *button
        = editor->findChild<QPushButton *>(QStringLiteral("statusStep%1Button").arg(int(StatusStep::ChangeAttribute)));
    REQUIRE(button);
    QStringList offered;
    QTimer::singleShot(0, [&offered] {
        auto *dialog = qobject_cast<StatusStepDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("newAttributeCombo"));
        REQUIRE(combo);
        for (int i = 0; i < combo->count(); ++i)
            offered << combo->itemData(i).toString();
        combo->setCurrentIndex(combo->findData(QStringLiteral("02")));
        dialog->findChild<QLineEdit *>(QStringLiteral("stepReasonEdit"))->setText(QStringLiteral("纳入低保"));
        dialog->accept();
    });
    button->click();
    // Only the other attributes of a household out of poverty are offered, not a poor household's.
    CHECK(offered == QStringList{QStringLiteral("02"), QStringLiteral("03")});
    CHECK(editor->household().attributeCode == QStringLiteral("02"));
    CHECK(HouseholdRepository(f.db()).load(id)->attributeCode == QStringLiteral("02"));
    CHECK(child<QComboBox>(editor, "attributeCombo")->currentData().toString() == QStringLiteral("02"));
    const auto history = StatusProcedure(f.db()).history(id);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.last().kind == QStringLiteral("attribute"));
    CHECK(history.last().reason == QStringLiteral("纳入低保"));
    auto *table = child<QTableWidget>(editor, "statusHistoryTable");
    REQUIRE(table->rowCount() == history.size());
    CHECK(table->item(table->rowCount() - 1, 1)->text().startsWith(QStringLiteral("Change attribute: ")));
    editor->close();
}

TEST_CASE("from the search box Enter goes to the first result, Enter opens it, Esc goes back")
{
    Fixture f;
    QTreeView *tree = f.window.divisionView();
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QApplication::setActiveWindow(&f.window);
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = f.window.filterBar()->searchEdit();
    REQUIRE(QApplication::focusWidget() == search);
    HouseholdTableModel *model = f.window.householdModel();
    const QString code = model->index(3, HouseholdList::Code).data().toString();
    type(code);
    REQUIRE(model->rowCount() == 1);
    key(Qt::Key_Return);
    QTableView *table = f.window.householdView();
    CHECK(QApplication::focusWidget() == table);
    CHECK(table->currentIndex().row() == 0);
    key(Qt::Key_Escape);
    CHECK(QApplication::focusWidget() == search);
    key(Qt::Key_Down);
    REQUIRE(QApplication::focusWidget() == table);
    key(Qt::Key_Return);
    HouseholdEditor *editor = f.window.findChild<HouseholdEditor *>();
    REQUIRE(editor);
    CHECK(editor->household().code == code);
    editor->close();
}

TEST_CASE("a field reached by the keyboard is scrolled into view, and Ctrl+PgDn moves between sections")
{
    Fixture f;
    HouseholdEditor *editor = newEditor(f);
    editor->resize(900, 500); // a small screen: most of the booklet is below the fold
    QScrollArea *scroll = editor->findChild<QScrollArea *>();
    REQUIRE(scroll);
    QComboBox *cause = child<QComboBox>(editor, "mainCauseCombo");
    auto inView = [&](QWidget *w) {
        const QPoint top = w->mapTo(scroll->viewport(), QPoint(0, 0));
        return top.y() >= 0 && top.y() + w->height() <= scroll->viewport()->height();
    };
    REQUIRE_FALSE(inView(cause));
    cause->setFocus(Qt::ShortcutFocusReason); // as its Alt+letter does
    CHECK(inView(cause));

    auto *sections = child<QListWidget>(editor, "sectionList");
    CHECK(sections->focusPolicy() & Qt::TabFocus);
    child<QComboBox>(editor, "townshipCombo")->setFocus();
    CHECK(sections->currentRow() == 0);
    key(Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(sections->currentRow() == 1);
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    CHECK(editor->findChild<QWidget *>(QStringLiteral("memberTable"))->parentWidget()->isAncestorOf(focus));
    CHECK(inView(focus));
    key(Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(sections->currentRow() == 0);
    editor->undoStack()->setClean();
    delete editor;
}

TEST_CASE("removing a member asks first, and a wrong ID is marked in the members table")
{
    Fixture f;
    HouseholdEditor *editor = newEditor(f);
    QString wrong = ChildId;
    wrong.back() = wrong.back() == u'0' ? u'1' : u'0';
    addMember(editor, QStringLiteral("杨光明"), wrong, QString());
    auto *table = child<QTableView>(editor, "memberTable");
    const QModelIndex id = table->model()->index(0, 3);
    CHECK(id.data(Qt::ToolTipRole).toString().contains(QStringLiteral("digit by digit")));
    CHECK(id.data(Qt::ForegroundRole).isValid());

    bool asked = false;
    auto answer = [&](QMessageBox::StandardButton button) {
        asked = false;
        QTimer::singleShot(0, [&asked, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text().contains(QStringLiteral("杨光明"));
                box->button(button)->click();
            }
        });
    };
    answer(QMessageBox::No);
    child<QPushButton>(editor, "removeMemberButton")->click();
    CHECK(asked);
    CHECK(editor->household().members.size() == 1);
    answer(QMessageBox::Yes);
    child<QPushButton>(editor, "removeMemberButton")->click();
    CHECK(asked);
    CHECK(editor->household().members.isEmpty());
    editor->undoStack()->setClean();
    delete editor;
}

TEST_CASE("a registered ID is said beside the field, and its household opens beside the editor")
{
    Fixture f;
    QSqlQuery q(TestSql::of(f.db()));
    REQUIRE(q.exec(QStringLiteral("SELECT m.id_number, h.id, h.code FROM member m JOIN household h ON h.id = "
                                  "m.household_id WHERE m.id_number <> '' LIMIT 1")));
    REQUIRE(q.next());
    const qint64 owner = q.value(1).toLongLong();
    HouseholdEditor *editor = newEditor(f);
    editor->resize(600, 500);
    editor->move(0, 0);
    addMember(editor, QStringLiteral("重复人"), q.value(0).toString(), QString());
    editor->validateNow();
    CHECK(child<QLabel>(editor, "idProblemLabel")->text().contains(q.value(2).toString()));

    emit editor->openHouseholdRequested(owner);
    HouseholdEditor *existing = f.window.editorFor(owner);
    REQUIRE(existing);
    CHECK_FALSE(existing->frameGeometry().intersects(editor->frameGeometry()));
    existing->close();
    editor->undoStack()->setClean();
    delete editor;
}

TEST_CASE("the change history shows a creation as one entry, with labels as the form shows them")
{
    Fixture f;
    HouseholdEditor *editor = enterHousehold(f);
    REQUIRE(editor->save());
    auto *history = child<QTableWidget>(editor, "changeHistoryTable");
    QStringList fields;
    for (int r = 0; r < history->rowCount(); ++r)
        fields << history->item(r, 3)->text();
    // One "Created" per record (the household and its three members), nothing field by field.
    CHECK(fields.count(QStringLiteral("Created")) == 4);
    CHECK(fields.size() == 4);
    for (int r = 0; r < history->rowCount(); ++r)
        CHECK_FALSE(history->item(r, 5)->text().contains(u'&'));
    const QString all = history->item(0, 0)->toolTip() + history->item(1, 0)->toolTip() + history->item(2, 0)->toolTip()
        + history->item(3, 0)->toolTip();
    CHECK_FALSE(all.contains(u'&'));
    CHECK_FALSE(all.contains(QStringLiteral("village_id")));
    for (int c = 0; c < history->columnCount(); ++c)
        CHECK(history->columnWidth(c) >= 80);
    editor->close();
}

TEST_CASE("the editor's 项目 section lists the projects that benefit the household, Enter shows one on the "
          "projects page")
{
    Fixture f;
    QSqlQuery q(TestSql::of(f.db()));
    REQUIRE(q.exec(QStringLiteral("SELECT household_id, count(*) FROM project_beneficiary GROUP BY household_id "
                                  "ORDER BY 2 DESC, 1 LIMIT 1")));
    REQUIRE(q.next());
    const qint64 household = q.value(0).toLongLong();
    const int projects = q.value(1).toInt();
    HouseholdEditor *editor = f.window.openHousehold(household);
    REQUIRE(editor);
    auto *table = child<QTableWidget>(editor, "householdProjectsTable");
    REQUIRE(table->rowCount() == projects);
    const qint64 first = table->item(0, 0)->data(Qt::UserRole + 1).toLongLong();
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM project WHERE id = %1").arg(first)));
    REQUIRE(q.next());
    CHECK(table->item(0, 1)->text() == q.value(0).toString());
    table->setFocus();
    table->setCurrentCell(0, 1);
    QTest::keyClick(table, Qt::Key_Return);
    auto *page = qobject_cast<ProjectsPage *>(f.window.workspace()->currentPage());
    REQUIRE(page);
    auto *projectsTable = child<QTableView>(page, "projectsTable");
    CHECK(page->model()->idAt(projectsTable->currentIndex().row()) == first);
    editor->close();
}
