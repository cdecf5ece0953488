// SPDX-License-Identifier: GPL-3.0-or-later
// What blocks a save, through the core call that the editor, the CLI and the repository share.
#include "register/HouseholdChecks.h"

#include "TestCounty.h"
#include "register/IdNumber.h"

#include <catch2/catch.hpp>

namespace {

Member member(const QString &name, const QString &relation, const QDate &born, int sequence)
{
    Member m;
    m.name = name;
    m.relationCode = relation;
    m.birthDate = born;
    m.sexCode = sequence % 2 ? QStringLiteral("1") : QStringLiteral("2");
    m.idNumber = IdNumber::make(QStringLiteral("522633"), born, sequence);
    return m;
}

// A household with nothing to object to: every test breaks one thing.
Household savable()
{
    Household h;
    h.code = QStringLiteral("5226331012010001");
    h.townshipId = 2;
    h.villageId = 3;
    h.phone = QStringLiteral("13812345678");
    h.attributeCode = QStringLiteral("01");
    h.mainCauseCode = QStringLiteral("05");
    h.members = {member(QStringLiteral("王大山"), QStringLiteral("01"), QDate(1965, 3, 1), 11),
        member(QStringLiteral("李秀英"), QStringLiteral("10"), QDate(1967, 5, 2), 22),
        member(QStringLiteral("王小明"), QStringLiteral("20"), QDate(2005, 8, 3), 33)};
    IncomeRecord income;
    income.year = 2019;
    income.householdSize = 3;
    income.wageMigrant = 1'200'000;
    h.incomes = {income};
    LivingConditions living;
    living.year = 2019;
    living.farmlandMu = 4.5;
    h.livingConditions = {living};
    return h;
}

QStringList problems(const Household &h)
{
    return HouseholdChecks::problems(h);
}

} // namespace

TEST_CASE("a complete household can be saved")
{
    const Household h = savable();
    CHECK(problems(h) == QStringList());
    // Optional things left out are no problem: no phone, no group, no income or living record.
    Household bare = h;
    bare.phone.clear();
    bare.groupId = 0;
    bare.incomes.clear();
    bare.livingConditions.clear();
    CHECK(problems(bare) == QStringList());
}

TEST_CASE("the household needs a place, a code, an attribute and a main cause")
{
    Household h = savable();
    SECTION("township and village")
    {
        h.villageId = 0;
        CHECK(problems(h) == QStringList{QStringLiteral("Choose the township and village.")});
        h = savable();
        h.townshipId = 0;
        CHECK(problems(h) == QStringList{QStringLiteral("Choose the township and village.")});
    }
    SECTION("the household code, also when only spaces")
    {
        h.code = QStringLiteral("   ");
        CHECK(problems(h) == QStringList{QStringLiteral("The household code is empty.")});
        h.code.clear();
        CHECK(problems(h) == QStringList{QStringLiteral("The household code is empty.")});
    }
    SECTION("the attribute")
    {
        h.attributeCode.clear();
        CHECK(problems(h) == QStringList{QStringLiteral("Choose the household attribute.")});
    }
    SECTION("the main poverty cause")
    {
        h.mainCauseCode.clear();
        CHECK(problems(h) == QStringList{QStringLiteral("Choose the main poverty cause.")});
    }
    SECTION("a phone number, when there is one, must be one")
    {
        h.phone = QStringLiteral("1381234567");
        const QStringList p = problems(h);
        REQUIRE(p.size() == 1);
        CHECK(p.first().startsWith(QStringLiteral("Phone: ")));
        h.phone = QStringLiteral("138 1234 5678");
        CHECK(problems(h) == QStringList());
    }
    SECTION("several problems, each named once, in the booklet's order")
    {
        h.villageId = 0;
        h.code.clear();
        h.attributeCode.clear();
        h.mainCauseCode.clear();
        CHECK(problems(h)
            == QStringList{QStringLiteral("Choose the township and village."),
                QStringLiteral("The household code is empty."), QStringLiteral("Choose the household attribute."),
                QStringLiteral("Choose the main poverty cause.")});
    }
}

TEST_CASE("exactly one member is the head")
{
    Household h = savable();
    SECTION("no members at all")
    {
        h.members.clear();
        CHECK(problems(h) == QStringList{QStringLiteral("Add the members of the household, the head first.")});
    }
    SECTION("no head")
    {
        h.members[0].relationCode = QStringLiteral("30");
        CHECK(problems(h) == QStringList{QStringLiteral("No member is the head of household (户主).")});
    }
    SECTION("two heads, or three")
    {
        h.members[1].relationCode = QStringLiteral("01");
        CHECK(problems(h) == QStringList{QStringLiteral("2 members are marked as head; only one can be.")});
        h.members[2].relationCode = QStringLiteral("01");
        CHECK(problems(h) == QStringList{QStringLiteral("3 members are marked as head; only one can be.")});
    }
    SECTION("the head need not be listed first")
    {
        h.members.move(0, 2);
        CHECK(problems(h) == QStringList());
    }
}

