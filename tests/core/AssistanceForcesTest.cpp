// SPDX-License-Identifier: GPL-3.0-or-later
// The assistance forces' operations through their one core call each: pairing with its history and
// caps, units in use, measures and visits with their rules, the lists, and the quality rules on
// cadres.
#include "forces/AssistanceForces.h"
#include "TestCounty.h"
#include "forces/ForcesKinds.h"
#include "forces/ForcesLists.h"
#include "funds/FundLedger.h"
#include "funds/FundsKinds.h"
#include "projects/ProjectLibrary.h"
#include "projects/ProjectLifecycle.h"
#include "quality/QualityChecker.h"
#include "register/HouseholdRepository.h"

#include <catch2/catch.hpp>

namespace {

qint64 saveHousehold(TestCounty &c, const QString &code, int seed)
{
    Household h = c.household(code, seed);
    const Result<qint64> r = HouseholdRepository(*c.db).save(h);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

// Everything a refused write must leave alone.
QVariantList snapshot(const TestCounty &c)
{
    QVariantList values;
    for (const char *table : {"pairing", "measure", "visit", "assistance_unit", "cadre", "audit_log"}) {
        values << c.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (QLatin1String(table) != QLatin1String("audit_log"))
            values << c.scalar(QStringLiteral("SELECT coalesce(sum(revision), 0) FROM %1").arg(QLatin1String(table)));
    }
    return values;
}

const QDate Spring(2021, 3, 1);
const QDate Summer(2021, 7, 1);

} // namespace

TEST_CASE("a change of cadre ends the current pairing and keeps the history", "[forces]")
{
    TestCounty c;
    AssistanceForces forces(*c.db);
    const qint64 h = saveHousehold(c, QStringLiteral("A1"), 1);
    const qint64 first = c.addCadre(QStringLiteral("赵干部"));
    const qint64 second = c.addCadre(QStringLiteral("钱干部"));

    REQUIRE(forces.pair(h, first, Spring).ok());
    const Result<qint64> again = forces.pair(h, first, Summer);
    REQUIRE(again.ok());
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM pairing")).toInt() == 1); // the same cadre: no change

    const Result<qint64> changed = forces.pair(h, second, Summer);
    REQUIRE(changed.ok());
    CHECK(c.scalar(QStringLiteral("SELECT end_date FROM pairing WHERE cadre_id = ?"), {first}).toString()
        == QStringLiteral("2021-06-30"));
    CHECK(c.scalar(QStringLiteral("SELECT cadre_id FROM pairing WHERE end_date IS NULL AND household_id = ?"), {h})
              .toLongLong()
        == second);
    CHECK(c.scalar(QStringLiteral("SELECT id FROM pairing WHERE end_date IS NULL")).toLongLong() == changed.value());

    // The cadre's page lists the household now and in the past.
    const auto ofFirst = ForcesLists(*c.db).householdsOf(first);
    REQUIRE(ofFirst.ok());
    REQUIRE(ofFirst->size() == 1);
    CHECK(ofFirst->at(0).end == QDate(2021, 6, 30));
    const auto ofSecond = ForcesLists(*c.db).householdsOf(second);
    REQUIRE(ofSecond->size() == 1);
    CHECK(!ofSecond->at(0).end.isValid());

    // A date before the current pairing started is refused, and nothing is written.
    const QVariantList before = snapshot(c);
    const Result<qint64> early = forces.pair(h, first, Spring);
    CHECK(!early.ok());
    CHECK(early.error().contains(QStringLiteral("2021-07-01")));
    CHECK(snapshot(c) == before);
}

TEST_CASE("a pairing to a cadre who cannot take it is refused with a clear message", "[forces]")
{
    TestCounty c;
    AssistanceForces forces(*c.db);
    const qint64 h = saveHousehold(c, QStringLiteral("A1"), 1);
    const qint64 cadre = c.addCadre(QStringLiteral("赵干部"));
    const QVariantList before = snapshot(c);

    Result<qint64> r = forces.pair(h, 9999, Spring);
    CHECK(!r.ok());
    CHECK(r.error().contains(QStringLiteral("9999")));

    REQUIRE(forces.setCadreActive(cadre, false).ok());
    const QVariantList inactive = snapshot(c);
    CHECK(inactive != before);
    r = forces.pair(h, cadre, Spring);
    CHECK(!r.ok());
    CHECK(r.error().contains(QStringLiteral("赵干部")));
    CHECK(snapshot(c) == inactive);

    REQUIRE(forces.setCadreActive(cadre, true).ok());
    REQUIRE(HouseholdRepository(*c.db).softDelete(h, QStringLiteral("重复录入")).ok());
    const QVariantList deleted = snapshot(c);
    r = forces.pair(h, cadre, Spring);
    CHECK(!r.ok());
    CHECK(r.error().contains(c.codeOf(QStringLiteral("A1"))));
    CHECK(snapshot(c) == deleted);
    CHECK(!forces.pair(h, cadre, QDate::currentDate().addDays(1)).ok());
}

TEST_CASE("going over a cadre's cap needs a reason, which is recorded", "[forces]")
{
    TestCounty c;
    AssistanceForces forces(*c.db);
    const qint64 cadre = c.addCadre(QStringLiteral("赵干部")); // 一般干部
    REQUIRE(forces.setRankCap(QStringLiteral("一般干部"), 2).ok());
    CHECK(forces.capOf(QStringLiteral("一般干部")) == 2);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'cadre_rank'")).toInt() == 1);
    CHECK(!forces.setRankCap(QStringLiteral("一般干部"), 0).ok());

    QList<qint64> households;
    for (int i = 1; i <= 3; ++i)
        households << saveHousehold(c, QStringLiteral("A%1").arg(i), i);

    // In bulk: the cap counts every household, and a refusal writes nothing at all.
    const QVariantList before = snapshot(c);
    const Status refused = forces.pairMany(households, cadre, Spring);
    CHECK(!refused.ok());
    CHECK(refused.error().contains(QStringLiteral("赵干部")));
    CHECK(refused.error().contains(QStringLiteral("2")));
    CHECK(snapshot(c) == before);
    CHECK(ForcesLists(*c.db).unpaired()->size() == 3);

    REQUIRE(forces.pairMany(households.mid(0, 2), cadre, Spring).ok());
    CHECK(forces.currentLoad(cadre) == 2);
    CHECK(ForcesLists(*c.db).overCap()->isEmpty());
    CHECK(!forces.pair(households.at(2), cadre, Spring).ok());

    const Result<qint64> over = forces.pair(households.at(2), cadre, Spring, QStringLiteral("本村仅此一名干部"));
    REQUIRE(over.ok());
    CHECK(c.scalar(QStringLiteral("SELECT over_cap_reason FROM pairing WHERE id = ?"), {over.value()}).toString()
        == QStringLiteral("本村仅此一名干部"));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'over_cap_reason' AND new_value = ?"),
               {QStringLiteral("本村仅此一名干部")})
              .toInt()
        == 1);
    const auto overCap = ForcesLists(*c.db).overCap();
    REQUIRE(overCap->size() == 1);
    CHECK(overCap->at(0).households == 3);
    CHECK(overCap->at(0).cap == 2);
    CHECK(ForcesLists(*c.db).unpaired()->isEmpty());
}

