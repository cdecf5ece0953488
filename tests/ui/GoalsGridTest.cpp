// SPDX-License-Identifier: GPL-3.0-or-later
// The goals grid, offscreen: the sums of the villages and townships with every difference, typing
// like a spreadsheet (typing replaces, Enter commits and moves down, Tab leaves the table), a block
// pasted from a spreadsheet, cells the account may not change, and saving through the core call.
#include "progress/GoalsGrid.h"

#include "../TestSql.h"
#include "accounts/Accounts.h"
#include "accounts/SignIn.h"
#include "db/CountyDatabase.h"
#include "progress/GoalsTableModel.h"
#include "progress/GoalsTableView.h"
#include "progress/ProgressGoals.h"
#include "widgets/RefusalLabel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

#include <catch2/catch.hpp>

#include <tuple>

namespace {

const QString Password = QStringLiteral("secret-1");

struct GoalsCounty
{
    std::unique_ptr<CountyDatabase> db = CountyDatabase::openInMemory();
    qint64 county = 0, bingmei = 0, basha = 0, xiaohuang = 0, guandong = 0, guandongVillage = 0;

    GoalsCounty()
    {
        REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
        county = scalar(QStringLiteral("SELECT id FROM division WHERE level = 1"));
        bingmei = add(county, 2, QStringLiteral("522633101"), QStringLiteral("丙妹镇"));
        basha = add(bingmei, 3, QStringLiteral("522633101201"), QStringLiteral("岜沙村"));
        xiaohuang = add(bingmei, 3, QStringLiteral("522633101202"), QStringLiteral("小黄村"));
        guandong = add(county, 2, QStringLiteral("522633102"), QStringLiteral("贯洞镇"));
        guandongVillage = add(guandong, 3, QStringLiteral("522633102201"), QStringLiteral("贯洞村"));
        REQUIRE(SignIn::signIn(*db, QStringLiteral("admin"), QString()));
        for (const auto &[login, role, scope] : {std::tuple{QStringLiteral("xian"), Role::CountyStaff, qint64(0)},
                 std::tuple{QStringLiteral("xiang"), Role::TownshipStaff, bingmei},
                 std::tuple{QStringLiteral("cun"), Role::VillageCadre, basha}}) {
            const QList<qint64> scopes = scope ? QList<qint64>{scope} : QList<qint64>{};
            const Result<qint64> added = Accounts(*db).add({login, login, {}, role, scopes, Password});
            INFO(added.error().toStdString());
            REQUIRE(added);
        }
        // The county's and townships' goals of 2019, as county staff set them.
        actAs(QStringLiteral("xian"));
        QList<AnnualGoal> goals{goal(county, 100, 380, {{10, 60}, {11, 40}}),
            goal(bingmei, 70, 260, {{10, 40}, {11, 30}}), goal(guandong, 25, 90, {})};
        const Status saved = ProgressGoals(*db).save(2019, goals);
        INFO(saved.error().toStdString());
        REQUIRE(saved);
    }

