// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/HouseholdRepository.h"

#include "../TestSql.h"
#include "TestCounty.h"
#include "db/RecordStamp.h"
#include "quality/QualityChecker.h"
#include "register/IdNumber.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

namespace {

qint64 saveOk(HouseholdRepository &repo, Household &h)
{
    const Result<qint64> r = repo.save(h);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

Household loadOk(const HouseholdRepository &repo, qint64 id)
{
    Result<Household> r = repo.load(id);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

struct AuditRow
{
    QString table;
    QString uuid;
    QString action;
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QString by;
};

QList<AuditRow> auditAfter(const TestCounty &c, qint64 afterId)
{
    QSqlQuery q(TestSql::of(*c.db));
    q.prepare(QStringLiteral("SELECT table_name, record_uuid, action, field, old_value, new_value, changed_by "
                             "FROM audit_log WHERE id > ? ORDER BY id"));
    q.addBindValue(afterId);
    REQUIRE(q.exec());
    QList<AuditRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), RecordStamp::uuidText(q.value(1)), q.value(2).toString(),
            q.value(3).toString(), q.value(4), q.value(5), q.value(6).toString()});
    return rows;
}

qint64 lastAuditId(const TestCounty &c)
{
    return c.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")).toLongLong();
}

// A household with every field away from its default, so that a lost column shows.
Household everyField(const TestCounty &c)
{
    Household h;
    h.code = QStringLiteral("5226331012010017");
    h.townshipId = c.township;
    h.villageId = c.village;
    h.groupId = c.group;
    h.address = QStringLiteral("岜沙村一组 12 号");
    h.phone = QStringLiteral("13912345678");
    h.bankName = QStringLiteral("农村信用社");
    h.bankAccount = QStringLiteral("6217 0000 1234 5678");
    h.attributeCode = QStringLiteral("04");
    h.standardCode = QStringLiteral("2");
    h.statusCode = QStringLiteral("1");
    h.identificationYear = 2014;
    h.plannedExitYear = 2018;
    h.exitYear = 2019;
    h.mainCauseCode = QStringLiteral("01");
    h.otherCause1Code = QStringLiteral("07");
    h.otherCause2Code = QStringLiteral("09");
    h.monitoringCategory = QStringLiteral("1");
    h.militaryFamily = true;
    h.relocated = true;
    h.relocationMode = QStringLiteral("集中安置");
    h.settlementAddress = QStringLiteral("县城安置点 3 栋");
    h.cooperative = true;
    h.enterpriseLed = true;

    Member m;
    m.name = QStringLiteral("吴老三");
    m.sexCode = QStringLiteral("1");
    m.birthDate = QDate(1958, 7, 21);
    m.idNumber = IdNumber::make(QStringLiteral("522633"), m.birthDate, 157);
    m.relationCode = QStringLiteral("01");
    m.ethnicityCode = QStringLiteral("15");
    m.politicalCode = QStringLiteral("01");
    m.educationCode = QStringLiteral("3");
    m.schoolingCode = QStringLiteral("21");
    m.healthCodes = {QStringLiteral("2"), QStringLiteral("4")};
    m.labourCode = QStringLiteral("2");
    m.workStatusCode = QStringLiteral("4");
    m.workPlace = QStringLiteral("广东东莞");
    m.monthsWorked = 9;
    m.medicalInsurance = true;
    m.seriousIllnessInsurance = true;
    m.commercialInsurance = true;
    m.pensionInsurance = true;
    m.subsistenceAllowance = true;
    m.extremePovertySupport = true;
    m.medicalAssistance = true;
    m.welfareJob = true;
    m.welfareJobMonths = 6;
    m.dropoutReason = QStringLiteral("家庭困难");
    Member daughter;
    daughter.name = QStringLiteral("吴妹");
    daughter.sexCode = QStringLiteral("2");
    daughter.relationCode = QStringLiteral("30");
    // Every member needs an ID to be saved; her birth date stays unset, to round-trip a NULL.
    daughter.idNumber = IdNumber::make(QStringLiteral("522633"), QDate(2010, 5, 5), 24);
    daughter.healthCodes = {};
    h.members = {m, daughter};

    IncomeRecord i;
    i.year = 2018;
    i.householdSize = 4;
    qint64 fen = 101;
    for (qint64 *field : {&i.wageMigrant, &i.wageWelfareJob, &i.opCrops, &i.opLivestock, &i.opForestry, &i.opOther,
             &i.propDividend, &i.propLandTransfer, &i.trFamilyPlanning, &i.trSubsistence, &i.trExtremeSupport,
             &i.trPension, &i.trEcoCompensation, &i.trSubsidies, &i.trAlimony, &i.trInsurance, &i.opCosts})
        *field = fen++ * 1013; // all different, none round
    IncomeRecord later = i;
    later.year = 2019;
    later.householdSize = 3;
    later.wageMigrant = 9'999'999'999;
    h.incomes = {i, later};

    LivingConditions l;
    l.year = 2019;
    l.farmlandMu = 3.25;
    l.irrigatedMu = 1.5;
    l.forestMu = 12.75;
    l.returnedFarmlandMu = 0.8;
    l.fruitForestMu = 0.1;
    l.pastureMu = 2.2;
    l.waterSurfaceMu = 0.3;
    l.productionPower = false;
    l.householdPower = false;
    l.radioTv = false;
    l.roadDistanceKm = 2.45;
    l.roadSurfaceCode = QStringLiteral("3");
    l.housingAreaM2 = 96.5;
    l.houseRatingCode = QStringLiteral("C");
    l.renovationYear = 2017;
    l.waterDifficulty = true;
    l.waterSafe = false;
    l.sanitaryToilet = true;
    l.cookingFuelCode = QStringLiteral("4");
    l.foodSecure = false;
    l.clothingSecure = false;
    l.educationSecure = false;
    l.medicalSecure = false;
    l.housingSecure = false;
    h.livingConditions = {l};
    return h;
}

