// SPDX-License-Identifier: GPL-3.0-or-later
#include "../TestSql.h"
#include "TestCounty.h"
#include "accounts/AccessPolicy.h"
#include "demo/DemoGenerator.h"
#include "quality/QualityChecker.h"
#include "register/HouseholdRepository.h"
#include "register/IdNumber.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>

#include <catch2/catch.hpp>

namespace {

QualityContext yearContext()
{
    QualityContext context;
    context.year = TestCounty::Year;
    return context;
}

// The messages of one rule for a household.
QStringList messages(const Household &h, const QString &code, const QualityContext &context = yearContext())
{
    const QualityRule *rule = QualityRules::find(code);
    REQUIRE(rule != nullptr);
    return rule->check(h, context);
}

QStringList codesOf(const QList<Finding> &findings)
{
    QStringList codes;
    for (const Finding &f : findings) {
        if (!codes.contains(f.ruleCode))
            codes << f.ruleCode;
    }
    return codes;
}

Household clean()
{
    return TestCounty().household(QStringLiteral("T1"), 1);
}

// A finding as one line, so that lists compare and print whole.
QStringList lines(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                   .arg(f.householdId)
                   .arg(f.householdCode, f.ruleCode, QualityRules::severityName(f.severity), f.headName, f.message);
    return out;
}

// What the editor sees: each non-deleted household of the division loaded alone, with its context
// read by contextFor, checked by checkHousehold.
QList<Finding> householdByHousehold(CountyDatabase &db, qint64 divisionId, int year)
{
    QList<qint64> ids;
    REQUIRE(HouseholdRepository(db).forEach(divisionId, [&](const Household &h) {
        ids << h.meta.id;
        return true;
    }));
    const QualityChecker checker(db);
    QList<Finding> findings;
    for (qint64 id : std::as_const(ids)) {
        const Result<Household> h = HouseholdRepository(db).load(id);
        REQUIRE(h.ok());
        const Result<QualityContext> context = checker.contextFor(h.value(), year);
        REQUIRE(context.ok());
        findings << checker.checkHousehold(h.value(), context.value());
    }
    return findings;
}

// Breaks every rule somewhere in a demo county, as imports and old data do; SQL, as the
// repository would refuse some of it.
void breakRules(CountyDatabase &db)
{
    QSqlQuery q(TestSql::of(db));
    const QStringList statements{
        // Q01: no head, two heads, no members
        QStringLiteral("UPDATE member SET relation_code = '99' WHERE relation_code = '01' AND household_id % 17 = 1"),
        QStringLiteral("UPDATE member SET relation_code = '01' WHERE household_id % 19 = 2 AND position = "
                       "(SELECT max(position) FROM member m WHERE m.household_id = member.household_id)"),
        QStringLiteral("DELETE FROM member WHERE household_id % 97 = 3"),
        // Q02: a wrong check digit, none, too short
        QStringLiteral("UPDATE member SET id_number = substr(id_number, 1, 17) || CASE substr(id_number, 18, 1) "
                       "WHEN '1' THEN '2' ELSE '1' END WHERE id % 23 = 4 AND length(id_number) = 18"),
        QStringLiteral("UPDATE member SET id_number = '' WHERE id % 41 = 5"),
        QStringLiteral("UPDATE member SET id_number = substr(id_number, 1, 14) WHERE id % 43 = 6"),
        // Q03 to Q07
        QStringLiteral("UPDATE household SET main_cause_code = '01' WHERE id % 13 = 7"),
        QStringLiteral("UPDATE member SET health_codes = '1' WHERE household_id % 13 = 7"),
        QStringLiteral("UPDATE household SET other_cause1_code = '02' WHERE id % 11 = 8"),
        QStringLiteral("UPDATE member SET health_codes = '2' WHERE household_id % 11 = 8"),
        QStringLiteral("UPDATE household SET other_cause2_code = '03' WHERE id % 29 = 9"),
        QStringLiteral("UPDATE member SET schooling_code = '00' WHERE household_id % 29 = 9"),
        QStringLiteral("UPDATE household SET attribute_code = '04' WHERE id % 31 = 10"),
        QStringLiteral("UPDATE member SET subsistence_allowance = 0 WHERE household_id % 31 = 10"),
        QStringLiteral("UPDATE household SET attribute_code = '06' WHERE id % 37 = 11"),
        QStringLiteral("UPDATE member SET labour_code = '1' WHERE household_id % 37 = 11"),
        // Q08, Q09 (months outside 0–12 the file itself refuses since level 4)
        QStringLiteral("UPDATE member SET work_place = '广东东莞', months_worked = 0 WHERE id % 59 = 14"),
        // Q10 in the year checked and in another year, which must not count
        QStringLiteral("UPDATE income SET op_costs = 99999999 WHERE household_id % 7 = 1"),
        QStringLiteral("UPDATE income SET wage_migrant = 900000000 WHERE household_id % 61 = 15"),
        // Q11
        QStringLiteral("UPDATE member SET sex_code = (SELECT h.sex_code FROM member h WHERE h.household_id = "
                       "member.household_id AND h.relation_code = '01' LIMIT 1) "
                       "WHERE relation_code = '10' AND household_id % 67 = 16"),
        // Q12, Q13
        QStringLiteral("UPDATE living_condition SET farmland_mu = 900.5 WHERE household_id % 7 = 3"),
        QStringLiteral("UPDATE living_condition SET road_distance_km = 77.25 WHERE household_id % 71 = 18"),
        // Q14
        QStringLiteral("UPDATE pairing SET end_date = '2020-01-01' WHERE household_id % 73 = 19"),
        // Q15: cadres holding members' ID numbers
        QStringLiteral("UPDATE cadre SET id_number = coalesce((SELECT m.id_number FROM member m WHERE m.id = "
                       "cadre.id * 7 + 3), '') WHERE cadre.id % 3 = 0"),
        // Q17: cadres who left (inactive), and one deleted
        QStringLiteral("UPDATE cadre SET active = 0 WHERE id % 13 = 4"),
        QStringLiteral(
            "UPDATE cadre SET deleted_at = '2024-01-01T00:00:00', deleted_reason = 'test' WHERE id % 13 = 5"),
        // Q16: one person in two households, twice in one household
        QStringLiteral(
            "UPDATE member SET id_number = coalesce((SELECT o.id_number FROM member o WHERE o.id = member.id - 7), '') "
            "WHERE id % 83 = 21"),
        QStringLiteral(
            "UPDATE member SET id_number = coalesce((SELECT o.id_number FROM member o WHERE o.household_id = "
            "member.household_id AND o.position = 0), '') WHERE position = 1 AND household_id % 89 = 22"),
        // Deleted households count nowhere, not even as the other registration.
        QStringLiteral("UPDATE household SET deleted_at = '2024-01-01T00:00:00', deleted_reason = 'test' "
                       "WHERE id % 5 = 2"),
    };
    for (const QString &sql : statements) {
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
}

qint64 saveOk(HouseholdRepository &repo, Household &h)
{
    const Result<qint64> r = repo.save(h);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("the rule list", "[quality]")
{
    const QList<QualityRule> &rules = qualityRules();
    REQUIRE(rules.size() == 17);
    for (int i = 0; i < rules.size(); ++i) {
        CHECK(rules[i].code == QStringLiteral("Q%1").arg(i + 1, 2, 10, QLatin1Char('0')));
        CHECK_FALSE(rules[i].title.isEmpty());
        CHECK(rules[i].check);
    }
    CHECK(QualityRules::find(QStringLiteral("Q99")) == nullptr);
}

TEST_CASE("a clean household has no findings", "[quality]")
{
    TestCounty c;
    const QList<Finding> findings = QualityChecker(*c.db).checkHousehold(clean(), yearContext());
    CHECK(codesOf(findings).isEmpty());
}

TEST_CASE("Q01 exactly one head", "[quality]")
{
    Household h = clean();
    CHECK(messages(h, QStringLiteral("Q01")).isEmpty());
    h.members[0].relationCode = QStringLiteral("99");
    CHECK(messages(h, QStringLiteral("Q01")).size() == 1);
    h.members[0].relationCode = QStringLiteral("01");
    h.members[1].relationCode = QStringLiteral("01");
    const QStringList m = messages(h, QStringLiteral("Q01"));
    REQUIRE(m.size() == 1);
    CHECK(m[0].contains(QStringLiteral("王大山, 李秀英")));
    h.members.clear();
    CHECK(messages(h, QStringLiteral("Q01")).size() == 1);
}

TEST_CASE("Q02 ID numbers", "[quality]")
{
    Household h = clean();
    // Old 15-digit numbers are fine too.
    h.members[1].idNumber = QStringLiteral("522633670101124");
    CHECK(messages(h, QStringLiteral("Q02")).isEmpty());
    // A disability certificate number is not a resident ID number.
    h.members[2].idNumber += QStringLiteral("41");
    const QStringList certificate = messages(h, QStringLiteral("Q02"));
    REQUIRE(certificate.size() == 1);
    CHECK(certificate[0].contains(QStringLiteral("disability certificate")));

    QString wrong = h.members[0].idNumber;
    wrong[17] = wrong[17] == u'1' ? u'2' : u'1';
    h.members[0].idNumber = wrong;
    h.members[2].idNumber.clear();
    const QStringList m = messages(h, QStringLiteral("Q02"));
    REQUIRE(m.size() == 2);
    CHECK(m[0].contains(QStringLiteral("王大山")));
    CHECK(m[0].contains(wrong));
    CHECK(m[0].contains(QStringLiteral("check digit")));
    CHECK(m[1].contains(QStringLiteral("王小明")));
    CHECK(m[1].contains(QStringLiteral("no ID number")));

    h.members[0].idNumber = QStringLiteral("52263319650101");
    CHECK(messages(h, QStringLiteral("Q02")).size() == 2);
}

TEST_CASE("Q03 illness cause needs an ill member", "[quality]")
{
    Household h = clean();
    h.mainCauseCode = QStringLiteral("01");
    CHECK(messages(h, QStringLiteral("Q03")).size() == 1);
    h.members[2].healthCodes = {QStringLiteral("4"), QStringLiteral("3")};
    CHECK(messages(h, QStringLiteral("Q03")).isEmpty());
    h.members[2].healthCodes = {QStringLiteral("2")};
    CHECK(messages(h, QStringLiteral("Q03")).isEmpty());

    h = clean();
    h.otherCause2Code = QStringLiteral("01");
    CHECK(messages(h, QStringLiteral("Q03")).size() == 1);
}

TEST_CASE("Q04 disability cause needs a disabled member", "[quality]")
{
    Household h = clean();
    h.mainCauseCode = QStringLiteral("02");
    h.members[0].healthCodes = {QStringLiteral("3")};
    CHECK(messages(h, QStringLiteral("Q04")).size() == 1);
    h.members[1].healthCodes = {QStringLiteral("2"), QStringLiteral("4")};
    CHECK(messages(h, QStringLiteral("Q04")).isEmpty());
}

TEST_CASE("Q05 education cause needs a student", "[quality]")
{
    Household h = clean();
    h.otherCause1Code = QStringLiteral("03");
    CHECK(messages(h, QStringLiteral("Q05")).isEmpty()); // the child is in grade 8
    h.members[2].schoolingCode = QStringLiteral("00");
    CHECK(messages(h, QStringLiteral("Q05")).size() == 1);
    h.members[0].schoolingCode = QStringLiteral("40");
    CHECK(messages(h, QStringLiteral("Q05")).isEmpty());
}

TEST_CASE("Q06 subsistence-allowance household needs a recipient", "[quality]")
{
    for (const QString &attribute : {QStringLiteral("04"), QStringLiteral("02")}) {
        Household h = clean();
        h.attributeCode = attribute;
        CHECK(messages(h, QStringLiteral("Q06")).size() == 1);
        h.members[2].subsistenceAllowance = true;
        CHECK(messages(h, QStringLiteral("Q06")).isEmpty());
    }
    Household ordinary = clean();
    ordinary.attributeCode = QStringLiteral("01");
    CHECK(messages(ordinary, QStringLiteral("Q06")).isEmpty());
}

TEST_CASE("Q07 extreme-poverty household with a labourer aged 16 to 65", "[quality]")
{
    Household h = clean();
    h.attributeCode = QStringLiteral("06");
    // Head 54 and spouse 52 in 2019, both ordinary labour; the child is not labour.
    QStringList m = messages(h, QStringLiteral("Q07"));
    REQUIRE(m.size() == 2);
    CHECK(m[0].contains(QStringLiteral("王大山")));
    CHECK(m[0].contains(QStringLiteral("54")));

    h.attributeCode = QStringLiteral("03");
    h.members[1].labourCode = QStringLiteral("4");
    h.members[0].birthDate = {}; // the age then comes from the ID number
    CHECK(messages(h, QStringLiteral("Q07")).size() == 1);

    h.members[0].birthDate = QDate(1953, 12, 31); // 66 at the end of 2019
    h.members[0].idNumber = IdNumber::make(QStringLiteral("522633"), h.members[0].birthDate, 11);
    CHECK(messages(h, QStringLiteral("Q07")).isEmpty());
    h.members[0].birthDate = QDate(1954, 1, 1); // 65
    CHECK(messages(h, QStringLiteral("Q07")).size() == 1);
    h.members[0].labourCode = QStringLiteral("3");
    CHECK(messages(h, QStringLiteral("Q07")).isEmpty());

    Household ordinary = clean();
    CHECK(messages(ordinary, QStringLiteral("Q07")).isEmpty());
}

TEST_CASE("Q08 months worked from 0 to 12", "[quality]")
{
    Household h = clean();
    h.members[0].monthsWorked = 12;
    h.members[0].workPlace = QStringLiteral("广东");
    h.members[1].welfareJobMonths = 12;
    CHECK(messages(h, QStringLiteral("Q08")).isEmpty());
    h.members[0].monthsWorked = 13;
    h.members[1].welfareJobMonths = -1;
    const QStringList m = messages(h, QStringLiteral("Q08"));
    REQUIRE(m.size() == 2);
    CHECK(m[0].contains(QStringLiteral("王大山")));
    CHECK(m[0].contains(QStringLiteral("13")));
    CHECK(m[1].contains(QStringLiteral("李秀英")));
}

TEST_CASE("Q09 a work place with 0 months", "[quality]")
{
    Household h = clean();
    h.members[1].workPlace = QStringLiteral("浙江宁波");
    const QStringList m = messages(h, QStringLiteral("Q09"));
    REQUIRE(m.size() == 1);
    CHECK(m[0].contains(QStringLiteral("李秀英")));
    CHECK(m[0].contains(QStringLiteral("浙江宁波")));
    h.members[1].monthsWorked = 8;
    CHECK(messages(h, QStringLiteral("Q09")).isEmpty());
}

TEST_CASE("Q10 per-capita income above 0 and at most 100,000 yuan", "[quality]")
{
    Household h = clean();
    IncomeRecord &income = h.incomes[0];
    income = IncomeRecord();
    income.year = TestCounty::Year;
    income.householdSize = 3;
    income.wageMigrant = 3 * 10'000'000; // exactly 100,000 yuan each
    CHECK(messages(h, QStringLiteral("Q10")).isEmpty());
    income.wageMigrant += 3;
    QStringList m = messages(h, QStringLiteral("Q10"));
    REQUIRE(m.size() == 1);
    CHECK(m[0].contains(QStringLiteral("100,000.01")));

    income.wageMigrant = 100'000;
    income.opCosts = 100'000;
    m = messages(h, QStringLiteral("Q10"));
    REQUIRE(m.size() == 1);
    CHECK(m[0].contains(QStringLiteral("0.00 yuan")));
    income.opCosts = 99'997;
    CHECK(messages(h, QStringLiteral("Q10")).isEmpty()); // 0.01 yuan each
    income.opCosts = 400'000;
    CHECK(messages(h, QStringLiteral("Q10"))[0].contains(QStringLiteral("-1,000.00")));

    // Only the year checked counts; a year without income is not this rule's business.
    QualityContext other = yearContext();
    other.year = TestCounty::Year + 1;
    CHECK(messages(h, QStringLiteral("Q10"), other).isEmpty());
}

TEST_CASE("Q11 head and spouse of the same sex", "[quality]")
{
    Household h = clean();
    CHECK(messages(h, QStringLiteral("Q11")).isEmpty());
    h.members[1].sexCode = QStringLiteral("1");
    const QStringList m = messages(h, QStringLiteral("Q11"));
    REQUIRE(m.size() == 1);
    CHECK(m[0].contains(QStringLiteral("王大山")));
    CHECK(m[0].contains(QStringLiteral("李秀英")));
    h.members[1].relationCode = QStringLiteral("70"); // a brother may well be male
    CHECK(messages(h, QStringLiteral("Q11")).isEmpty());
}

TEST_CASE("Q12 farmland per person", "[quality]")
{
    Household h = clean();
    h.livingConditions[0].farmlandMu = 150; // 50 each
    CHECK(messages(h, QStringLiteral("Q12")).isEmpty());
    h.livingConditions[0].farmlandMu = 151;
    const QStringList m = messages(h, QStringLiteral("Q12"));
    REQUIRE(m.size() == 1);
    CHECK(m[0].contains(QStringLiteral("151 mu")));
    CHECK(m[0].contains(QStringLiteral("50.3333")));
    h.livingConditions[0].year = 2018;
    CHECK(messages(h, QStringLiteral("Q12")).isEmpty());
}

TEST_CASE("Q13 road distance", "[quality]")
{
    Household h = clean();
    h.livingConditions[0].roadDistanceKm = 50;
    CHECK(messages(h, QStringLiteral("Q13")).isEmpty());
    h.livingConditions[0].roadDistanceKm = 120.5;
    const QStringList m = messages(h, QStringLiteral("Q13"));
    REQUIRE(m.size() == 1);
    CHECK(m[0].contains(QStringLiteral("120.5 km")));
}

TEST_CASE("Q14 a responsible cadre", "[quality]")
{
    QualityContext context = yearContext();
    CHECK(messages(clean(), QStringLiteral("Q14"), context).isEmpty());
    context.hasResponsibleCadre = false;
    CHECK(messages(clean(), QStringLiteral("Q14"), context).size() == 1);
}

TEST_CASE("Q15 a cadre registered as a poor person", "[quality]")
{
    const Household h = clean();
    QualityContext context = yearContext();
    context.cadresWithId.insert(QStringLiteral("522633196501010000"), {QStringLiteral("赵干部")});
    CHECK(messages(h, QStringLiteral("Q15"), context).isEmpty());
    context.cadresWithId.insert(h.members[1].idNumber, {QStringLiteral("赵干部")});
    const QStringList m = messages(h, QStringLiteral("Q15"), context);
    REQUIRE(m.size() == 1);
    CHECK(m[0].contains(QStringLiteral("李秀英")));
    CHECK(m[0].contains(QStringLiteral("赵干部")));
}

TEST_CASE("Q16 the same person registered twice", "[quality]")
{
    Household h = clean();
    CHECK(messages(h, QStringLiteral("Q16")).isEmpty());
    QualityContext context = yearContext();
    context.otherRegistrations.insert(h.members[2].idNumber,
        {Registration{77, QStringLiteral("B9"), QStringLiteral("王明"), QStringLiteral("岜沙村"), true}});
    QStringList m = messages(h, QStringLiteral("Q16"), context);
    REQUIRE(m.size() == 1);
    CHECK(m[0].contains(QStringLiteral("王小明")));
    CHECK(m[0].contains(QStringLiteral("B9")));
    CHECK(m[0].contains(QStringLiteral("王明")));

    h.members[1].idNumber = h.members[0].idNumber;
    m = messages(h, QStringLiteral("Q16"));
    REQUIRE(m.size() == 1);
    CHECK(m[0].contains(QStringLiteral("twice in this household")));
}

TEST_CASE("findings name the household and its head", "[quality]")
{
    TestCounty c;
    Household h = clean();
    h.meta.id = 42;
    h.members[0].monthsWorked = 20;
    const QList<Finding> findings = QualityChecker(*c.db).checkHousehold(h, yearContext());
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].ruleCode == QStringLiteral("Q08"));
    CHECK(findings[0].severity == Severity::Error);
    CHECK(findings[0].householdId == 42);
    CHECK(findings[0].householdCode == h.code);
    CHECK(findings[0].headName == QStringLiteral("王大山"));
}

TEST_CASE("checking a division finds cross-household problems with SQL", "[quality]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household a = c.household(QStringLiteral("A1"), 1);
    const qint64 aId = saveOk(repo, a);
    Household b = c.household(QStringLiteral("B1"), 2);
    b.townshipId = c.otherTownship;
    c.moveTo(b, c.otherVillage);
    b.groupId = c.otherGroup;
    const qint64 bId = saveOk(repo, b);
    const qint64 cadre = c.addCadre(QStringLiteral("赵干部"));
    c.pair(aId, cadre);
    QualityChecker checker(*c.db);

    Result<QList<Finding>> all = checker.checkDivision(0, TestCounty::Year);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1); // only B1 lacks a cadre
    CHECK(all->at(0).ruleCode == QStringLiteral("Q14"));
    CHECK(all->at(0).householdId == bId);

