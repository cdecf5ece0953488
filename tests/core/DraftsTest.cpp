// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/Drafts.h"

#include "TestCounty.h"
#include "register/HouseholdJson.h"
#include "register/HouseholdKinds.h"
#include "register/HouseholdRepository.h"
#include "register/IdNumber.h"
#include "register/StatusProcedure.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace {

// Every field away from its default, with values that catch lossy conversions: reals that are not
// short decimals, money beyond 32 bits, a code set of two, optional years both set and unset.
Household unusual(const TestCounty &c)
{
    Household h = c.household(QStringLiteral("52263310120100099"), 7);
    h.meta = {42, QStringLiteral("0b9c1d2e-0000-4000-8000-000000000001"), 1704135845, 1715000889,
        QStringLiteral("村干部"), 9};
    h.groupId = 0;
    h.bankName = QStringLiteral("农村信用社");
    h.bankAccount = QStringLiteral("6217 0000 1234 5678");
    h.attributeCode = QStringLiteral("04");
    h.standardCode = QStringLiteral("2");
    h.statusCode = QStringLiteral("3");
    h.identificationYear = 2014;
    h.plannedExitYear = std::nullopt;
    h.exitYear = 2019;
    h.otherCause1Code = QStringLiteral("07");
    h.monitoringCategory = QStringLiteral("2");
    h.militaryFamily = true;
    h.relocated = true;
    h.relocationMode = QStringLiteral("集中安置");
    h.settlementAddress = QStringLiteral("县城安置点 \"3\" 栋\n二单元");
    h.cooperative = true;
    h.enterpriseLed = true;

    Member &m = h.members[1];
    m.meta.uuid = QStringLiteral("member-uuid");
    m.meta.id = 7;
    m.healthCodes = {QStringLiteral("2"), QStringLiteral("4")};
    m.workPlace = QStringLiteral("广东东莞");
    m.monthsWorked = 9;
    m.subsistenceAllowance = true;
    m.welfareJobMonths = 6;
    m.dropoutReason = QStringLiteral("家庭困难");
    h.members[2].healthCodes = {};
    h.members[2].birthDate = QDate();

    IncomeRecord &i = h.incomes[0];
    i.wageMigrant = 9'999'999'999'999;
    i.trInsurance = -5; // nonsense, but a draft keeps what was typed
    IncomeRecord later = i;
    later.year = TestCounty::Year + 1;
    later.opCosts = 123'457;
    h.incomes.append(later);

    LivingConditions &l = h.livingConditions[0];
    l.farmlandMu = 0.1 + 0.2;
    l.roadDistanceKm = 1.0 / 3.0;
    l.housingAreaM2 = 96.5;
    l.renovationYear = 2017;
    l.waterSafe = false;
    l.houseRatingCode = QStringLiteral("C");
    return h;
}

Draft onlyDraft(const Drafts &drafts)
{
    const Result<QList<Draft>> all = drafts.all();
    INFO(all.error().toStdString());
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    return all->first();
}

} // namespace

TEST_CASE("HouseholdJson: every field round-trips exactly", "[drafts]")
{
    TestCounty c;
    const Household h = unusual(c);
    const QJsonObject json = HouseholdJson::toJson(h);
    for (const auto &f : RecordFields::fieldsOf<Household>())
        CHECK(json.contains(QLatin1String(f.column)));
    CHECK(json.value(QStringLiteral("members")).toArray().size() == 3);
    CHECK(json.value(QStringLiteral("members")).toArray().at(1).toObject().value(QStringLiteral("health_codes"))
        == QJsonArray{QStringLiteral("2"), QStringLiteral("4")});

    // Through text, as the draft table stores it.
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const Result<Household> back = HouseholdJson::fromJson(QJsonDocument::fromJson(text).object());
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK(back->members == h.members);
    CHECK(back->incomes == h.incomes);
    CHECK(back->livingConditions == h.livingConditions);
    CHECK(back.value() == h);
    CHECK(HouseholdJson::toJson(back.value()) == json);
}