QStringList memberNamesOf(const Household &h)
{
    QStringList names;
    for (const Member &m : h.members)
        names << m.name;
    return names;
}

} // namespace

TEST_CASE("a household round-trips every field", "[repository]")
{
    TestCounty c;
    c.actAs(QStringLiteral("clerk"));
    HouseholdRepository repo(*c.db);
    Household h = everyField(c);
    // The status fields come from the procedure's steps, not from a save: the household is saved
    // as new, and the columns the steps write are set as they would leave them.
    const Household stepped = h;
    h.statusCode = QStringLiteral("0");
    h.identificationYear.reset();
    h.exitYear.reset();
    h.monitoringCategory.clear();
    const qint64 id = saveOk(repo, h);
    c.exec(QStringLiteral("UPDATE household SET status_code = ?, identification_year = ?, exit_year = ?, "
                          "monitoring_category = ? WHERE id = ?"),
        {stepped.statusCode, *stepped.identificationYear, *stepped.exitYear, stepped.monitoringCategory, id});
    h.statusCode = stepped.statusCode;
    h.identificationYear = stepped.identificationYear;
    h.exitYear = stepped.exitYear;
    h.monitoringCategory = stepped.monitoringCategory;

    REQUIRE(id > 0);
    REQUIRE(h.meta.id == id);
    REQUIRE(h.meta.revision == 1);
    REQUIRE(h.meta.updatedBy == QStringLiteral("clerk"));
    REQUIRE_FALSE(h.meta.uuid.isEmpty());
    REQUIRE(h.meta.createdAt > 0);
    for (const Member &m : h.members)
        REQUIRE(m.meta.id > 0);

    const Household loaded = loadOk(repo, id);
    CHECK(loaded.members == h.members);
    CHECK(loaded.incomes == h.incomes);
    CHECK(loaded.livingConditions == h.livingConditions);
    CHECK(loaded == h);
    // The values themselves, not only what save handed back.
    const Household original = everyField(c);
    CHECK(loaded.code == original.code);
    CHECK(loaded.bankAccount == original.bankAccount);
    CHECK(loaded.exitYear == 2019);
    CHECK(loaded.monitoringCategory == QStringLiteral("1"));
    CHECK(loaded.members.at(0).healthCodes == original.members.at(0).healthCodes);
    CHECK(loaded.members.at(0).birthDate == QDate(1958, 7, 21));
    CHECK(loaded.members.at(1).healthCodes.isEmpty());
    CHECK(loaded.incomes.at(1).wageMigrant == 9'999'999'999);
    CHECK(loaded.incomes.at(0).opCosts == original.incomes.at(0).opCosts);
    CHECK(loaded.livingConditions.at(0).renovationYear == 2017);
    CHECK(loaded.livingConditions.at(0).roadDistanceKm == 2.45);

    // Empty optional values are NULL, not zero or ''.
    Household plain = c.household(QStringLiteral("P1"), 1);
    plain.groupId = 0;
    const qint64 plainId = saveOk(repo, plain);
    CHECK(c.scalar(QStringLiteral("SELECT group_id IS NULL AND other_cause1_code IS NULL AND planned_exit_year IS "
                                  "NULL AND monitoring_category IS NULL FROM household WHERE id = ?"),
               {plainId})
              .toBool());
    CHECK(loadOk(repo, plainId) == plain);
    CHECK(c.scalar(QStringLiteral("SELECT group_concat(position) FROM (SELECT position FROM member WHERE "
                                  "household_id = ? ORDER BY position)"),
               {plainId})
              .toString()
        == QStringLiteral("1,2,3"));
}

TEST_CASE("a new household is audited once per field that is set", "[repository]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("A1"), 1);
    saveOk(repo, h);
    const QList<AuditRow> rows = auditAfter(c, 0);
    REQUIRE_FALSE(rows.isEmpty());
    for (const AuditRow &r : rows) {
        CHECK(r.action == QStringLiteral("insert"));
        CHECK(r.oldValue.isNull());
        CHECK(r.by == QStringLiteral("admin"));
    }
    const auto has = [&](const QString &table, const QString &field, const QString &value) {
        return std::any_of(rows.cbegin(), rows.cend(),
            [&](const AuditRow &r) { return r.table == table && r.field == field && r.newValue.toString() == value; });
    };
    CHECK(has(QStringLiteral("household"), QStringLiteral("code"), c.codeOf(QStringLiteral("A1"))));
    CHECK(has(QStringLiteral("member"), QStringLiteral("name"), QStringLiteral("李秀英")));
    CHECK(has(QStringLiteral("member"), QStringLiteral("position"), QStringLiteral("2")));
    CHECK(has(QStringLiteral("income"), QStringLiteral("wage_migrant"), QStringLiteral("1200000")));
    CHECK(has(QStringLiteral("living_condition"), QStringLiteral("farmland_mu"), QStringLiteral("4.5")));
}

TEST_CASE("an update audits exactly the changed fields", "[repository]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("A1"), 1);
    const qint64 id = saveOk(repo, h);
    const qint64 savedAt = h.meta.updatedAt;
    c.actAs(QStringLiteral("township_clerk"));
    const qint64 before = lastAuditId(c);

    Household edited = loadOk(repo, id);
    edited.phone = QStringLiteral("13700000000");
    edited.otherCause1Code = QStringLiteral("07");
    edited.members[1].name = QStringLiteral("李秀兰");
    edited.incomes[0].wageMigrant = 1'300'000;
    edited.livingConditions[0].roadDistanceKm = 2.5;
    saveOk(repo, edited);

    const QList<AuditRow> rows = auditAfter(c, before);
    REQUIRE(rows.size() == 5);
    const Household stored = loadOk(repo, id);
    CHECK(rows[0].table == QStringLiteral("member"));
    CHECK(rows[0].uuid == stored.members[1].meta.uuid);
    CHECK(rows[0].field == QStringLiteral("name"));
    CHECK(rows[0].oldValue.toString() == QStringLiteral("李秀英"));
    CHECK(rows[0].newValue.toString() == QStringLiteral("李秀兰"));
    CHECK(rows[1].table == QStringLiteral("income"));
    CHECK(rows[1].field == QStringLiteral("wage_migrant"));
    CHECK(rows[1].oldValue.toString() == QStringLiteral("1200000"));
    CHECK(rows[1].newValue.toString() == QStringLiteral("1300000"));
    CHECK(rows[2].table == QStringLiteral("living_condition"));
    CHECK(rows[2].field == QStringLiteral("road_distance_km"));
    CHECK(rows[2].oldValue.toString() == QStringLiteral("1.2"));
    CHECK(rows[2].newValue.toString() == QStringLiteral("2.5"));
    CHECK(rows[3].table == QStringLiteral("household"));
    CHECK(rows[3].field == QStringLiteral("phone"));
    CHECK(rows[3].uuid == stored.meta.uuid);
    CHECK(rows[4].field == QStringLiteral("other_cause1_code"));
    CHECK(rows[4].oldValue.isNull());
    CHECK(rows[4].newValue.toString() == QStringLiteral("07"));
    for (const AuditRow &r : rows) {
        CHECK(r.action == QStringLiteral("update"));
        CHECK(r.by == QStringLiteral("township_clerk"));
    }

    // Revisions move for the household and the changed rows only; the caller's copy follows.
    CHECK(stored.meta.revision == 2);
    CHECK(stored.meta.updatedBy == QStringLiteral("township_clerk"));
    CHECK(stored.members[0].meta.revision == 1);
    CHECK(stored.members[1].meta.revision == 2);
    CHECK(stored.members[0].meta.updatedAt == savedAt);
    CHECK(stored == edited);
}

TEST_CASE("saving an unchanged household writes nothing", "[repository]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("A1"), 1);
    const qint64 id = saveOk(repo, h);
    const qint64 before = lastAuditId(c);

    Household again = loadOk(repo, id);
    const Household copy = again;
    saveOk(repo, again);
    saveOk(repo, h);
    CHECK(lastAuditId(c) == before);
    CHECK(again == copy);
    CHECK(loadOk(repo, id) == copy);
    CHECK(c.scalar(QStringLiteral("SELECT revision FROM household WHERE id = ?"), {id}).toInt() == 1);
}

TEST_CASE("members, incomes and living conditions are matched by id", "[repository]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("A1"), 1);
    const qint64 id = saveOk(repo, h);
    const QString childUuid = h.members[2].meta.uuid;
    const qint64 before = lastAuditId(c);

    // Replace the spouse by a new member at the same place, and the year's income by a new row
    // beside an older year.
    Household edited = loadOk(repo, id);
    edited.members.removeAt(1);
    Member grandma;
    grandma.name = QStringLiteral("张阿婆");
    grandma.sexCode = QStringLiteral("2");
    grandma.relationCode = QStringLiteral("52");
    grandma.idNumber = IdNumber::make(QStringLiteral("522633"), QDate(1940, 5, 5), 42);
    edited.members.insert(1, grandma);
    IncomeRecord fresh = edited.incomes[0];
    fresh.meta = {};
    fresh.opCrops = 1;
    edited.incomes = {fresh};
    IncomeRecord older = fresh;
    older.year = 2018;
    edited.incomes.prepend(older);
    saveOk(repo, edited);

    const Household stored = loadOk(repo, id);
    CHECK(memberNamesOf(stored)
        == QStringList{QStringLiteral("王大山"), QStringLiteral("张阿婆"), QStringLiteral("王小明")});
    CHECK(stored.members[2].meta.uuid == childUuid);
    REQUIRE(stored.incomes.size() == 2);
    CHECK(stored.incomes[0].year == 2018);
    CHECK(stored.incomes[1].opCrops == 1);
    CHECK(stored == edited);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM member WHERE household_id = ?"), {id}).toInt() == 3);

    const QList<AuditRow> rows = auditAfter(c, before);
    const auto count = [&](const QString &table, const QString &action) {
        return std::count_if(
            rows.cbegin(), rows.cend(), [&](const AuditRow &r) { return r.table == table && r.action == action; });
    };
    CHECK(count(QStringLiteral("member"), QStringLiteral("delete")) > 0);
    CHECK(count(QStringLiteral("member"), QStringLiteral("insert")) > 0);
    CHECK(count(QStringLiteral("income"), QStringLiteral("delete")) > 0);
    CHECK(count(QStringLiteral("income"), QStringLiteral("insert")) > 0);
    // The child moved from position 3 to 3: no update for it.
    CHECK(std::none_of(rows.cbegin(), rows.cend(), [&](const AuditRow &r) { return r.uuid == childUuid; }));
    const auto deletedName = std::find_if(rows.cbegin(), rows.cend(), [](const AuditRow &r) {
        return r.table == QStringLiteral("member") && r.action == QStringLiteral("delete")
            && r.field == QStringLiteral("name");
    });
    REQUIRE(deletedName != rows.cend());
    CHECK(deletedName->oldValue.toString() == QStringLiteral("李秀英"));

    // Swapping two members is a position change of both.
    const qint64 beforeSwap = lastAuditId(c);
    Household swapped = stored;
    swapped.members.swapItemsAt(1, 2);
    saveOk(repo, swapped);
    const QList<AuditRow> swaps = auditAfter(c, beforeSwap);
    REQUIRE(swaps.size() == 2);
    for (const AuditRow &r : swaps)
        CHECK(r.field == QStringLiteral("position"));
    CHECK(memberNamesOf(loadOk(repo, id)).at(1) == QStringLiteral("王小明"));
}

TEST_CASE("a save based on a stale revision is refused", "[repository]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("A1"), 1);
    const qint64 id = saveOk(repo, h);

    Household mine = loadOk(repo, id);
    Household theirs = loadOk(repo, id);
    c.actAs(QStringLiteral("other_pc"));
    theirs.phone = QStringLiteral("13600000000");
    saveOk(repo, theirs);

    c.actAs(QStringLiteral("me"));
    const qint64 before = lastAuditId(c);
    mine.address = QStringLiteral("somewhere else");
    const Result<qint64> r = repo.save(mine);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("other_pc")));
    CHECK(r.error().contains(QStringLiteral("after you opened it")));
    CHECK(lastAuditId(c) == before);
    CHECK(loadOk(repo, id).address == h.address);
    CHECK(mine.meta.revision == 1); // left as it was, so the user can compare
}

