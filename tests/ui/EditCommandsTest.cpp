// SPDX-License-Identifier: GPL-3.0-or-later
// The household editor's undo commands on their own: each undo gives back exactly the household
// before it, each redo exactly the household after it.
#include "households/EditCommands.h"
#include "households/EditorBinder.h"
#include "register/IdNumber.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QUuid>

#include <catch2/catch.hpp>

namespace {

Member member(const QString &name, const QString &relation, int seed)
{
    Member m;
    m.meta.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.name = name;
    m.relationCode = relation;
    m.birthDate = QDate(1960, 1, 1).addDays(seed * 400);
    m.idNumber = IdNumber::make(QStringLiteral("522633"), m.birthDate, seed);
    m.monthsWorked = seed % 13;
    return m;
}

// A saved household of four, as an editor holds it.
Household household()
{
    Household h;
    h.meta.id = 7;
    h.meta.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    h.code = QStringLiteral("5226331012010007");
    h.members = {member(QStringLiteral("龙老三"), QStringLiteral("01"), 11),
        member(QStringLiteral("吴秀英"), QStringLiteral("10"), 22),
        member(QStringLiteral("龙小妹"), QStringLiteral("30"), 33),
        member(QStringLiteral("龙小弟"), QStringLiteral("20"), 44)};
    for (int i = 0; i < h.members.size(); ++i)
        h.members[i].meta.id = 100 + i;
    IncomeRecord income;
    income.year = 2019;
    income.householdSize = 4;
    income.wageMigrant = 1'200'000;
    h.incomes = {income};
    return h;
}

QStringList names(const Household &h)
{
    QStringList result;
    for (const Member &m : h.members)
        result << m.name;
    return result;
}

struct Editor
{
    Household h = household();
    QUndoStack stack;
    EditorBinder binder{h, &stack};

    Editor() { binder.setCurrentMember(h.members.at(1).meta.uuid); }
    QString current() const { return binder.currentMember(); }
};

} // namespace

TEST_CASE("adding a member is undone and redone exactly")
{
    Editor e;
    const Household before = e.h;
    const QString currentBefore = e.current();
    Member added = member(QStringLiteral("龙新生"), QStringLiteral("30"), 55);
    QSignalSpy membersChanged(&e.binder, &EditorBinder::membersChanged);

    SECTION("at the end")
    {
        e.stack.push(new AddMemberCommand(&e.binder, 4, added));
        REQUIRE(e.h.members.size() == 5);
        CHECK(e.h.members.at(4) == added);
        CHECK(e.current() == added.meta.uuid);
        CHECK(membersChanged.count() == 1);
        const Household after = e.h;
        e.stack.undo();
        CHECK(e.h == before);
        CHECK(e.current() == currentBefore);
        e.stack.redo();
        CHECK(e.h == after);
        CHECK(e.current() == added.meta.uuid);
    }
    SECTION("in the middle")
    {
        e.stack.push(new AddMemberCommand(&e.binder, 1, added));
        CHECK(names(e.h)
            == QStringList{QStringLiteral("龙老三"), QStringLiteral("龙新生"), QStringLiteral("吴秀英"),
                QStringLiteral("龙小妹"), QStringLiteral("龙小弟")});
        e.stack.undo();
        CHECK(e.h == before);
        CHECK(e.current() == currentBefore);
    }
}

TEST_CASE("removing a member is undone exactly, in its place and with its saved id")
{
    Editor e;
    const Household before = e.h;

    SECTION("from the middle")
    {
        e.binder.setCurrentMember(e.h.members.at(2).meta.uuid);
        e.stack.push(new RemoveMemberCommand(&e.binder, 2));
        CHECK(names(e.h) == QStringList{QStringLiteral("龙老三"), QStringLiteral("吴秀英"), QStringLiteral("龙小弟")});
        // The member below takes the removed one's place as the current member.
        CHECK(e.current() == before.members.at(3).meta.uuid);
        const Household after = e.h;
        e.stack.undo();
        CHECK(e.h == before);
        CHECK(e.current() == before.members.at(2).meta.uuid);
        e.stack.redo();
        CHECK(e.h == after);
    }
    SECTION("the last one: the one above becomes current")
    {
        e.binder.setCurrentMember(e.h.members.at(3).meta.uuid);
        e.stack.push(new RemoveMemberCommand(&e.binder, 3));
        CHECK(e.current() == before.members.at(2).meta.uuid);
        e.stack.undo();
        CHECK(e.h == before);
    }
    SECTION("every member, one after another, and all back")
    {
        for (int i = 0; i < 4; ++i)
            e.stack.push(new RemoveMemberCommand(&e.binder, 0));
        CHECK(e.h.members.isEmpty());
        CHECK(e.current().isEmpty());
        while (e.stack.canUndo())
            e.stack.undo();
        CHECK(e.h == before);
    }
}

TEST_CASE("moving a member is undone and redone exactly, up, down and far")
{
    Editor e;
    const Household before = e.h;
    const QString currentBefore = e.current();
    const QList<std::pair<int, int>> moves{{0, 1}, {1, 0}, {0, 3}, {3, 0}, {1, 2}, {2, 1}, {0, 2}};
    for (const auto &[from, to] : moves) {
        INFO(from << " to " << to);
        const Member moved = e.h.members.at(from);
        e.stack.push(new MoveMemberCommand(&e.binder, from, to));
        CHECK(e.h.members.at(to) == moved);
        CHECK(e.h.members.size() == 4);
        CHECK(e.current() == currentBefore); // moving does not change whom the form shows
        const Household after = e.h;
        e.stack.undo();
        CHECK(e.h == before);
        e.stack.redo();
        CHECK(e.h == after);
        e.stack.undo();
    }
}