TEST_CASE("every member has a name, a relation and a valid ID number")
{
    Household h = savable();
    SECTION("a missing name is reported by the member's place in the list")
    {
        h.members[1].name = QStringLiteral(" \u3000");
        CHECK(problems(h) == QStringList{QStringLiteral("member no. 2 has no name.")});
    }
    SECTION("the relation to the head")
    {
        h.members[2].relationCode.clear();
        CHECK(problems(h) == QStringList{QStringLiteral("王小明: choose the relation to the head.")});
    }
    SECTION("no ID number")
    {
        h.members[2].idNumber.clear();
        CHECK(problems(h) == QStringList{QStringLiteral("王小明 has no ID number.")});
    }
    SECTION("an invalid ID number, with the number and the reason")
    {
        QString wrong = h.members[1].idNumber;
        wrong.back() = wrong.back() == u'0' ? u'1' : u'0';
        h.members[1].idNumber = wrong;
        const QStringList p = problems(h);
        REQUIRE(p.size() == 1);
        CHECK(p.first().startsWith(QStringLiteral("李秀英's ID number %1: ").arg(wrong)));
        CHECK(p.first().contains(QStringLiteral("check")));
    }
    SECTION("a member with nothing filled in gets each problem, under its number")
    {
        h.members.append(Member());
        CHECK(problems(h)
            == QStringList{QStringLiteral("member no. 4 has no name."),
                QStringLiteral("member no. 4: choose the relation to the head."),
                QStringLiteral("member no. 4 has no ID number.")});
    }
}

TEST_CASE("two members of a household cannot have the same ID number")
{
    Household h = savable();
    SECTION("typed the same")
    {
        h.members[2].idNumber = h.members[1].idNumber;
        CHECK(problems(h)
            == QStringList{QStringLiteral("李秀英 and 王小明 have the same ID number %1.").arg(h.members[1].idNumber)});
    }
    SECTION("typed differently: full-width digits and spaces are the same number")
    {
        QString wide;
        for (const QChar c : h.members[0].idNumber)
            wide += c.isDigit() ? QChar(0xFF10 + c.digitValue()) : c;
        h.members[2].idNumber = wide.left(6) + u' ' + wide.mid(6);
        const QStringList p = problems(h);
        REQUIRE(p.size() == 1);
        CHECK(p.first() == QStringLiteral("王大山 and 王小明 have the same ID number %1.").arg(h.members[0].idNumber));
    }
    SECTION("an X check digit in either case")
    {
        // Sequences until one gives the check digit X.
        QString withX;
        for (int seq = 0; seq < 1000 && !withX.endsWith(u'X'); ++seq)
            withX = IdNumber::make(QStringLiteral("522633"), QDate(1967, 5, 2), seq);
        REQUIRE(withX.endsWith(u'X'));
        h.members[1].idNumber = withX;
        h.members[2].idNumber = withX.toLower();
        CHECK(problems(h) == QStringList{QStringLiteral("李秀英 and 王小明 have the same ID number %1.").arg(withX)});
    }
}

TEST_CASE("months worked and welfare-job months are 0 to 12, whatever the ID number")
{
    Household h = savable();
    SECTION("with a valid ID")
    {
        h.members[1].monthsWorked = 13;
        CHECK(problems(h) == QStringList{QStringLiteral("李秀英: months worked must be 0 to 12.")});
        h.members[1].monthsWorked = -1;
        CHECK(problems(h) == QStringList{QStringLiteral("李秀英: months worked must be 0 to 12.")});
        h.members[1].monthsWorked = 12;
        CHECK(problems(h) == QStringList());
    }
    // These members used to skip the months check: it came after a `continue` for the ID.
    SECTION("without an ID number")
    {
        h.members[1].idNumber.clear();
        h.members[1].monthsWorked = 13;
        CHECK(problems(h)
            == QStringList{
                QStringLiteral("李秀英 has no ID number."), QStringLiteral("李秀英: months worked must be 0 to 12.")});
    }
    SECTION("with an invalid ID number")
    {
        h.members[1].idNumber = QStringLiteral("12345");
        h.members[1].monthsWorked = 99;
        const QStringList p = problems(h);
        REQUIRE(p.size() == 2);
        CHECK(p.at(0).startsWith(QStringLiteral("李秀英's ID number 12345: ")));
        CHECK(p.at(1) == QStringLiteral("李秀英: months worked must be 0 to 12."));
    }
    SECTION("with the ID of another member")
    {
        h.members[2].idNumber = h.members[1].idNumber;
        h.members[2].monthsWorked = 13;
        CHECK(problems(h).contains(QStringLiteral("王小明: months worked must be 0 to 12.")));
    }
    SECTION("welfare-job months")
    {
        h.members[0].welfareJobMonths = 13;
        CHECK(problems(h) == QStringList{QStringLiteral("王大山: welfare-job months must be 0 to 12.")});
        h.members[0].welfareJobMonths = -2;
        h.members[0].idNumber.clear();
        CHECK(problems(h)
            == QStringList{QStringLiteral("王大山 has no ID number."),
                QStringLiteral("王大山: welfare-job months must be 0 to 12.")});
    }
}

TEST_CASE("amounts of income and land are never negative")
{
    Household h = savable();
    SECTION("any income amount")
    {
        h.incomes[0].opCosts = -1;
        CHECK(problems(h)
            == QStringList{QStringLiteral("Income in 2019: an amount is negative (-0.01 yuan); amounts cannot be "
                                          "below zero.")});
        h.incomes[0].opCosts = 0;
        h.incomes[0].trInsurance = -325050;
        CHECK(problems(h)
            == QStringList{QStringLiteral("Income in 2019: an amount is negative (-3,250.50 yuan); amounts cannot "
                                          "be below zero.")});
    }
    SECTION("any area or distance of the living conditions")
    {
        h.livingConditions[0].roadDistanceKm = -0.5;
        CHECK(problems(h)
            == QStringList{QStringLiteral(
                "Living conditions in 2019: an area or distance is negative (-0.5); it cannot be below zero.")});
    }
}