TEST_CASE("a household needs exactly one head, a code of its own and a village", "[repository]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household first = c.household(QStringLiteral("A1"), 1);
    saveOk(repo, first);

    Household noHead = c.household(QStringLiteral("A2"), 2);
    noHead.members[0].relationCode = QStringLiteral("99");
    Result<qint64> r = repo.save(noHead);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("No member is the head")));

    Household twoHeads = c.household(QStringLiteral("A2"), 2);
    twoHeads.members[1].relationCode = QStringLiteral("01");
    r = repo.save(twoHeads);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("2 members are marked as head")));

    Household sameCode = c.household(QStringLiteral("A1"), 2);
    r = repo.save(sameCode);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(c.codeOf(QStringLiteral("A1"))));
    CHECK(r.error().contains(QStringLiteral("王大山")));

    Household noVillage = c.household(QStringLiteral("A3"), 3);
    noVillage.villageId = 0;
    CHECK_FALSE(repo.save(noVillage).ok());

    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM household")).toInt() == 1);
    CHECK(noHead.meta.id == 0);
}

TEST_CASE("a person registered in another household is refused by name", "[repository]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household first = c.household(QStringLiteral("A1"), 1);
    saveOk(repo, first);
    const qint64 before = lastAuditId(c);

    Household second = c.household(QStringLiteral("A2"), 2);
    Member copy = first.members[1];
    copy.meta = {};
    copy.name = QStringLiteral("李秀");
    copy.relationCode = QStringLiteral("70");
    // Typed with a lowercase x, it is still the same number.
    copy.idNumber = copy.idNumber.toLower();
    second.members.append(copy);
    Result<qint64> r = repo.save(second);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("李秀英")));
    CHECK(r.error().contains(c.codeOf(QStringLiteral("A1"))));
    CHECK(lastAuditId(c) == before);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM household")).toInt() == 1);

    Household twice = c.household(QStringLiteral("A3"), 3);
    twice.members[2].idNumber = twice.members[1].idNumber;
    r = repo.save(twice);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("李秀英 and 王小明 have the same ID number")));

    // A deleted household still holds its people: they come back by restoring it.
    REQUIRE(repo.softDelete(first.meta.id, QStringLiteral("entered twice")).ok());
    r = repo.save(second);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("was deleted")));
    CHECK(r.error().contains(QStringLiteral("household restore ") + first.code));
}