    // A cadre holding the spouse's ID number, and B1's child entered with A1's head's ID (as an
    // import might do; saving through the repository refuses it).
    c.exec(QStringLiteral("UPDATE cadre SET id_number = ? WHERE id = ?"), {a.members[1].idNumber, cadre});
    c.pair(bId, c.addCadre(QStringLiteral("钱干部"), QStringLiteral("522633198001010017")));
    c.exec(
        QStringLiteral("UPDATE member SET id_number = ? WHERE id = ?"), {a.members[0].idNumber, b.members[2].meta.id});

    all = checker.checkDivision(0, TestCounty::Year);
    REQUIRE(all.ok());
    QStringList seen;
    for (const Finding &f : all.value())
        seen << f.householdCode + u':' + f.ruleCode;
    CHECK(seen
        == QStringList{
            a.code + QStringLiteral(":Q15"), a.code + QStringLiteral(":Q16"), b.code + QStringLiteral(":Q16")});
    CHECK(all->at(0).message.contains(QStringLiteral("赵干部")));
    CHECK(all->at(1).message.contains(b.code));
    CHECK(all->at(2).message.contains(a.code));
    CHECK(all->at(2).message.contains(QStringLiteral("王大山")));

    // A division sees only its households; a deleted household counts nowhere.
    Result<QList<Finding>> township = checker.checkDivision(c.township, TestCounty::Year);
    REQUIRE(township.ok());
    CHECK(codesOf(township.value()) == QStringList{QStringLiteral("Q15"), QStringLiteral("Q16")});
    REQUIRE(repo.softDelete(bId, QStringLiteral("test")).ok());
    township = checker.checkDivision(c.village, TestCounty::Year);
    REQUIRE(township.ok());
    CHECK(codesOf(township.value()) == QStringList{QStringLiteral("Q15")});
    CHECK_FALSE(checker.checkDivision(987654, TestCounty::Year).ok());

