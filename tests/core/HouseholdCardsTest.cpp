// SPDX-License-Identifier: GPL-3.0-or-later
// The household card's content (明白卡, core/cards): what the register says, in the card's words;
// the ID number masked unless the county prints it whole; a village account's cards of its own
// village only; a household with nothing recorded still has a card.
#include "cards/HouseholdCards.h"

#include "TestCounty.h"
#include "common/Masking.h"
#include "common/Money.h"
#include "county/CodeLists.h"
#include "county/CountySettings.h"
#include "county/PovertyStandards.h"
#include "forces/ForcesKinds.h"
#include "funds/BenefitBook.h"
#include "register/HouseholdRepository.h"

#include <catch2/catch.hpp>

namespace {

template <typename T> T ok(Result<T> r)
{
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

// A household of 岜沙村 with a cadre, a measure and a benefit of the year (and a measure of an
// earlier year, not on the card); one of 贯洞村.
struct CardCounty : TestCounty
{
    qint64 home = 0, away = 0;
    QString headId;

    CardCounty()
    {
        HouseholdRepository repo(*db);
        Household h = household(QStringLiteral("H1"), 1);
        h.phone = QStringLiteral("13800001111");
        h.otherCause1Code = QStringLiteral("01");
        headId = h.members.first().idNumber;
        home = ok(repo.save(h));
        Household a = household(QStringLiteral("H2"), 2);
        a.townshipId = otherTownship;
        moveTo(a, otherVillage);
        a.groupId = otherGroup;
        away = ok(repo.save(a));

        const qint64 cadre = addCadre(QStringLiteral("张帮扶"));
        exec(QStringLiteral("UPDATE cadre SET phone = '13900002222' WHERE id = ?"), {cadre});
        pair(home, cadre);
        for (const auto &[date, fen, text] : {std::tuple{QDate(Year, 4, 1), qint64(123'456), "养殖黑山羊10只"},
                 std::tuple{QDate(Year - 2, 4, 1), qint64(99'900), "早年的措施"}}) {
            Measure m;
            m.householdId = home;
            m.categoryCode = QStringLiteral("01");
            m.description = QString::fromUtf8(text);
            m.startDate = date;
            m.amountFen = fen;
            m.result = QStringLiteral("年增收3000元");
            ok(MeasureRepository(*db).save(m));
        }
        HouseholdBenefit b;
        b.householdId = home;
        b.year = Year;
        b.benefitCode = QStringLiteral("subsistence");
        b.amountFen = 360'050;
        ok(BenefitBook(*db).save(b));
    }

    QString codeOfDivision(qint64 id) const
    {
        return scalar(QStringLiteral("SELECT code FROM division WHERE id = ?"), {id}).toString();
    }
};

} // namespace

TEST_CASE("A household card holds the register's household, members, measures, cadre and income of the year")
{
    CardCounty c;
    const HouseholdCards cards(*c.db, TestCounty::Year, QDate(2020, 6, 1));
    const HouseholdCard card = ok(cards.build(c.home));
    const CodeLists codes(*c.db);

    CHECK(card.title == HouseholdCards::defaultTitle(QStringLiteral("从江县"), TestCounty::Year));
    CHECK(card.title.contains(QStringLiteral("从江县")));
    CHECK(card.title.contains(QString::number(TestCounty::Year)));
    CHECK(card.county == QStringLiteral("从江县"));
    CHECK(card.township == QStringLiteral("丙妹镇"));
    CHECK(card.village == QStringLiteral("岜沙村"));
    CHECK(card.group == QStringLiteral("一组"));
    CHECK(card.code == c.codeOf(QStringLiteral("H1")));
    CHECK(card.headName == QStringLiteral("王大山"));
    CHECK(card.headIdNumber == Masking::mask(c.headId));
    CHECK(card.headIdNumber != c.headId);
    CHECK(card.phone == QStringLiteral("13800001111"));
    CHECK(card.size == 3);
    CHECK(card.attribute == codes.name(CodeList::Attribute, QStringLiteral("01")));
    CHECK(card.causes
        == QStringList{
            codes.name(CodeList::Cause, QStringLiteral("05")), codes.name(CodeList::Cause, QStringLiteral("01"))});
    REQUIRE(card.farmlandMu);
    CHECK(*card.farmlandMu == 4.5);

    REQUIRE(card.members.size() == 3);
    CHECK(card.members.at(1).name == QStringLiteral("李秀英"));
    CHECK(card.members.at(1).relation == codes.name(CodeList::Relation, QStringLiteral("10")));
    CHECK(card.members.at(0).age == 55); // born 1965-01-02, on 2020-06-01
    CHECK(card.members.at(2).schooling == codes.name(CodeList::Schooling, QStringLiteral("08")));

    // Only the measures and benefits of the year, with their amounts.
    REQUIRE(card.measures.size() == 2);
    CHECK(card.measures.at(0).sector == codes.name(CodeList::Measure, QStringLiteral("01")));
    CHECK(card.measures.at(0).measure.contains(QStringLiteral("养殖黑山羊10只")));
    CHECK(card.measures.at(0).amountFen == 123'456);
    CHECK(card.measures.at(0).result.contains(Money::fromFen(123'456).toString()));
    CHECK(card.measures.at(0).result.contains(QStringLiteral("年增收3000元")));
    CHECK(card.measures.at(1).measure == BenefitBook::typeName(QStringLiteral("subsistence")));
    CHECK(card.measures.at(1).amountFen == 360'050);
    CHECK(card.measures.at(1).result.contains(Money::fromFen(360'050).toString()));

    CHECK(card.cadreName == QStringLiteral("张帮扶"));
    CHECK(card.cadrePhone == QStringLiteral("13900002222"));
    REQUIRE(card.perCapitaFen);
    CHECK(*card.perCapitaFen == (1'200'000 + 300'000 - 50'000) / 3);
    const auto standard = PovertyStandards(*c.db).forYear(TestCounty::Year);
    REQUIRE(standard);
    REQUIRE(card.standardFen);
    CHECK(*card.standardFen == standard->fen);
    CHECK(card.standardIsThreshold == standard->isThreshold);
    CHECK(card.supervisionPhones == QStringList{QStringLiteral("12317")});

    // The boxes: everyone insured for medical care; no one out of school.
    REQUIRE(card.boxes.size() == 8);
    CHECK(card.boxes.at(0).value == std::optional<bool>(true));
    CHECK(card.boxes.at(3).value == std::optional<bool>(false));
}

TEST_CASE("The county's settings give a household card its title, whole ID numbers and supervision phone")
{
    CardCounty c;
    CountySettings settings(*c.db);
    REQUIRE(settings.setValue(CountySettings::CardTitle, QStringLiteral("从江县扶贫攻坚明白卡")));
    REQUIRE(settings.setValue(CountySettings::CardWholeIdNumbers, QStringLiteral("1")));
    REQUIRE(settings.setValue(CountySettings::SupervisionPhone, QStringLiteral("0855-6411234")));
    const HouseholdCard card = ok(HouseholdCards(*c.db, TestCounty::Year).build(c.home));
    CHECK(card.title.startsWith(QStringLiteral("从江县扶贫攻坚明白卡")));
    CHECK(card.title.contains(QString::number(TestCounty::Year)));
    CHECK(card.headIdNumber == c.headId);
    CHECK(card.supervisionPhones == QStringList{QStringLiteral("12317"), QStringLiteral("0855-6411234")});
}

TEST_CASE("A village account gets household cards of its own village only and is refused others in words")
{
    CardCounty c;
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    const HouseholdCards cards(*c.db, TestCounty::Year);

    CHECK(ok(cards.build(c.home)).code == c.codeOf(QStringLiteral("H1")));
    const Result<HouseholdCard> away = cards.build(c.away);
    REQUIRE_FALSE(away.ok());
    CHECK(away.error().contains(QStringLiteral("贯洞村")));

    QStringList visited;
    REQUIRE(cards.forDivision(c.codeOfDivision(c.village), [&](const HouseholdCard &card) {
        visited << card.code;
        return true;
    }));
    CHECK(visited == QStringList{c.codeOf(QStringLiteral("H1"))});
    CHECK(ok(cards.countInDivision(c.codeOfDivision(c.village))) == 1);

    for (const qint64 division : {c.otherVillage, c.county}) {
        visited.clear();
        const Status refused = cards.forDivision(c.codeOfDivision(division), [&](const HouseholdCard &card) {
            visited << card.code;
            return true;
        });
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(
            c.scalar(QStringLiteral("SELECT name FROM division WHERE id = ?"), {division}).toString()));
        CHECK(visited.isEmpty());
        CHECK_FALSE(cards.countInDivision(c.codeOfDivision(division)).ok());
    }
    const Status unknown
        = cards.forDivision(QStringLiteral("999999999999"), [](const HouseholdCard &) { return true; });
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("999999999999")));
}

TEST_CASE("A household with no members, cadre or measures still has a card, blank where nothing is recorded")
{
    CardCounty c;
    c.exec(QStringLiteral("DELETE FROM member WHERE household_id = ?"), {c.away});
    c.exec(QStringLiteral("DELETE FROM living_condition WHERE household_id = ?"), {c.away});
    const HouseholdCard card = ok(HouseholdCards(*c.db, TestCounty::Year).build(c.away));
    CHECK(card.code == c.scalar(QStringLiteral("SELECT code FROM household WHERE id = ?"), {c.away}).toString());
    CHECK(card.headName.isEmpty());
    CHECK(card.headIdNumber.isEmpty());
    CHECK(card.members.isEmpty());
    CHECK(card.size == 0);
    CHECK(card.measures.isEmpty());
    CHECK(card.cadreName.isEmpty());
    CHECK_FALSE(card.farmlandMu);
    CHECK_FALSE(card.boxes.at(0).value); // medical insurance: nobody to say
    CHECK_FALSE(card.boxes.at(2).value); // drinking water: no living conditions recorded

    // And a county walk hands over every household, this one among them.
    int count = 0;
    REQUIRE(HouseholdCards(*c.db, TestCounty::Year).forDivision(QStringLiteral("522633"), [&](const HouseholdCard &) {
        ++count;
        return true;
    }));
    CHECK(count == 2);
}