TEST_CASE("soft delete and restore", "[repository]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("A1"), 1);
    const qint64 id = saveOk(repo, h);

    CHECK_FALSE(repo.softDelete(id, QStringLiteral("  ")).ok());
    CHECK_FALSE(repo.isDeleted(id));
    const qint64 before = lastAuditId(c);
    REQUIRE(repo.softDelete(id, QStringLiteral("moved away (迁出)")).ok());
    CHECK(repo.isDeleted(id));
    CHECK(c.scalar(QStringLiteral("SELECT deleted_reason FROM household WHERE id = ?"), {id}).toString()
        == QStringLiteral("moved away (迁出)"));
    CHECK_FALSE(repo.softDelete(id, QStringLiteral("again")).ok());
    QList<AuditRow> rows = auditAfter(c, before);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].action == QStringLiteral("delete"));
    CHECK(rows[0].uuid == h.meta.uuid);
    CHECK(rows[1].newValue.toString() == QStringLiteral("moved away (迁出)"));

    // Still loadable, not listed, and not editable until restored.
    CHECK(loadOk(repo, id).code == c.codeOf(QStringLiteral("A1")));
    int visited = 0;
    REQUIRE(repo.forEach(0,
                    [&](const Household &) {
                        ++visited;
                        return true;
                    })
                .ok());
    CHECK(visited == 0);
    Household stale = loadOk(repo, id);
    stale.phone = QStringLiteral("1");
    CHECK_FALSE(repo.save(stale).ok());

    REQUIRE(repo.restore(id).ok());
    CHECK_FALSE(repo.isDeleted(id));
    CHECK_FALSE(repo.restore(id).ok());
    rows = auditAfter(c, before);
    REQUIRE(rows.size() == 4);
    CHECK(rows[2].action == QStringLiteral("restore"));
    CHECK(rows[3].oldValue.toString() == QStringLiteral("moved away (迁出)"));
    REQUIRE(repo.forEach(0,
                    [&](const Household &) {
                        ++visited;
                        return true;
                    })
                .ok());
    CHECK(visited == 1);
    CHECK(c.scalar(QStringLiteral("SELECT revision FROM household WHERE id = ?"), {id}).toInt() == 3);

    // While deleted, its head was registered again elsewhere (by another SQLite tool: save refuses
    // it): restoring would count them twice.
    Household again = c.household(QStringLiteral("A2"), 2);
    saveOk(repo, again);
    REQUIRE(repo.softDelete(id, QStringLiteral("duplicate")).ok());
    c.exec(QStringLiteral("UPDATE member SET id_number = ? WHERE household_id = ? AND relation_code = '01'"),
        {h.members[0].idNumber, again.meta.id});
    const Status s = repo.restore(id);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(again.code));
    CHECK(repo.isDeleted(id));
}