TEST_CASE("a unit in use cannot be deleted, only marked inactive", "[forces]")
{
    TestCounty c;
    AssistanceForces forces(*c.db);
    AssistanceUnit unit;
    unit.name = QStringLiteral("县财政局");
    unit.formCode = QStringLiteral("6");
    unit.levelCode = QStringLiteral("4");
    REQUIRE(forces.saveUnit(unit).ok());
    AssistanceUnit unused = unit;
    unused.meta = {};
    unused.name = QStringLiteral("县教育局");
    REQUIRE(forces.saveUnit(unused).ok());

    Cadre cadre;
    cadre.name = QStringLiteral("孙干部");
    cadre.sexCode = QStringLiteral("2");
    cadre.unitId = unit.meta.id;
    REQUIRE(forces.saveCadre(cadre).ok());

    const QVariantList before = snapshot(c);
    const Status refused = forces.deleteUnit(unit.meta.id, QStringLiteral("撤并"));
    CHECK(!refused.ok());
    CHECK(refused.error().contains(QStringLiteral("县财政局")));
    CHECK(snapshot(c) == before);

    REQUIRE(forces.setUnitActive(unit.meta.id, false).ok());
    CHECK(c.scalar(QStringLiteral("SELECT active FROM assistance_unit WHERE id = ?"), {unit.meta.id}).toInt() == 0);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'assistance_unit' AND field = "
                                  "'active' AND new_value = '0'"))
              .toInt()
        == 1);
    REQUIRE(forces.deleteUnit(unused.meta.id, QStringLiteral("录错")).ok());
    const auto units = ForcesLists(*c.db).units();
    REQUIRE(units->size() == 1);
    CHECK(units->at(0).cadres == 1);
    CHECK(!units->at(0).active);
    CHECK(ForcesLists(*c.db).units(QStringLiteral("1"))->isEmpty());

    // A bad contact phone is refused like a member's.
    unit.contactPhone = QStringLiteral("12345");
    CHECK(!forces.saveUnit(unit).ok());
}