TEST_CASE("HouseholdJson: a value of the wrong type is refused, a missing one defaults", "[drafts]")
{
    TestCounty c;
    QJsonObject json = HouseholdJson::toJson(c.household(QStringLiteral("H1"), 1));
    json.remove(QStringLiteral("phone"));
    const Result<Household> missing = HouseholdJson::fromJson(json);
    REQUIRE(missing.ok());
    CHECK(missing->phone.isEmpty());
    CHECK(missing->members.size() == 3);

    json.insert(QStringLiteral("relocated"), QStringLiteral("yes"));
    const Result<Household> wrong = HouseholdJson::fromJson(json);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().contains(QStringLiteral("relocated")));

    QJsonObject badMember = HouseholdJson::toJson(c.household(QStringLiteral("H1"), 1));
    QJsonArray members = badMember.value(QStringLiteral("members")).toArray();
    QJsonObject second = members.at(1).toObject();
    second.insert(QStringLiteral("birth_date"), QStringLiteral("1967-02-30"));
    members.replace(1, second);
    badMember.insert(QStringLiteral("members"), members);
    const Result<Household> badDate = HouseholdJson::fromJson(badMember);
    REQUIRE_FALSE(badDate.ok());
    CHECK(badDate.error().contains(QStringLiteral("member no. 2")));

    QJsonObject newer = json;
    newer.insert(QStringLiteral("format"), 99);
    CHECK(HouseholdJson::fromJson(newer).error().contains(QStringLiteral("newer version")));
}

TEST_CASE("Drafts: save, replace, read back and remove", "[drafts]")
{
    TestCounty c;
    Drafts drafts(*c.db);
    const Household h = unusual(c);
    REQUIRE(drafts.save(QStringLiteral("new-1"), 0, QStringLiteral("王大山"), h).ok());

    Draft d = onlyDraft(drafts);
    CHECK(d.key == QStringLiteral("new-1"));
    CHECK(d.householdId == 0);
    CHECK(d.label == QStringLiteral("王大山"));
    CHECK_FALSE(d.savedAt.isEmpty());
    // Everything comes back as typed but the fields only status steps set (see the test below).
    Household expected = h;
    CHECK(StatusProcedure::keepStepFields(expected, nullptr).size() == 4); // status, years, category
    CHECK(d.household == expected);
    CHECK(HouseholdJson::toJson(d.household) == HouseholdJson::toJson(expected));
    CHECK(d.notes.size() == 4);
    CHECK(c.scalar(QStringLiteral("SELECT household_id IS NULL FROM draft")).toBool());

    // The same key replaces the draft; it may now belong to a saved household.
    Household stored = c.household(QStringLiteral("H1"), 1);
    HouseholdRepository repo(*c.db);
    REQUIRE(repo.save(stored).ok());
    Household edited = stored;
    edited.members[0].name = QStringLiteral("王大川");
    REQUIRE(drafts.save(QStringLiteral("new-1"), stored.meta.id, QStringLiteral("王大川"), edited).ok());
    d = onlyDraft(drafts);
    CHECK(d.householdId == stored.meta.id);
    CHECK(d.label == QStringLiteral("王大川"));
    CHECK(d.household == edited);
    CHECK(d.household.meta == stored.meta);

    REQUIRE(drafts.save(QStringLiteral("other"), 0, QString(), h).ok());
    REQUIRE(drafts.all()->size() == 2);
    REQUIRE(drafts.remove(QStringLiteral("new-1")).ok());
    CHECK(onlyDraft(drafts).key == QStringLiteral("other"));
    REQUIRE(drafts.remove(QStringLiteral("no such key")).ok());
    CHECK_FALSE(drafts.save(QString(), 0, QStringLiteral("x"), h).ok());
}

TEST_CASE("Drafts: a damaged draft is skipped, the others load", "[drafts]")
{
    TestCounty c;
    Drafts drafts(*c.db);
    REQUIRE(
        drafts.save(QStringLiteral("good"), 0, QStringLiteral("王大山"), c.household(QStringLiteral("H1"), 1)).ok());
    const QString now = CountyDatabase::nowIso();
    c.exec(QStringLiteral("INSERT INTO draft (key, label, content, saved_at) VALUES ('cut', 'x', '{\"code\": \"H', ?)"),
        {now});
    c.exec(
        QStringLiteral("INSERT INTO draft (key, label, content, saved_at) VALUES ('array', 'x', '[1, 2]', ?)"), {now});
    c.exec(QStringLiteral(
               "INSERT INTO draft (key, label, content, saved_at) VALUES ('typed', 'x', '{\"members\": 5}', ?)"),
        {now});

    CHECK(onlyDraft(drafts).key == QStringLiteral("good"));
}