    // Quality rules run on the stored data: a household-level finding shows up too. (The child's
    // own number back first: save counts the people of deleted households too.)
    c.exec(
        QStringLiteral("UPDATE member SET id_number = ? WHERE id = ?"), {b.members[2].idNumber, b.members[2].meta.id});
    Household edited = repo.load(aId).value();
    edited.members[0].workPlace = QStringLiteral("广东");
    saveOk(repo, edited);
    township = checker.checkDivision(c.group, TestCounty::Year);
    REQUIRE(township.ok());
    CHECK(codesOf(township.value()) == QStringList{QStringLiteral("Q09"), QStringLiteral("Q15")});
}

TEST_CASE("the context of one household for an editor", "[quality]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household a = c.household(QStringLiteral("A1"), 1);
    const qint64 aId = saveOk(repo, a);
    c.pair(aId, c.addCadre(QStringLiteral("赵干部"), a.members[1].idNumber));
    QualityChecker checker(*c.db);

    Result<QualityContext> context = checker.contextFor(a, TestCounty::Year);
    REQUIRE(context.ok());
    CHECK(context->hasResponsibleCadre);
    CHECK(context->otherRegistrations.isEmpty());
    CHECK(codesOf(checker.checkHousehold(a, context.value())) == QStringList{QStringLiteral("Q15")});

    // An unsaved household re-entering A1's head, typed with a lowercase x or spaces.
    Household draft = c.household(QStringLiteral("N1"), 5);
    draft.members[2].idNumber = u' ' + a.members[0].idNumber.toLower();
    context = checker.contextFor(draft, TestCounty::Year);
    REQUIRE(context.ok());
    CHECK_FALSE(context->hasResponsibleCadre);
    const QList<Finding> findings = checker.checkHousehold(draft, context.value());
    CHECK(codesOf(findings) == QStringList{QStringLiteral("Q14"), QStringLiteral("Q16")});
    CHECK(findings.last().message.contains(a.code));
    CHECK(findings.last().householdId == 0);
}