TEST_CASE("a cadre's ID number and phone are checked and an ID number is one cadre's", "[forces]")
{
    TestCounty c;
    AssistanceForces forces(*c.db);
    Cadre cadre;
    cadre.name = QStringLiteral("李干部");
    cadre.sexCode = QStringLiteral("1");
    cadre.idNumber = QStringLiteral("11010519491231002x");
    REQUIRE(forces.saveCadre(cadre).ok());
    CHECK(cadre.idNumber == QStringLiteral("11010519491231002X"));

    const QVariantList before = snapshot(c);
    Cadre twin = cadre;
    twin.meta = {};
    twin.name = QStringLiteral("李另一");
    Result<qint64> r = forces.saveCadre(twin);
    CHECK(!r.ok());
    CHECK(r.error().contains(QStringLiteral("李干部")));
    twin.idNumber = QStringLiteral("110105194912310021");
    r = forces.saveCadre(twin);
    CHECK(!r.ok());
    CHECK(r.error().contains(QStringLiteral("110105194912310021")));
    twin.idNumber.clear();
    twin.phone = QStringLiteral("1380013800");
    CHECK(!forces.saveCadre(twin).ok());
    twin.phone.clear();
    twin.rank = QStringLiteral("部长");
    CHECK(!forces.saveCadre(twin).ok());
    CHECK(snapshot(c) == before);
}

TEST_CASE("a measure needs its category and date and keeps its amount in fen", "[forces]")
{
    TestCounty c;
    AssistanceForces forces(*c.db);
    const qint64 h = saveHousehold(c, QStringLiteral("A1"), 1);
    const qint64 cadre = c.addCadre(QStringLiteral("赵干部"));
    const QVariantList before = snapshot(c);

    Measure m;
    m.householdId = h;
    m.startDate = Spring;
    Result<qint64> r = forces.saveMeasure(m);
    CHECK(!r.ok());
    CHECK(r.error().contains(QStringLiteral("category")));
    m.categoryCode = QStringLiteral("99");
    CHECK(!forces.saveMeasure(m).ok());
    m.categoryCode = QStringLiteral("01");
    m.startDate = {};
    CHECK(!forces.saveMeasure(m).ok());
    m.startDate = QDate::currentDate().addDays(2);
    CHECK(!forces.saveMeasure(m).ok());
    m.startDate = Spring;
    m.projectId = 4242; // no such project
    const Result<qint64> noProject = forces.saveMeasure(m);
    CHECK(!noProject.ok());
    CHECK(noProject.error().contains(QStringLiteral("4242")));
    m.projectId = 0;
    m.amountFen = -1;
    CHECK(!forces.saveMeasure(m).ok());
    m.amountFen = 325050;
    m.cadreId = 777;
    CHECK(!forces.saveMeasure(m).ok());
    CHECK(snapshot(c) == before);

    m.cadreId = cadre;
    m.result = QStringLiteral("养牛 3 头，年增收 6000 元");
    r = forces.saveMeasure(m);
    REQUIRE(r.ok());
    CHECK(c.scalar(QStringLiteral("SELECT amount_fen FROM measure WHERE id = ?"), {r.value()}).toLongLong() == 325050);
    const Result<Measure> loaded = MeasureRepository(*c.db).load(r.value());
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == m);

    REQUIRE(forces.deleteMeasure(r.value(), QStringLiteral("重复")).ok());
    CHECK(MeasureRepository(*c.db).list()->isEmpty());
}