    qint64 scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(TestSql::of(*db));
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    qint64 add(qint64 parent, int level, const QString &code, const QString &name) const
    {
        QSqlQuery q(TestSql::of(*db));
        q.prepare(QStringLiteral("INSERT INTO division (uuid, parent_id, level, code, name, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList{QUuid::createUuid().toString(QUuid::WithoutBraces), parent, level, code,
                 name, CountyDatabase::nowIso(), CountyDatabase::nowIso()})
            q.addBindValue(v);
        REQUIRE(q.exec());
        return scalar(QStringLiteral("SELECT id FROM division WHERE code = ?"), {code});
    }
    void actAs(const QString &login) const { REQUIRE(SignIn::signIn(*db, login, Password)); }
    AnnualGoal goal(qint64 division, int households, int people, std::initializer_list<std::pair<int, int>> months)
    {
        AnnualGoal g = ProgressGoals(*db).forDivision(division, 2019).value().record;
        g.households = households;
        g.people = people;
        for (const auto &[month, count] : months)
            g.setMonth(month, count);
        return g;
    }
    int stored(qint64 division, const char *column) const
    {
        return int(scalar(QStringLiteral("SELECT coalesce((SELECT %1 FROM annual_target WHERE division_id = ? AND year "
                                         "= 2019), -1)")
                              .arg(QLatin1String(column)),
            {division}));
    }
};

QString text(GoalsTableModel *m, int row, int column)
{
    return m->data(m->index(row, column)).toString();
}

// A grid showing 2019, shown offscreen with the table focused on the cell.
struct Grid
{
    GoalsGrid grid;
    explicit Grid(GoalsCounty &c)
    {
        grid.resize(1366, 600);
        grid.setCounty(c.db.get());
        grid.setYear(2019);
        grid.show();
        REQUIRE(QTest::qWaitForWindowExposed(&grid));
    }
    GoalsTableModel *model() const { return grid.model(); }
    GoalsTableView *view() const { return grid.view(); }
    void focusCell(int row, int column)
    {
        view()->setFocus();
        view()->setCurrentIndex(model()->index(row, column));
        REQUIRE(QTest::qWaitFor([&] { return view()->hasFocus(); }));
    }
};

// Types into the current cell as a person would: the first key opens the editor, the rest go to it.
void type(QAbstractItemView *view, const QString &text)
{
    QTest::keyClick(view, text.at(0).toLatin1());
    QTest::keyClicks(QApplication::focusWidget(), text.mid(1));
}

constexpr int October = GoalsTableModel::FirstMonthColumn + 9;
constexpr int November = GoalsTableModel::FirstMonthColumn + 10;

} // namespace

TEST_CASE(
    "GoalsGrid: the townships' and villages' sums with every difference, typed like a spreadsheet", "[goals][grid]")
{
    GoalsCounty c;
    c.actAs(QStringLiteral("xiang"));
    Grid g(c);
    QAbstractItemModelTester tester(g.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    GoalsTableModel *m = g.model();
    // County, its townships' sum, 丙妹镇, its villages' sum, two villages, 贯洞镇, its sum, 贯洞村.
    REQUIRE(m->rowCount() == 9);
    const int townshipsSum = m->sumRowOf(c.county);
    const int villagesSum = m->sumRowOf(c.bingmei);
    const int basha = m->rowOf(c.basha);
    CHECK(townshipsSum == m->rowOf(c.county) + 1);
    CHECK(villagesSum == m->rowOf(c.bingmei) + 1);
    CHECK(m->kindAt(villagesSum) == GoalsTableModel::RowKind::ChildrenSum);
    // The townships plan 95 of the county's 100: the difference shows on the sum row, signed.
    CHECK(text(m, townshipsSum, GoalsTableModel::HouseholdsColumn) == QStringLiteral("95 (-5)"));
    CHECK(text(m, townshipsSum, GoalsTableModel::PeopleColumn) == QStringLiteral("350 (-30)"));
    CHECK(text(m, townshipsSum, October) == QStringLiteral("40 (-20)"));
    CHECK(m->data(m->index(townshipsSum, GoalsTableModel::HouseholdsColumn), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("5")));
    // No village of 丙妹镇 has a goal yet.
    CHECK(text(m, villagesSum, GoalsTableModel::HouseholdsColumn) == QStringLiteral("0 (-70)"));

    // Typing replaces the cell, Enter commits and moves down (past nothing: the next village).
    g.focusCell(basha, October);
    type(g.view(), QStringLiteral("45"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !g.view()->isEditing(); }));
    CHECK(g.view()->currentIndex() == m->index(basha + 1, October));
    CHECK(m->figuresAt(basha).months[9] == 45);
    // The year's households follow the months while the two agree.
    CHECK(m->figuresAt(basha).households == 45);
    CHECK(text(m, villagesSum, October) == QStringLiteral("45 (+5)"));
    CHECK(text(m, villagesSum, GoalsTableModel::HouseholdsColumn) == QStringLiteral("45 (-25)"));

    // Typing over a number replaces it.
    g.focusCell(basha, October);
    type(g.view(), QStringLiteral("40"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !g.view()->isEditing(); }));
    CHECK(m->figuresAt(basha).months[9] == 40);
    CHECK(text(m, villagesSum, October) == QStringLiteral("40"));

    // Tab leaves the table, with what was typed committed.
    g.focusCell(basha + 1, November);
    type(g.view(), QStringLiteral("30"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QTest::qWaitFor([&] { return !g.view()->isEditing(); }));
    CHECK_FALSE(g.view()->hasFocus());
    CHECK_FALSE(g.view()->isAncestorOf(QApplication::focusWidget()));
    CHECK(m->figuresAt(basha + 1).months[10] == 30);
    CHECK(text(m, villagesSum, GoalsTableModel::HouseholdsColumn) == QStringLiteral("70"));

    // Letters are refused in words and change nothing.
    g.focusCell(basha, GoalsTableModel::PeopleColumn);
    type(g.view(), QStringLiteral("x"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !g.view()->isEditing(); }));
    CHECK(g.grid.refusal()->isVisible());
    CHECK(m->figuresAt(basha).people == 0);

    // Undo takes back the last edit; the township's own goal (county staff's) stays read-only.
    m->undoStack()->undo();
    CHECK(m->figuresAt(basha + 1).months[10] == 0);
    m->undoStack()->redo();
    CHECK_FALSE(m->isEditable(m->rowOf(c.bingmei), October));
    CHECK(
        m->data(m->index(m->rowOf(c.bingmei), October), Qt::ToolTipRole).toString().contains(QStringLiteral("丙妹镇")));

    // Saved through the core: the villages' goals are in the file, audited as xiang's.
    REQUIRE(g.grid.saveButton()->isEnabled());
    g.grid.saveButton()->click();
    CHECK_FALSE(g.grid.hasUnsavedChanges());
    CHECK(c.stored(c.basha, "households") == 40);
    CHECK(c.stored(c.xiaohuang, "month_11") == 30);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'annual_target' AND changed_by "
                                  "= 'xiang'"))
        > 0);
    CHECK(text(g.model(), g.model()->sumRowOf(c.bingmei), GoalsTableModel::HouseholdsColumn) == QStringLiteral("70"));
}