// The county check gathers cross-household facts with set-based SQL and loads only the columns and
// the year the rules read; a rule must find exactly what it finds on one household loaded whole,
// as the editor checks it.
TEST_CASE("checking a division finds what checking each household alone finds", "[quality]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.fupin"));
    auto opened = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
    REQUIRE(opened.ok());
    CountyDatabase &db = *opened.value();
    REQUIRE(db.initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
    DemoOptions options;
    options.households = 400;
    options.seed = 11;
    options.lastYear = 2024;
    REQUIRE(DemoGenerator::generate(db, options).ok());
    breakRules(db);

    QualityRun inHalves;
    inHalves.splitFrom = 1;
    for (int year : {2024, 2019}) {
        INFO(year);
        const Result<QList<Finding>> county = QualityChecker(db).checkDivision(0, year);
        REQUIRE(county.ok());
        const QStringList found = lines(county.value());
        CHECK(found == lines(householdByHousehold(db, 0, year)));
        // In two halves on two threads and connections, in the same order.
        const Result<QList<Finding>> halves = QualityChecker(db).checkDivision(0, year, inHalves);
        REQUIRE(halves.ok());
        CHECK(lines(halves.value()) == found);
        QStringList codes;
        for (const Finding &f : county.value()) {
            if (!codes.contains(f.ruleCode))
                codes << f.ruleCode;
        }
        codes.sort();
        if (year == 2024) {
            QStringList all;
            for (const QualityRule &r : qualityRules())
                all << r.code;
            // Every rule has something to find, but Q08: months outside 0–12 are refused by the
            // county file itself since level 4, so they cannot be stored to be found.
            all.removeOne(QStringLiteral("Q08"));
            CHECK(codes == all);
        }

        // The same on a connection of its own, as a worker thread opens it.
        const Result<QList<Finding>> again
            = QualityChecker::checkFile(path, AccessPolicy::readScope(db).value(), 0, year);
        REQUIRE(again.ok());
        CHECK(lines(again.value()) == found);
        const Result<QList<Finding>> againInHalves
            = QualityChecker::checkFile(path, AccessPolicy::readScope(db).value(), 0, year, inHalves);
        REQUIRE(againInHalves.ok());
        CHECK(lines(againInHalves.value()) == found);
    }

    // Cancelled while both halves run.
    std::atomic_bool cancel = false;
    QualityRun cancelled = inHalves;
    cancelled.cancel = &cancel;
    cancelled.progress = [&](qint64, qint64) { cancel = true; };
    const Result<QList<Finding>> stopped
        = QualityChecker::checkFile(path, AccessPolicy::readScope(db).value(), 0, 2024, cancelled);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error() == QualityChecker::cancelledMessage());

    // A township and a village: their households only.
    QSqlQuery q(TestSql::of(db));
    REQUIRE(q.exec(QStringLiteral("SELECT township_id, village_id FROM household ORDER BY id DESC LIMIT 1")));
    REQUIRE(q.next());
    for (qint64 division : {q.value(0).toLongLong(), q.value(1).toLongLong()}) {
        const Result<QList<Finding>> part = QualityChecker(db).checkDivision(division, 2024);
        REQUIRE(part.ok());
        CHECK_FALSE(part->isEmpty());
        CHECK(lines(part.value()) == lines(householdByHousehold(db, division, 2024)));
        const Result<QList<Finding>> partInHalves = QualityChecker(db).checkDivision(division, 2024, inHalves);
        REQUIRE(partInHalves.ok());
        CHECK(lines(partInHalves.value()) == lines(part.value()));
    }
}