TEST_CASE("visits are by a cadre who exists, not in the future, and feed the overdue list", "[forces]")
{
    TestCounty c;
    AssistanceForces forces(*c.db);
    const qint64 a = saveHousehold(c, QStringLiteral("A1"), 1);
    const qint64 b = saveHousehold(c, QStringLiteral("A2"), 2);
    const qint64 cadre = c.addCadre(QStringLiteral("赵干部"));
    const qint64 other = c.addCadre(QStringLiteral("钱干部"));
    REQUIRE(forces.pairMany({a, b}, cadre, Spring).ok());
    const QVariantList before = snapshot(c);

    Visit v;
    v.householdId = a;
    v.cadreId = 555;
    v.date = QDate(2021, 9, 1);
    v.findings = QStringLiteral("家中养牛 3 头");
    CHECK(!forces.saveVisit(v).ok());
    v.cadreId = cadre;
    v.date = QDate::currentDate().addDays(1);
    CHECK(!forces.saveVisit(v).ok());
    v.date = QDate(2021, 9, 1);
    v.followUpDate = QDate(2021, 8, 1);
    CHECK(!forces.saveVisit(v).ok());
    v.findings.clear();
    v.followUpDate = {};
    CHECK(!forces.saveVisit(v).ok());
    CHECK(snapshot(c) == before);

    v.findings = QStringLiteral("家中养牛 3 头");
    v.followUpDate = QDate(2021, 10, 1);
    REQUIRE(forces.saveVisit(v).ok());
    // Another cadre's visit does not count for this one.
    Visit byOther = v;
    byOther.meta = {};
    byOther.householdId = b;
    byOther.cadreId = other;
    REQUIRE(forces.saveVisit(byOther).ok());

    const ForcesLists lists(*c.db);
    auto overdue = lists.withoutVisit(90, QDate(2021, 10, 15));
    REQUIRE(overdue.ok());
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->at(0).id == cadre);
    CHECK(overdue->at(0).households == 1); // A2 not visited by the cadre
    CHECK(overdue->at(0).lastVisit == QDate(2021, 9, 1));
    // A visit on the cut-off day counts: 30 days before 1 October is 1 September.
    CHECK(lists.withoutVisit(30, QDate(2021, 10, 1))->at(0).households == 1);
    CHECK(lists.withoutVisit(30, QDate(2021, 10, 2))->at(0).households == 2);

    Visit second = v;
    second.meta = {};
    second.householdId = b;
    second.followUpDate = {};
    REQUIRE(forces.saveVisit(second).ok());
    CHECK(lists.withoutVisit(90, QDate(2021, 10, 15))->isEmpty());
    overdue = lists.withoutVisit(30, QDate(2021, 12, 31));
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->at(0).households == 2);
    CHECK(lists.withoutVisit(90, QDate(2021, 10, 15), c.otherVillage)->isEmpty());

    // Cadres who never visited come first, by name: 李 was entered before 孙, whose name sorts first.
    const qint64 li = c.addCadre(QStringLiteral("李干部"));
    const qint64 sun = c.addCadre(QStringLiteral("孙干部"));
    REQUIRE(forces.pair(saveHousehold(c, QStringLiteral("A3"), 3), li, Spring).ok());
    REQUIRE(forces.pair(saveHousehold(c, QStringLiteral("A4"), 4), sun, Spring).ok());
    overdue = lists.withoutVisit(30, QDate(2021, 12, 31));
    REQUIRE(overdue->size() == 3);
    CHECK(overdue->at(0).id == sun);
    CHECK(overdue->at(1).id == li);
    CHECK(overdue->at(2).id == cadre);
}

