// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/HouseholdList.h"
#include "TestCounty.h"
#include "register/HouseholdRepository.h"

#include <catch2/catch.hpp>

namespace {

QStringList codes(const HouseholdList &list)
{
    QStringList result;
    const auto rows = list.page(0, 1000);
    REQUIRE(rows);
    for (const HouseholdRow &r : rows.value())
        result << r.code;
    return result;
}

struct SearchCounty : TestCounty
{
    QList<Household> saved;

    SearchCounty()
    {
        HouseholdRepository repository(*db);
        for (int i = 0; i < 6; ++i) {
            Household h = household(QStringLiteral("52263310120100%1").arg(i + 10), i + 1);
            if (i == 5) {
                moveTo(h, otherVillage);
                h.townshipId = otherTownship;
                h.groupId = otherGroup;
            }
            h.phone = QStringLiteral("1391234560%1").arg(i);
            REQUIRE(repository.save(h));
            saved << h;
        }
    }
    HouseholdList list(const QString &text, int level = 1, qint64 division = 0) const
    {
        HouseholdList l(*db);
        HouseholdFilter f;
        f.text = text;
        f.divisionLevel = level;
        f.divisionId = division;
        l.setFilter(f);
        return l;
    }
};

} // namespace

TEST_CASE("the household list searches names, ID digits, codes and phones")
{
    SearchCounty county;
    const Household &third = county.saved.at(2);
    const Member &spouse = third.members.at(1);

    SECTION("any part of any member's name")
    {
        const QString part = spouse.name.mid(1, 1);
        HouseholdList list = county.list(part);
        REQUIRE(list.count().value() >= 1);
        CHECK(codes(list).contains(third.code));
        CHECK(county.list(spouse.name).count().value() >= 1);
        CHECK(county.list(spouse.name + QStringLiteral("不存在")).count().value() == 0);
    }
    SECTION("the last four to six characters of an ID, or all of it")
    {
        for (int n : {4, 5, 6, 18}) {
            HouseholdList list = county.list(spouse.idNumber.right(n));
            INFO(n);
            CHECK(codes(list).contains(third.code));
            CHECK(list.count().value() == codes(list).size());
        }
        // Fewer than four digits do not filter at all.
        CHECK(county.list(spouse.idNumber.right(3)).count().value() == 6);
    }
    SECTION("full-width digits and a lowercase x are read as typed on a Chinese keyboard")
    {
        QString wide;
        for (const QChar c : spouse.idNumber.right(5))
            wide += c.isDigit() ? QChar(0xFF10 + c.digitValue()) : c.toLower();
        CHECK(codes(county.list(wide)).contains(third.code));
    }
    SECTION("the beginning of a household code or a phone number")
    {
        CHECK(codes(county.list(third.code)) == QStringList{third.code});
        CHECK(codes(county.list(third.phone)) == QStringList{third.code});
        CHECK(county.list(third.phone.left(8)).count().value() == 6);
    }
    SECTION("within a division only")
    {
        const Household &far = county.saved.at(5);
        CHECK(county.list(far.members.at(0).name, 2, county.otherTownship).count().value() >= 1);
        CHECK_FALSE(codes(county.list(far.members.at(0).idNumber.right(6), 2, county.township)).contains(far.code));
    }
    SECTION("deleted households are not found, and people are not counted while searching")
    {
        REQUIRE(HouseholdRepository(*county.db).softDelete(third.meta.id, QStringLiteral("迁出")));
        HouseholdList list = county.list(spouse.idNumber.right(6));
        CHECK(list.count().value() == 0);
        CHECK_FALSE(list.people().has_value());
        CHECK(county.list(QString()).people().value() == 5 * 3);
    }
}

TEST_CASE("the household list filters by status, attribute, cause, monitoring and cadre")
{
    SearchCounty county;
    county.exec(QStringLiteral("UPDATE household SET status_code = '3', monitoring_category = '1' WHERE id = ?"),
        {county.saved.at(0).meta.id});
    county.pair(county.saved.at(1).meta.id, county.addCadre(QStringLiteral("李干部")));
    HouseholdList list(*county.db);
    HouseholdFilter f;
    f.statusCode = QStringLiteral("3");
    list.setFilter(f);
    CHECK(codes(list) == QStringList{county.saved.at(0).code});
    f = {};
    f.monitoringCategory = QStringLiteral("1");
    list.setFilter(f);
    CHECK(codes(list) == QStringList{county.saved.at(0).code});
    f = {};
    f.cadre = HouseholdFilter::Cadre::With;
    list.setFilter(f);
    CHECK(codes(list) == QStringList{county.saved.at(1).code});
    f.cadre = HouseholdFilter::Cadre::Without;
    list.setFilter(f);
    CHECK(list.count().value() == 5);
    f = {};
    f.mainCauseCode = county.saved.at(0).mainCauseCode;
    f.attributeCode = county.saved.at(0).attributeCode;
    list.setFilter(f);
    CHECK(list.count().value() == 6);
}
