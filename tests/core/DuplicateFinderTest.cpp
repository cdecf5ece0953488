// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/DuplicateFinder.h"

#include "TestCounty.h"
#include "register/HouseholdRepository.h"
#include "register/IdNumber.h"

#include <catch2/catch.hpp>

namespace {

Household saved(const TestCounty &c, Household h)
{
    const Result<qint64> r = HouseholdRepository(*c.db).save(h);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return h;
}

// Someone with the same name and birth date as `like`, but another ID number.
Member namesake(const Member &like, int sequence)
{
    Member m = like;
    m.meta = {};
    m.relationCode = QStringLiteral("61");
    m.idNumber = IdNumber::make(QStringLiteral("522633"), like.birthDate, sequence);
    return m;
}

QStringList uuidsOf(const QList<PersonRef> &people)
{
    QStringList uuids;
    for (const PersonRef &p : people)
        uuids << p.memberUuid;
    return uuids;
}

} // namespace

TEST_CASE("DuplicateFinder: a resident ID is found in another household only", "[duplicates]")
{
    TestCounty c;
    DuplicateFinder finder(*c.db);
    const Household a = saved(c, c.household(QStringLiteral("A"), 1));
    const Household b = saved(c, c.household(QStringLiteral("B"), 2));
    const Member &head = a.members[0];

    const std::optional<PersonRef> found = finder.registeredId(head.idNumber, b.meta.id);
    REQUIRE(found.has_value());
    CHECK(found->householdId == a.meta.id);
    CHECK(found->householdCode == a.code);
    CHECK(found->memberUuid == head.meta.uuid);
    CHECK(found->name == head.name);
    CHECK(found->idNumber == head.idNumber);
    CHECK(found->birthDate == head.birthDate);

    // As typed: spaces and a lowercase x are normalised like a saved ID.
    CHECK(finder.registeredId(u' ' + head.idNumber.toLower() + u' ', 0).has_value());
    CHECK_FALSE(finder.registeredId(head.idNumber, a.meta.id).has_value());
    CHECK_FALSE(finder.registeredId(QString(), 0).has_value());
    CHECK_FALSE(finder.registeredId(IdNumber::make(QStringLiteral("522633"), QDate(1990, 1, 1), 5), 0).has_value());

    CHECK_FALSE(found->householdDeleted);

    // A deleted household's people are still registered: found, with the household deleted, so
    // that the way back is restoring it rather than entering them again.
    REQUIRE(HouseholdRepository(*c.db).softDelete(a.meta.id, QStringLiteral("重复")).ok());
    const std::optional<PersonRef> deleted = finder.registeredId(head.idNumber, b.meta.id);
    REQUIRE(deleted.has_value());
    CHECK(deleted->householdId == a.meta.id);
    CHECK(deleted->householdDeleted);
}

TEST_CASE("DuplicateFinder: likely duplicates by name and birth date in the township", "[duplicates]")
{
    TestCounty c;
    c.actAs(QStringLiteral("township"));
    DuplicateFinder finder(*c.db);
    const Household a = saved(c, c.household(QStringLiteral("A"), 1));
    const Member &head = a.members[0];

    Household sameTownship = c.household(QStringLiteral("B"), 2);
    sameTownship.members.append(namesake(head, 501));
    sameTownship = saved(c, sameTownship);
    Household elsewhere = c.household(QStringLiteral("C"), 3);
    elsewhere.townshipId = c.otherTownship;
    c.moveTo(elsewhere, c.otherVillage);
    elsewhere.groupId = c.otherGroup;
    elsewhere.members.append(namesake(head, 503));
    elsewhere = saved(c, elsewhere);

    // An unsaved member typed into a new household of the township.
    Member typed = namesake(head, 505);
    QList<PersonRef> found = finder.likelyDuplicates(typed, c.township, 0);
    CHECK(uuidsOf(found) == QStringList{head.meta.uuid, sameTownship.members[3].meta.uuid});
    CHECK(found[0].householdCode == c.codeOf(QStringLiteral("A")));
    typed.name = u' ' + typed.name;
    CHECK(finder.likelyDuplicates(typed, c.township, 0).size() == 2);

    // The household being edited is left out, and so is the member itself.
    CHECK(uuidsOf(finder.likelyDuplicates(sameTownship.members[3], c.township, sameTownship.meta.id))
        == QStringList{head.meta.uuid});
    CHECK(uuidsOf(finder.likelyDuplicates(head, c.township, a.meta.id))
        == QStringList{sameTownship.members[3].meta.uuid});
    // Other township: only its own people.
    CHECK(uuidsOf(finder.likelyDuplicates(typed, c.otherTownship, 0)) == QStringList{elsewhere.members[3].meta.uuid});
    // Another birth date or name is someone else; nothing to compare without them.
    Member other = typed;
    other.birthDate = other.birthDate.addDays(100);
    CHECK(finder.likelyDuplicates(other, c.township, 0).isEmpty());
    other = typed;
    other.name = QStringLiteral("王小山");
    CHECK(finder.likelyDuplicates(other, c.township, 0).isEmpty());
    other.name.clear();
    CHECK(finder.likelyDuplicates(other, c.township, 0).isEmpty());

    // Confirmed different: no longer offered for that member, either way round.
    const QString namesakeUuid = sameTownship.members[3].meta.uuid;
    REQUIRE(finder.confirmDifferent(namesakeUuid, head.meta.uuid).ok());
    REQUIRE(finder.confirmDifferent(head.meta.uuid, namesakeUuid).ok()); // the same decision again
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM distinct_person")).toInt() == 1);
    CHECK(c.scalar(QStringLiteral("SELECT member_uuid_a < member_uuid_b FROM distinct_person")).toBool());
    CHECK(c.scalar(QStringLiteral("SELECT decided_by FROM distinct_person")).toString() == QStringLiteral("township"));
    CHECK(finder.likelyDuplicates(sameTownship.members[3], c.township, sameTownship.meta.id).isEmpty());
    CHECK(finder.likelyDuplicates(head, c.township, a.meta.id).isEmpty());
    // A third person is still compared with both.
    CHECK(finder.likelyDuplicates(typed, c.township, 0).size() == 2);

    // Deleted households do not count.
    REQUIRE(HouseholdRepository(*c.db).softDelete(a.meta.id, QStringLiteral("重复")).ok());
    CHECK(uuidsOf(finder.likelyDuplicates(typed, c.township, 0)) == QStringList{namesakeUuid});
}

TEST_CASE("DuplicateFinder: a decision needs two saved, different people", "[duplicates]")
{
    TestCounty c;
    DuplicateFinder finder(*c.db);
    const Household a = saved(c, c.household(QStringLiteral("A"), 1));
    const QString uuid = a.members[0].meta.uuid;

    CHECK(finder.confirmDifferent(QString(), uuid).error().contains(QStringLiteral("Save the household first")));
    CHECK_FALSE(finder.confirmDifferent(uuid, uuid).ok());
    CHECK_FALSE(finder.confirmDifferent(uuid, QStringLiteral("no-such-member")).ok());
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM distinct_person")).toInt() == 0);
}