TEST_CASE("a poor village without a current team of three is listed", "[forces]")
{
    TestCounty c;
    AssistanceForces forces(*c.db);
    c.exec(QStringLiteral("UPDATE division SET poor_village = 1 WHERE id IN (?, ?)"), {c.village, c.otherVillage});
    WorkTeam team;
    team.villageId = c.village;
    team.startDate = Summer;
    REQUIRE(forces.saveWorkTeam(team).ok());
    WorkTeam notAVillage = team;
    notAVillage.meta = {};
    notAVillage.villageId = c.township;
    CHECK(!forces.saveWorkTeam(notAVillage).ok());

    QList<qint64> members;
    for (const QString &name : {QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")}) {
        WorkTeamMember m;
        m.teamId = team.meta.id;
        m.cadreId = c.addCadre(name);
        m.role = members.isEmpty() ? QStringLiteral("first_secretary") : QStringLiteral("member");
        const Result<qint64> r = forces.addTeamMember(m);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        members << r.value();
    }
    WorkTeamMember twice;
    twice.teamId = team.meta.id;
    twice.cadreId = WorkTeamMemberRepository(*c.db).load(members.at(0))->cadreId;
    CHECK(!forces.addTeamMember(twice).ok());
    twice.cadreId = c.addCadre(QStringLiteral("丁"));
    twice.role = QStringLiteral("captain");
    CHECK(!forces.addTeamMember(twice).ok());
    // Members are records of their own, audited.
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'work_team_member' AND field = "
                                  "'cadre_id'"))
              .toInt()
        == 3);

    const ForcesLists lists(*c.db);
    auto villages = lists.villagesWithoutTeam();
    REQUIRE(villages.ok());
    REQUIRE(villages->size() == 1);
    CHECK(villages->at(0).id == c.otherVillage);

    REQUIRE(forces.removeTeamMember(members.at(2), QStringLiteral("调离")).ok());
    villages = lists.villagesWithoutTeam();
    REQUIRE(villages->size() == 2);
    CHECK(villages->at(0).members + villages->at(1).members == 2);
    CHECK(lists.villagesWithoutTeam(c.otherTownship)->size() == 1);
    const auto teams = lists.workTeams();
    REQUIRE(teams->size() == 1);
    CHECK(teams->at(0).memberCount == 2);
    CHECK(teams->at(0).members.contains(QStringLiteral("第一书记")));
}

TEST_CASE("quality: a household paired with an inactive cadre, a cadre who is a registered poor person", "[forces]")
{
    TestCounty c;
    AssistanceForces forces(*c.db);
    Household a = c.household(QStringLiteral("A1"), 1);
    REQUIRE(HouseholdRepository(*c.db).save(a).ok());
    const qint64 cadre = c.addCadre(QStringLiteral("赵干部"));
    REQUIRE(forces.pair(a.meta.id, cadre, Spring).ok());
    QualityChecker checker(*c.db);
    const auto codes = [&] {
        QStringList seen;
        const Result<QList<Finding>> all = checker.checkDivision(0, TestCounty::Year);
        REQUIRE(all.ok());
        for (const Finding &f : all.value())
            seen << f.ruleCode;
        return seen;
    };
    CHECK(codes().isEmpty());

    REQUIRE(forces.setCadreActive(cadre, false).ok());
    CHECK(codes() == QStringList{QStringLiteral("Q17")});
    const Result<QualityContext> context = checker.contextFor(a, TestCounty::Year);
    REQUIRE(context.ok());
    const QList<Finding> one = checker.checkHousehold(a, context.value());
    REQUIRE(one.size() == 1);
    CHECK(one.at(0).ruleCode == QStringLiteral("Q17"));
    CHECK(one.at(0).message.contains(QStringLiteral("赵干部")));

    // Pairing with an active cadre clears it; a cadre saved with a member's ID number is Q15.
    Cadre spouse;
    spouse.name = QStringLiteral("冒名干部");
    spouse.sexCode = QStringLiteral("2");
    spouse.idNumber = a.members.at(1).idNumber;
    REQUIRE(forces.saveCadre(spouse).ok());
    REQUIRE(forces.pair(a.meta.id, spouse.meta.id, Summer).ok());
    CHECK(codes() == QStringList{QStringLiteral("Q15")});
}