TEST_CASE("GoalsGrid: a block pasted from a spreadsheet lands on the goals, all or nothing", "[goals][grid]")
{
    GoalsCounty c;
    c.actAs(QStringLiteral("xiang"));
    Grid g(c);
    GoalsTableModel *m = g.model();
    const int basha = m->rowOf(c.basha);

    // Two rows of October to December with the year's households, as Excel copies them (CRLF).
    QGuiApplication::clipboard()->setText(QStringLiteral("10\t25\t5\t40\r\n8\t1,2\t0\t20\r\n"));
    g.focusCell(basha, October);
    QTest::keySequence(g.view(), QKeySequence::Paste);
    CHECK_FALSE(g.grid.refusal()->isVisible());
    CHECK(m->figuresAt(basha).months[9] == 10);
    CHECK(m->figuresAt(basha).months[11] == 5);
    CHECK(m->figuresAt(basha).households == 40);
    CHECK(m->figuresAt(basha + 1).months[10] == 12);
    CHECK(m->figuresAt(basha + 1).households == 20);
    CHECK(text(m, m->sumRowOf(c.bingmei), GoalsTableModel::HouseholdsColumn) == QStringLiteral("60 (-10)"));
    // One paste is one undo step.
    m->undoStack()->undo();
    CHECK(m->figuresAt(basha).households == 0);
    CHECK(m->figuresAt(basha + 1).households == 0);
    m->undoStack()->redo();

    // A block reaching into a row the account may not change (贯洞镇's village) pastes nothing.
    const int guandongVillage = m->rowOf(c.guandongVillage);
    QGuiApplication::clipboard()->setText(QStringLiteral("1\n2\n3\n"));
    g.focusCell(basha + 1, GoalsTableModel::PeopleColumn);
    QTest::keySequence(g.view(), QKeySequence::Paste);
    CHECK(g.grid.refusal()->isVisible());
    CHECK(g.grid.refusal()->text().contains(QStringLiteral("贯洞")));
    CHECK(m->figuresAt(basha + 1).people == 0);
    CHECK(m->figuresAt(guandongVillage).people == 0);

    // A cell that is no number refuses the whole block, naming the cell.
    QGuiApplication::clipboard()->setText(QStringLiteral("3\tabc\n"));
    g.focusCell(basha, GoalsTableModel::HouseholdsColumn);
    QTest::keySequence(g.view(), QKeySequence::Paste);
    CHECK(g.grid.refusal()->text().contains(QStringLiteral("abc")));
    CHECK(m->figuresAt(basha).households == 40);

    // Pasted on the names, a first column of names is skipped.
    QGuiApplication::clipboard()->setText(QStringLiteral("岜沙村\t1\t2\n"));
    g.focusCell(basha, GoalsTableModel::DivisionColumn);
    QTest::keySequence(g.view(), QKeySequence::Paste);
    CHECK(m->figuresAt(basha).months[0] == 1);
    CHECK(m->figuresAt(basha).months[1] == 2);

    // The year's households followed the months; typed apart from them, the difference is shown on the
    // year's cell and the save refuses it.
    CHECK(m->figuresAt(basha).households == 43);
    REQUIRE(m->setCellText(basha, GoalsTableModel::HouseholdsColumn, QStringLiteral("40")));
    CHECK(m->data(m->index(basha, GoalsTableModel::HouseholdsColumn), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("43")));
    g.grid.saveButton()->click();
    CHECK(g.grid.refusal()->isVisible());
    CHECK(g.grid.refusal()->text().contains(QStringLiteral("岜沙村")));
    CHECK(g.grid.hasUnsavedChanges());
    CHECK(c.stored(c.basha, "households") == -1);
    CHECK(c.stored(c.xiaohuang, "households") == -1);

    // Copy gives the block back as a spreadsheet takes it.
    g.view()->selectionModel()->select(
        QItemSelection(m->index(basha, October), m->index(basha, October + 1)), QItemSelectionModel::ClearAndSelect);
    CHECK(m->copy(g.view()->selectionModel()->selectedIndexes()) == QStringLiteral("10\t25\n"));
}