TEST_CASE("forEach streams the households of a division, fully loaded", "[repository]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    QList<qint64> inGroup, inVillageOnly, elsewhere;
    for (int i = 0; i < 4; ++i) {
        Household h = c.household(QStringLiteral("G%1").arg(i), i);
        inGroup << saveOk(repo, h);
        Household v = c.household(QStringLiteral("V%1").arg(i), 100 + i);
        v.groupId = 0;
        v.members.removeLast();
        inVillageOnly << saveOk(repo, v);
        Household o = c.household(QStringLiteral("O%1").arg(i), 200 + i);
        o.townshipId = c.otherTownship;
        c.moveTo(o, c.otherVillage);
        o.groupId = c.otherGroup;
        o.incomes.clear();
        elsewhere << saveOk(repo, o);
    }
    REQUIRE(repo.softDelete(inGroup[1], QStringLiteral("test")).ok());
    inGroup.removeAt(1);

    const auto visit = [&](qint64 division) {
        QList<Household> seen;
        const Status s = repo.forEach(division, [&](const Household &h) {
            seen.append(h);
            return true;
        });
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
        return seen;
    };
    const auto ids = [](const QList<Household> &list) {
        QList<qint64> out;
        for (const Household &h : list)
            out << h.meta.id;
        return out;
    };
    auto sorted = [](QList<qint64> l) {
        std::sort(l.begin(), l.end());
        return l;
    };

    const QList<Household> all = visit(0);
    CHECK(ids(all) == sorted(inGroup + inVillageOnly + elsewhere));
    CHECK(ids(visit(c.county)) == ids(all));
    CHECK(ids(visit(c.township)) == sorted(inGroup + inVillageOnly));
    CHECK(ids(visit(c.village)) == sorted(inGroup + inVillageOnly));
    CHECK(ids(visit(c.group)) == inGroup);
    CHECK(ids(visit(c.otherGroup)) == elsewhere);
    CHECK_FALSE(repo.forEach(999999, [](const Household &) { return true; }).ok());

    // Each visited household is exactly what load() gives.
    for (const Household &h : all)
        CHECK(h == loadOk(repo, h.meta.id));

    int calls = 0;
    REQUIRE(repo.forEach(0, [&](const Household &) { return ++calls < 2; }).ok());
    CHECK(calls == 2);
}