TEST_CASE("changing a value is undone and redone exactly, typing in one field is one step")
{
    Editor e;
    const Household before = e.h;
    const QString uuid = e.h.members.at(2).meta.uuid;
    const FieldTarget name{FieldTarget::Member, QStringLiteral("name"), uuid};

    SECTION("one change")
    {
        e.binder.change(name, QStringLiteral("龙小梅"));
        CHECK(e.h.members.at(2).name == QStringLiteral("龙小梅"));
        CHECK(e.stack.count() == 1);
        e.stack.undo();
        CHECK(e.h == before);
        e.stack.redo();
        CHECK(e.h.members.at(2).name == QStringLiteral("龙小梅"));
        // The same value again is no step at all.
        e.binder.change(name, QStringLiteral("龙小梅"));
        CHECK(e.stack.count() == 1);
    }
    SECTION("keystrokes in one field merge; another field is a step of its own")
    {
        for (const char *typed : {"龙", "龙小", "龙小梅"})
            e.binder.change(name, QString::fromUtf8(typed), true);
        CHECK(e.stack.count() == 1);
        e.binder.change({FieldTarget::Household, QStringLiteral("phone"), {}}, QStringLiteral("13812345678"), true);
        CHECK(e.stack.count() == 2);
        e.stack.undo();
        CHECK(e.h.phone.isEmpty());
        CHECK(e.h.members.at(2).name == QStringLiteral("龙小梅"));
        e.stack.undo();
        CHECK(e.h == before);
    }
    SECTION("typed and taken back leaves nothing to undo")
    {
        e.binder.change(name, QStringLiteral("龙小妹x"), true);
        e.binder.change(name, QStringLiteral("龙小妹"), true);
        CHECK(e.stack.count() == 0);
        CHECK(e.h == before);
    }
    SECTION("a member's change follows the member when it has moved")
    {
        e.binder.change(name, QStringLiteral("龙小梅"));
        e.stack.push(new MoveMemberCommand(&e.binder, 2, 0));
        e.stack.undo();
        e.stack.undo();
        CHECK(e.h == before);
        e.stack.redo();
        e.stack.redo();
        CHECK(e.h.members.at(0).name == QStringLiteral("龙小梅"));
        CHECK(e.h.members.at(0).meta.uuid == uuid);
    }
    SECTION("an amount of a year that has a record")
    {
        e.binder.setYear(2019);
        e.binder.change({FieldTarget::Income, QStringLiteral("op_crops"), QStringLiteral("2019")}, qint64(325050));
        CHECK(e.h.incomeFor(2019)->opCrops == 325050);
        e.stack.undo();
        CHECK(e.h == before);
    }
}

TEST_CASE("a long edit is undone to the household as loaded and redone to the household as edited")
{
    Editor e;
    const Household before = e.h;
    Member added = member(QStringLiteral("龙新生"), QStringLiteral("30"), 55);
    e.stack.push(new AddMemberCommand(&e.binder, 4, added));
    e.binder.change({FieldTarget::Member, QStringLiteral("months_worked"), added.meta.uuid}, 6);
    e.stack.push(new MoveMemberCommand(&e.binder, 4, 1));
    e.binder.setCurrentMember(e.h.members.at(3).meta.uuid);
    e.stack.push(new RemoveMemberCommand(&e.binder, 3));
    e.binder.change(
        {FieldTarget::Member, QStringLiteral("name"), before.members.at(0).meta.uuid}, QStringLiteral("龙老四"), true);
    e.binder.change({FieldTarget::Household, QStringLiteral("address"), {}}, QStringLiteral("岜沙村一组"), true);
    const Household after = e.h;
    CHECK(names(after)
        == QStringList{
            QStringLiteral("龙老四"), QStringLiteral("龙新生"), QStringLiteral("吴秀英"), QStringLiteral("龙小弟")});
    CHECK(after.members.at(1).monthsWorked == 6);

    while (e.stack.canUndo())
        e.stack.undo();
    CHECK(e.h == before);
    while (e.stack.canRedo())
        e.stack.redo();
    CHECK(e.h == after);
}

// A known bug, left to the owner of EditorBinder: apply() creates the year's record (with the
// household size filled in) and undo only writes the old value back, so the record stays and the
// income summary shows "0.00" instead of "no income recorded". Marked to fail until fixed; Catch
// reports it when it starts passing, and then the mark goes.
TEST_CASE("the first amount typed for a new year is undone to no record of that year", "[!shouldfail]")
{
    Editor e;
    const Household before = e.h;
    e.binder.setYear(2020);
    e.binder.change(
        {FieldTarget::Income, QStringLiteral("wage_migrant"), QStringLiteral("2020")}, qint64(500000), true);
    REQUIRE(e.h.incomeFor(2020));
    CHECK(e.h.incomeFor(2020)->householdSize == 4);
    e.stack.undo();
    CHECK(e.h.incomeFor(2020) == nullptr);
    CHECK(e.h == before);
    e.stack.redo();
    REQUIRE(e.h.incomeFor(2020));
    CHECK(e.h.incomeFor(2020)->wageMigrant == 500000);
}