TEST_CASE("a county check reports progress and can be cancelled", "[quality]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    for (int i = 0; i < 1200; ++i) {
        Household h = c.household(QStringLiteral("P%1").arg(i), i);
        h.members[0].workPlace = QStringLiteral("广东东莞"); // with 0 months worked: Q09
        saveOk(repo, h);
    }
    const QualityChecker checker(*c.db);

    QList<QPair<qint64, qint64>> calls;
    QualityRun run;
    run.progress = [&](qint64 checked, qint64 total) { calls.append({checked, total}); };
    const Result<QList<Finding>> all = checker.checkDivision(0, TestCounty::Year, run);
    REQUIRE(all.ok());
    CHECK(all->size() == 2400); // a work place without months, and no cadre, in every household
    REQUIRE(calls.size() >= 3);
    CHECK(calls.first() == qMakePair(qint64(0), qint64(1200)));
    CHECK(calls.last() == qMakePair(qint64(1200), qint64(1200)));
    for (int i = 1; i < calls.size(); ++i)
        CHECK(calls[i].first > calls[i - 1].first);

    // Cancelled from the progress callback, as a user's click arrives between two reports.
    std::atomic_bool cancel = false;
    qint64 lastSeen = 0;
    run.cancel = &cancel;
    run.progress = [&](qint64 checked, qint64) {
        lastSeen = checked;
        if (checked >= 500)
            cancel = true;
    };
    const Result<QList<Finding>> stopped = checker.checkDivision(0, TestCounty::Year, run);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error() == QualityChecker::cancelledMessage());
    CHECK(lastSeen == 500);

    CHECK_FALSE(QualityChecker::checkFile(
        QStringLiteral("/nonexistent/dir/x.fupin"), AccessPolicy::readScope(*c.db).value(), 0, 2019)
                    .ok());
}