// Run with `core_tests "[bench]"`: builds a county of the planned size (DOMAIN.md §8) and times
// forEach and the county-wide quality check over it.
TEST_CASE("forEach over 100,000 households", "[.][bench]")
{
    TestCounty c;
    QElapsedTimer timer;
    timer.start();
    {
        Transaction t(TestSql::of(*c.db));
        QSqlQuery hq(TestSql::of(*c.db)), mq(TestSql::of(*c.db)), iq(TestSql::of(*c.db));
        hq.prepare(QStringLiteral("INSERT INTO household (id, uuid, code, township_id, village_id, group_id, "
                                  "attribute_code, status_code, main_cause_code, created_at, updated_at) VALUES (?, ?, "
                                  "?, ?, ?, ?, '01', '0', '05', '2019-01-01', '2019-01-01')"));
        mq.prepare(QStringLiteral("INSERT INTO member (uuid, household_id, position, name, sex_code, id_number, "
                                  "birth_date, relation_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                  "'2019-01-01', '2019-01-01')"));
        iq.prepare(QStringLiteral("INSERT INTO income (uuid, household_id, year, household_size, wage_migrant, "
                                  "op_crops, created_at, updated_at) VALUES (?, ?, ?, 3, 1000000, 200000, "
                                  "'2019-01-01', '2019-01-01')"));
        int sequence = 0;
        for (int i = 1; i <= 100'000; ++i) {
            hq.bindValue(0, i);
            hq.bindValue(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
            hq.bindValue(2, QStringLiteral("H%1").arg(i));
            hq.bindValue(3, i % 2 ? c.township : c.otherTownship);
            hq.bindValue(4, i % 2 ? c.village : c.otherVillage);
            hq.bindValue(5, i % 2 ? c.group : c.otherGroup);
            REQUIRE(hq.exec());
            const int size = i % 3 == 0 ? 4 : 3;
            for (int p = 1; p <= size + (i % 10 == 0 ? 1 : 0) - (i % 10 == 5 ? 1 : 0); ++p) {
                const QDate born = QDate(1950, 1, 1).addDays(sequence / 900);
                mq.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
                mq.bindValue(1, i);
                mq.bindValue(2, p);
                mq.bindValue(3, QStringLiteral("成员%1").arg(p));
                mq.bindValue(4, QStringLiteral("1"));
                mq.bindValue(5, IdNumber::make(QStringLiteral("522633"), born, sequence % 900));
                mq.bindValue(6, born.toString(Qt::ISODate));
                mq.bindValue(7, p == 1 ? QStringLiteral("01") : QStringLiteral("20"));
                REQUIRE(mq.exec());
                ++sequence;
            }
            for (int y = 2014; y < 2026; ++y) {
                iq.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
                iq.bindValue(1, i);
                iq.bindValue(2, y);
                REQUIRE(iq.exec());
            }
        }
        REQUIRE(t.commit().ok());
    }
    WARN("built " << c.scalar(QStringLiteral("SELECT count(*) FROM member")).toInt() << " members and "
                  << c.scalar(QStringLiteral("SELECT count(*) FROM income")).toInt() << " incomes in "
                  << timer.restart() << " ms");

    HouseholdRepository repo(*c.db);
    qint64 members = 0, incomes = 0;
    REQUIRE(repo.forEach(0,
                    [&](const Household &h) {
                        members += h.members.size();
                        incomes += h.incomes.size();
                        return true;
                    })
                .ok());
    WARN("forEach over the county: " << timer.restart() << " ms, " << members << " members, " << incomes << " incomes");
    CHECK(incomes == 1'200'000);

    const Result<QList<Finding>> findings = QualityChecker(*c.db).checkDivision(0, 2019);
    REQUIRE(findings.ok());
    WARN("checkDivision over the county: " << timer.restart() << " ms, " << findings->size() << " findings");
}