TEST_CASE("Drafts belong to the account that typed them, and older drafts are offered to whoever signs in", "[drafts]")
{
    TestCounty c;
    const Household h = c.household(QStringLiteral("H1"), 1);
    c.actAs(QStringLiteral("wang"));
    REQUIRE(Drafts(*c.db).save(QStringLiteral("household-1"), 0, QStringLiteral("王的草稿"), h));
    // A draft from before accounts existed has no author.
    c.exec(QStringLiteral("INSERT INTO draft (key, label, content, saved_at) VALUES ('legacy', '旧草稿', ?, ?)"),
        {QStringLiteral("{}"), CountyDatabase::nowIso()});

    c.actAs(QStringLiteral("li"));
    QList<Draft> seen = Drafts(*c.db).all().value();
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().key == QStringLiteral("legacy"));
    // The same household edited by another person is a draft of their own, not over wang's.
    REQUIRE(Drafts(*c.db).save(QStringLiteral("household-1"), 0, QStringLiteral("李的草稿"), h));
    REQUIRE(Drafts(*c.db).remove(QStringLiteral("household-1")));
    REQUIRE(Drafts(*c.db).remove(QStringLiteral("legacy")));
    CHECK(Drafts(*c.db).all()->isEmpty());

    c.actAs(QStringLiteral("wang"));
    seen = Drafts(*c.db).all().value();
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().label == QStringLiteral("王的草稿"));
}

TEST_CASE("Drafts: a draft from before the status rule saves, with a note of what was not kept", "[drafts]")
{
    TestCounty c;
    c.actAs(QStringLiteral("clerk"));
    Drafts drafts(*c.db);
    HouseholdRepository repo(*c.db);

    // A new household typed when the editor still let the identification year (and an attribute of
    // a household out of poverty) be filled in.
    Household typed = c.household(QStringLiteral("H1"), 1);
    typed.identificationYear = 2016;
    typed.attributeCode = QStringLiteral("02"); // 低保脱贫户
    REQUIRE(drafts.save(QStringLiteral("new-old"), 0, QStringLiteral("旧草稿"), typed));
    Draft d = onlyDraft(drafts);
    CHECK_FALSE(d.household.identificationYear.has_value());
    CHECK(d.household.attributeCode == QStringLiteral("04")); // 低保贫困户: what it can start as
    REQUIRE(d.notes.size() == 2);
    CHECK(d.notes.join(u' ').contains(QStringLiteral("2016")));
    CHECK(d.notes.join(u' ').contains(QStringLiteral("02")));
    const Result<qint64> saved = repo.save(d.household);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    CHECK_FALSE(repo.load(saved.value())->identificationYear.has_value());
    REQUIRE(drafts.remove(QStringLiteral("new-old")));

    // A saved household's draft takes the stored status fields; the rest of what was typed stays.
    Household stored = repo.load(saved.value()).value();
    Household edited = stored;
    edited.phone = QStringLiteral("13912345678");
    edited.identificationYear = 2015;
    edited.statusCode = QStringLiteral("1");
    REQUIRE(drafts.save(QStringLiteral("household-x"), stored.meta.id, QStringLiteral("王"), edited));
    d = onlyDraft(drafts);
    CHECK(d.household.phone == QStringLiteral("13912345678"));
    CHECK_FALSE(d.household.identificationYear.has_value());
    CHECK(d.household.statusCode == QStringLiteral("0"));
    CHECK(d.notes.size() == 2);
    REQUIRE(repo.save(d.household).ok());
    CHECK(repo.load(stored.meta.id)->phone == QStringLiteral("13912345678"));

    // A draft that needs nothing dropped has no note.
    REQUIRE(drafts.remove(QStringLiteral("household-x")));
    REQUIRE(drafts.save(QStringLiteral("new-clean"), 0, QString(), c.household(QStringLiteral("H2"), 2)));
    CHECK(onlyDraft(drafts).notes.isEmpty());
}