TEST_CASE("GoalsGrid: cells the account may not change are read-only with the reason", "[goals][grid]")
{
    GoalsCounty c;
    SECTION("county staff: the villages are their townships' to set")
    {
        c.actAs(QStringLiteral("xian"));
        Grid g(c);
        GoalsTableModel *m = g.model();
        CHECK(m->isEditable(m->rowOf(c.county), October));
        CHECK(m->isEditable(m->rowOf(c.guandong), GoalsTableModel::PeopleColumn));
        const int basha = m->rowOf(c.basha);
        CHECK_FALSE(m->isEditable(basha, October));
        CHECK_FALSE(m->flags(m->index(basha, October)).testFlag(Qt::ItemIsEditable));
        CHECK(m->data(m->index(basha, October), Qt::ToolTipRole).toString().contains(QStringLiteral("岜沙村")));
        g.focusCell(basha, October);
        type(g.view(), QStringLiteral("9"));
        CHECK(!g.view()->isEditing());
        CHECK(m->figuresAt(basha).months[9] == 0);
        CHECK_FALSE(g.grid.hasUnsavedChanges());
    }
    SECTION("a village account changes nothing and cannot save")
    {
        c.actAs(QStringLiteral("cun"));
        Grid g(c);
        GoalsTableModel *m = g.model();
        for (int row = 0; row < m->rowCount(); ++row) {
            for (int column = 0; column < GoalsTableModel::ColumnCount; ++column)
                CHECK_FALSE(m->isEditable(row, column));
        }
        CHECK_FALSE(m->refusalAt(m->rowOf(c.basha)).isEmpty());
        CHECK_FALSE(m->setCellText(m->rowOf(c.basha), October, QStringLiteral("5")));
        CHECK_FALSE(g.grid.saveButton()->isEnabled());
        // Reading is for everyone.
        CHECK(text(m, m->rowOf(c.county), GoalsTableModel::HouseholdsColumn) == QStringLiteral("100"));
    }
}