TEST_CASE("by unit and by form: cadres, households now, villages, visits this quarter, measures", "[forces]")
{
    TestCounty c;
    AssistanceForces forces(*c.db);
    AssistanceUnit unit;
    unit.name = QStringLiteral("县财政局");
    unit.formCode = QStringLiteral("6");
    unit.levelCode = QStringLiteral("4");
    REQUIRE(forces.saveUnit(unit).ok());
    AssistanceUnit enterprise = unit;
    enterprise.meta = {};
    enterprise.name = QStringLiteral("县城投公司");
    enterprise.formCode = QStringLiteral("5");
    enterprise.ownership = QStringLiteral("state");
    REQUIRE(forces.saveUnit(enterprise).ok());
    QList<qint64> cadres;
    for (const QString &name : {QStringLiteral("甲"), QStringLiteral("乙")}) {
        Cadre cadre;
        cadre.name = name;
        cadre.sexCode = QStringLiteral("1");
        cadre.unitId = unit.meta.id;
        REQUIRE(forces.saveCadre(cadre).ok());
        cadres << cadre.meta.id;
    }
    const qint64 a = saveHousehold(c, QStringLiteral("A1"), 1);
    const qint64 b = saveHousehold(c, QStringLiteral("A2"), 2);
    Household other = c.household(QStringLiteral("B1"), 3);
    other.townshipId = c.otherTownship;
    c.moveTo(other, c.otherVillage);
    other.groupId = c.otherGroup;
    REQUIRE(HouseholdRepository(*c.db).save(other).ok());
    REQUIRE(forces.pairMany({a, b}, cadres.at(0), Spring).ok());
    REQUIRE(forces.pair(other.meta.id, cadres.at(1), Spring).ok());
    Visit old;
    old.householdId = a;
    old.cadreId = cadres.at(0);
    old.date = QDate(2021, 3, 31);
    old.findings = QStringLiteral("上季度");
    REQUIRE(forces.saveVisit(old).ok());
    Visit recent = old;
    recent.meta = {};
    recent.date = QDate(2021, 4, 2);
    REQUIRE(forces.saveVisit(recent).ok());
    Measure byUnit;
    byUnit.householdId = a;
    byUnit.categoryCode = QStringLiteral("01");
    byUnit.startDate = Spring;
    byUnit.unitId = unit.meta.id;
    byUnit.cadreId = cadres.at(0); // counted once
    REQUIRE(forces.saveMeasure(byUnit).ok());
    Measure byEnterprise = byUnit;
    byEnterprise.meta = {};
    byEnterprise.unitId = enterprise.meta.id;
    byEnterprise.cadreId = 0;
    REQUIRE(forces.saveMeasure(byEnterprise).ok());

    const ForcesLists lists(*c.db);
    CHECK(ForcesLists::quarterStart(QDate(2021, 5, 17)) == QDate(2021, 4, 1));
    const auto units = lists.byUnit(QDate(2021, 4, 1));
    REQUIRE(units.ok());
    REQUIRE(units->size() == 2);
    const ForcesLists::Contribution &e = units->at(0); // form 5 first
    CHECK(e.name == QStringLiteral("县城投公司"));
    CHECK(e.cadres == 0);
    CHECK(e.measures == 1);
    const ForcesLists::Contribution &f = units->at(1);
    CHECK(f.cadres == 2);
    CHECK(f.households == 3);
    CHECK(f.villages == 2);
    CHECK(f.visits == 1);
    CHECK(f.measures == 1);
    CHECK(lists.byUnit(QDate(2021, 4, 1), QStringLiteral("6"))->size() == 1);
    const auto forms = lists.byForm(QDate(2021, 1, 1));
    REQUIRE(forms->size() == 2);
    CHECK(forms->at(1).formCode == QStringLiteral("6"));
    CHECK(forms->at(1).visits == 2);
    CHECK(lists.householdsOfUnit(unit.meta.id)->size() == 3);
    CHECK(lists.householdsOfUnit(0, QStringLiteral("5"))->isEmpty());
}

TEST_CASE("by unit and by form: projects brought and the ledger's money on them", "[forces][funds]")
{
    TestCounty c;
    AssistanceForces forces(*c.db);
    AssistanceUnit partner;
    partner.name = QStringLiteral("杭州市对口帮扶工作组");
    partner.formCode = QStringLiteral("2");
    partner.levelCode = QStringLiteral("3");
    REQUIRE(forces.saveUnit(partner).ok());
    AssistanceUnit bureau = partner;
    bureau.meta = {};
    bureau.name = QStringLiteral("县财政局");
    bureau.formCode = QStringLiteral("6");
    bureau.levelCode = QStringLiteral("4");
    REQUIRE(forces.saveUnit(bureau).ok());

    ProjectLibrary library(*c.db);
    auto addProject = [&](const QString &name, qint64 unitId) {
        Project p;
        p.name = name;
        p.categoryCode = QStringLiteral("03");
        p.divisionId = c.village;
        p.year = 2020;
        p.performanceTarget = QStringLiteral("解决100户出行难");
        p.unitId = unitId;
        const Result<qint64> id = library.save(p);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    };
    const qint64 road = addProject(QStringLiteral("岜沙村通组公路"), partner.meta.id);
    const qint64 water = addProject(QStringLiteral("岜沙村饮水工程"), partner.meta.id);
    const qint64 cancelled = addProject(QStringLiteral("岜沙村冷库"), partner.meta.id);
    addProject(QStringLiteral("县级项目管理费"), 0); // no unit: in no row
    ProjectLifecycle lifecycle(*c.db);
    ProjectEvent cancel;
    cancel.to = ProjectStatus::Cancelled;
    cancel.date = QDate(2020, 3, 1);
    cancel.reason = QStringLiteral("选址调整");
    REQUIRE(lifecycle.advance(cancelled, cancel).ok());
    for (qint64 id : {road, water}) {
        for (ProjectStatus to : {ProjectStatus::InLibrary, ProjectStatus::Approved}) {
            ProjectEvent step;
            step.to = to;
            step.date = QDate(2020, 1, 20);
            REQUIRE(lifecycle.advance(id, step).ok());
        }
    }

    FundSource source;
    source.name = QStringLiteral("2020年东西部协作资金");
    source.typeCode = QStringLiteral("05");
    source.year = 2020;
    REQUIRE(FundSourceRepository(*c.db).save(source).ok());
    FundLedger ledger(*c.db);
    LedgerEntry in;
    in.sourceId = source.meta.id;
    in.date = QDate(2020, 2, 1);
    in.amountFen = 100'000'00;
    in.voucherNo = QStringLiteral("收-1");
    REQUIRE(ledger.receive(in).ok());
    LedgerEntry toRoad = in;
    toRoad.projectId = road;
    toRoad.amountFen = 30'000'50;
    toRoad.voucherNo = QStringLiteral("拨-1");
    const Result<qint64> roadAllocation = ledger.allocate(toRoad);
    INFO(roadAllocation.error().toStdString());
    REQUIRE(roadAllocation.ok());
    LedgerEntry toWater = toRoad;
    toWater.projectId = water;
    toWater.amountFen = 20'000'00;
    REQUIRE(ledger.allocate(toWater).ok());
    LedgerEntry paid;
    paid.allocationId = roadAllocation.value();
    paid.date = QDate(2020, 5, 1);
    paid.amountFen = 10'000'25;
    paid.payee = QStringLiteral("从江县路桥公司");
    paid.voucherNo = QStringLiteral("付-1");
    REQUIRE(ledger.disburse(paid).ok());

    const ForcesLists lists(*c.db);
    const auto units = lists.byUnit(QDate(2020, 4, 1));
    REQUIRE(units.ok());
    REQUIRE(units->size() == 2);
    const ForcesLists::Contribution &p = units->at(0); // form 2 first
    CHECK(p.unitId == partner.meta.id);
    CHECK(p.projects == 2); // the cancelled one is not counted
    CHECK(p.allocatedFen == 50'000'50);
    CHECK(p.disbursedFen == 10'000'25);
    CHECK(units->at(1).projects == 0);
    CHECK(units->at(1).allocatedFen == 0);
    // Filtered by form, the binds still line up with the placeholders.
    const auto ofForm = lists.byUnit(QDate(2020, 4, 1), QStringLiteral("2"));
    REQUIRE(ofForm->size() == 1);
    CHECK(ofForm->at(0).allocatedFen == 50'000'50);
    const auto forms = lists.byForm(QDate(2020, 1, 1));
    REQUIRE(forms->size() == 2);
    CHECK(forms->at(0).formCode == QStringLiteral("2"));
    CHECK(forms->at(0).projects == 2);
    CHECK(forms->at(0).disbursedFen == 10'000'25);
    CHECK(forms->at(1).projects == 0);
}
