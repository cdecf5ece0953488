// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"
#include "../TestSql.h"
#include "db/CountyDatabase.h"
#include "forces/ForcesLists.h"
#include "funds/MicroloanBook.h"
#include "quality/QualityChecker.h"
#include "register/IdNumber.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <iostream>

namespace {

constexpr int LastYear = 2024;

// The consistency tests look at the county the generator plans, without the data mistakes it plants
// for the quality check; the test of those mistakes turns them on.
DemoOptions smallCounty(quint64 seed = 2014)
{
    DemoOptions options;
    options.households = 300;
    options.seed = seed;
    options.lastYear = LastYear;
    options.plantMistakes = false;
    return options;
}

qint64 scalar(CountyDatabase &db, const QString &sql)
{
    QSqlQuery q(TestSql::of(db));
    if (!q.exec(sql) || !q.next())
        FAIL("query failed: " << sql.toStdString());
    return q.value(0).toLongLong();
}

// Every generated row of the tables the demo fills, uuids included. The county row itself is
// left out: CountyDatabase::initialize stamps it with the clock.
const QStringList HouseholdTables{QStringLiteral("household"), QStringLiteral("member")};
const QStringList OtherTables{QStringLiteral("division WHERE level > 1"), QStringLiteral("income"),
    QStringLiteral("living_condition"), QStringLiteral("status_event"), QStringLiteral("cadre"),
    QStringLiteral("pairing"), QStringLiteral("visit"), QStringLiteral("measure"), QStringLiteral("project"),
    QStringLiteral("fund_disbursement"), QStringLiteral("household_benefit"), QStringLiteral("microloan"),
    QStringLiteral("loan_event")};

QByteArray contentHash(CountyDatabase &db, const QStringList &tables = HouseholdTables + OtherTables)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        QSqlQuery q(TestSql::of(db));
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY id")));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f"));
            }
        }
    }
    return hash.result();
}

std::unique_ptr<CountyDatabase> generated(const DemoOptions &options)
{
    auto db = CountyDatabase::openInMemory();
    const Status status = DemoGenerator::generate(*db, options);
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
    return db;
}

} // namespace

TEST_CASE("the demo county is the same for the same seed and differs for another", "[demo]")
{
    const auto first = generated(smallCounty(7));
    const auto second = generated(smallCounty(7));
    const auto other = generated(smallCounty(8));
    const QByteArray hash = contentHash(*first);
    CHECK(hash == contentHash(*second));
    CHECK(hash != contentHash(*other));
}

TEST_CASE("the demo county has the households asked for, with families and a full history", "[demo]")
{
    const auto db = generated(smallCounty());
    CHECK(db->countyCode() == QLatin1String("522633"));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM household")) == 300);
    const qint64 members = scalar(*db, QStringLiteral("SELECT count(*) FROM member"));
    CHECK(members >= 300 * 28 / 10);
    CHECK(members <= 300 * 38 / 10);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM division WHERE level = 2")) >= 3);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM division WHERE level = 3 AND length(code) = 12")) >= 24);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM division WHERE level = 4 AND length(code) <> 15")) == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM household h JOIN division v ON v.id = h.village_id "
                             "WHERE length(h.code) <> 16 OR substr(h.code, 1, 12) <> v.code"))
        == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM annual_target")) > 0);
    for (const char *table : {"assistance_unit", "cadre", "pairing", "work_team", "visit", "measure", "project",
             "project_beneficiary", "fund_source", "fund_receipt", "fund_allocation", "fund_disbursement"}) {
        INFO(table);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) > 0);
    }
    CHECK(scalar(*db, QStringLiteral("SELECT count(DISTINCT form_code) FROM assistance_unit")) == 6);
    CHECK(
        scalar(*db, QStringLiteral("SELECT count(*) FROM household WHERE updated_by <> 'demo' OR revision <> 1")) == 0);
    // Both eras: exits until 2020, monitoring since 2021, and some relapses in between.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM status_event WHERE kind = 'exit'")) > 200);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM status_event WHERE kind = 'monitor'")) > 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM household WHERE monitoring_category IS NOT NULL")) > 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM status_event WHERE kind = 'exit' AND event_date >= '2021'"))
        == 0);
}

TEST_CASE("demo cadres go on visiting up to today, some with others, and bring measures", "[demo]")
{
    DemoOptions options = smallCounty();
    options.lastYear = 0; // the usual demo: accounts closed last year, visits up to today
    const auto db = generated(options);
    const QDate today = QDate::currentDate();
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM visit WHERE visit_date > '%1'").arg(today.toString(Qt::ISODate)))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM visit WHERE visit_date >= '%1'")
                  .arg(today.addDays(-100).toString(Qt::ISODate)))
        > 100);
    // Most current households were visited by their cadre in the last 90 days; the list holds the rest.
    const auto overdue = ForcesLists(*db).withoutVisit(90, today);
    REQUIRE(overdue.ok());
    int unvisited = 0;
    for (const auto &c : overdue.value())
        unvisited += c.households;
    CHECK(unvisited > 0);
    CHECK(unvisited < 300 * 3 / 10);
    // Some visits had a second cadre, never the lead again.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM visit_companion")) > 10);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM visit_companion c JOIN visit v ON v.id = c.visit_id "
                             "WHERE c.cadre_id = v.cadre_id"))
        == 0);
    // Measures name the cadre who was the household's responsible cadre on the day.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM measure WHERE cadre_id IS NOT NULL")) > 100);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM measure m WHERE m.cadre_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
                             "FROM pairing p WHERE p.household_id = m.household_id AND p.cadre_id = m.cadre_id AND "
                             "p.start_date <= m.start_date AND (p.end_date IS NULL OR m.start_date <= p.end_date))"))
        == 0);
    const auto units = ForcesLists(*db).byUnit(today.addDays(-90));
    REQUIRE(units.ok());
    int measures = 0;
    int visits = 0;
    for (const auto &u : units.value()) {
        measures += u.measures;
        visits += u.visits;
    }
    CHECK(measures > 100);
    CHECK(visits > 0);
}

TEST_CASE("demo members have valid resident IDs, unique in the county, and one head per household", "[demo]")
{
    const auto db = generated(smallCounty());
    QSqlQuery q(TestSql::of(*db));
    REQUIRE(q.exec(QStringLiteral("SELECT id_number, sex_code, birth_date FROM member")));
    QSet<QString> seen;
    int count = 0;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const IdNumber::Check check = IdNumber::check(id);
        INFO(id.toStdString());
        CHECK(check.valid);
        CHECK(id.startsWith(QLatin1String("522633")));
        CHECK(check.sexCode == q.value(1).toString());
        CHECK(check.birthDate.toString(Qt::ISODate) == q.value(2).toString());
        seen.insert(id);
        ++count;
    }
    CHECK(seen.size() == count);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM household h WHERE (SELECT count(*) FROM member m "
                             "WHERE m.household_id = h.id AND m.relation_code = '01') <> 1"))
        == 0);
    // Spouses are of the other sex; sons, grandsons and fathers male; daughters and mothers female.
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM member s JOIN member h ON h.household_id = s.household_id "
                             "AND h.relation_code = '01' WHERE s.relation_code = '10' AND s.sex_code = h.sex_code"))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral(
                  "SELECT count(*) FROM member WHERE (relation_code IN ('20', '31', '41', '43', '51') "
                  "AND sex_code <> '1') OR (relation_code IN ('30', '21', '42', '44', '52') AND sex_code <> '2')"))
        == 0);
}

TEST_CASE("demo income runs every year from identification to the last year", "[demo]")
{
    const int lastYear = GENERATE(2014, 2017, LastYear);
    DemoOptions options = smallCounty();
    options.lastYear = lastYear;
    const auto db = generated(options);
    INFO("last year " << lastYear);
    // Registered households start in their identification year, monitored-only ones when taken in.
    CHECK(scalar(*db,
              QStringLiteral("WITH s AS (SELECT h.id, coalesce(h.identification_year, "
                             "(SELECT min(CAST(substr(e.event_date, 1, 4) AS INTEGER)) FROM status_event e "
                             "WHERE e.household_id = h.id AND e.kind = 'monitor')) AS first FROM household h) "
                             "SELECT count(*) FROM s WHERE (SELECT count(*) || '/' || min(year) || '/' || max(year) "
                             "FROM income i WHERE i.household_id = s.id) <> (%1 - first + 1) || '/' || first || '/' "
                             "|| %1")
                  .arg(lastYear))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM income i WHERE household_size <> "
                             "(SELECT count(*) FROM member m WHERE m.household_id = i.household_id)"))
        == 0);
    // Below the line while poor: households identified in 2014 that had not exited by the end of it.
    const QString perCapita = QStringLiteral(
        "(wage_migrant + wage_welfare_job + op_crops + op_livestock + op_forestry + op_other + prop_dividend + "
        "prop_land_transfer + tr_family_planning + tr_subsistence + tr_extreme_support + tr_pension + "
        "tr_eco_compensation + tr_subsidies + tr_alimony + tr_insurance - op_costs) / household_size");
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM income i JOIN household h ON h.id = i.household_id "
                             "WHERE i.year = 2014 AND h.identification_year = 2014 AND NOT EXISTS (SELECT 1 FROM "
                             "status_event e WHERE e.household_id = h.id AND e.kind = 'exit' AND e.event_date < "
                             "'2015') AND %1 >= (SELECT line_fen FROM poverty_line WHERE year = 2014)")
                  .arg(perCapita))
        == 0);
    // Above the line in the year of an exit.
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM status_event e JOIN income i ON i.household_id = e.household_id "
                             "AND i.year = CAST(substr(e.event_date, 1, 4) AS INTEGER) JOIN poverty_line l ON "
                             "l.year = i.year WHERE e.kind = 'exit' AND %1 <= l.line_fen")
                  .arg(perCapita))
        == 0);
    // Welfare-job wages only with a welfare job, subsistence allowance only in 低保 households.
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM income i WHERE wage_welfare_job > 0 AND NOT EXISTS (SELECT 1 "
                             "FROM member m WHERE m.household_id = i.household_id AND m.welfare_job = 1)"))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM income i JOIN household h ON h.id = i.household_id "
                             "WHERE tr_subsistence > 0 AND h.attribute_code NOT IN ('04', '02', '00')"))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM income WHERE min(wage_migrant, wage_welfare_job, op_crops, "
                             "op_livestock, op_forestry, op_other, prop_dividend, prop_land_transfer, "
                             "tr_family_planning, tr_subsistence, tr_extreme_support, tr_pension, "
                             "tr_eco_compensation, tr_subsidies, tr_alimony, tr_insurance, op_costs) < 0"))
        == 0);
    // Nothing dated after the last year.
    const QString end = QString::number(lastYear + 1);
    for (const char *dated : {"status_event WHERE event_date", "visit WHERE visit_date", "measure WHERE start_date",
             "pairing WHERE start_date", "fund_disbursement WHERE paid_on",
             "household WHERE datetime(updated_at, 'unixepoch', 'localtime')"}) {
        INFO(dated);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM %1 >= '%2'").arg(QLatin1String(dated), end)) == 0);
    }
}

TEST_CASE("demo households are consistent with their causes, statuses and support", "[demo]")
{
    const int lastYear = GENERATE(2016, LastYear);
    DemoOptions options = smallCounty();
    options.lastYear = lastYear;
    const auto db = generated(options);
    INFO("last year " << lastYear);
    auto withCauseButNoMember = [&](const char *cause, const char *memberCondition) {
        return scalar(*db,
            QStringLiteral("SELECT count(*) FROM household h WHERE '%1' IN (h.main_cause_code, "
                           "coalesce(h.other_cause1_code, ''), coalesce(h.other_cause2_code, '')) AND NOT EXISTS "
                           "(SELECT 1 FROM member m WHERE m.household_id = h.id AND (%2))")
                .arg(QLatin1String(cause), QLatin1String(memberCondition)));
    };
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM household WHERE main_cause_code = '01'")) > 60);
    CHECK(withCauseButNoMember("01", "m.health_codes LIKE '%2%' OR m.health_codes LIKE '%3%'") == 0);
    CHECK(withCauseButNoMember("02", "m.health_codes LIKE '%4%'") == 0);
    CHECK(withCauseButNoMember("03", "m.schooling_code NOT IN ('00', '01')") == 0);

    for (const char *column : {"status_code", "attribute_code", "main_cause_code"}) {
        const QString list = QLatin1String(column) == QLatin1String("status_code") ? QStringLiteral("household_status")
            : QLatin1String(column) == QLatin1String("attribute_code") ? QStringLiteral("household_attribute")
                                                                       : QStringLiteral("poverty_cause");
        INFO(column);
        CHECK(scalar(*db,
                  QStringLiteral("SELECT count(*) FROM household WHERE %1 NOT IN (SELECT code FROM code_item "
                                 "WHERE list = '%2')")
                      .arg(QLatin1String(column), list))
            == 0);
    }
    // Out of poverty means the 脱贫户 attribute and an exit year; not out means the poor attribute.
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM household WHERE (status_code IN ('1', '4') AND (exit_year IS NULL "
                             "OR attribute_code NOT IN ('05', '02', '03'))) OR (status_code IN ('0', '3') AND "
                             "(exit_year IS NOT NULL OR attribute_code NOT IN ('01', '04', '06')))"))
        == 0);
    // Households monitored without ever being registered poor are ordinary households.
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM household WHERE (identification_year IS NULL) <> "
                             "(status_code = '9' AND attribute_code = '00')"))
        == 0);
    // 低保 and 特困 flags follow the attribute (an ordinary household, 00, may be supported too);
    // nobody under extreme-poverty support can work.
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM household h WHERE attribute_code IN ('04', '02') AND NOT EXISTS "
                             "(SELECT 1 FROM member m WHERE m.household_id = h.id AND m.subsistence_allowance = 1)"))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM member m JOIN household h ON h.id = m.household_id WHERE "
                             "(m.subsistence_allowance = 1 AND h.attribute_code NOT IN ('04', '02', '00')) OR "
                             "(m.extreme_poverty_support = 1 AND h.attribute_code NOT IN ('06', '03', '00'))"))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM member WHERE extreme_poverty_support = 1 AND labour_code IN "
                             "('1', '2', '3')"))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM member WHERE months_worked NOT BETWEEN 0 AND 12 OR "
                             "(work_place <> '' AND months_worked = 0)"))
        == 0);
    // The procedure in order: nothing before identification, the notice after the proposal and the
    // exit after the notice has run, the relapse after an exit, the elimination after the monitoring.
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM status_event e JOIN status_event i ON i.household_id = "
                             "e.household_id AND i.kind = 'identify' WHERE e.event_date < i.event_date"))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM status_event n WHERE n.kind = 'exit_notice' AND (n.notice_days <> 7 "
                             "OR NOT EXISTS (SELECT 1 FROM status_event p WHERE p.household_id = n.household_id AND "
                             "p.kind = 'exit_proposal' AND p.event_date <= n.notice_start AND p.event_date > "
                             "date(n.notice_start, '-30 days')) OR NOT EXISTS (SELECT 1 FROM status_event x WHERE "
                             "x.household_id = n.household_id AND x.kind = 'exit' AND x.event_date >= "
                             "date(n.notice_start, '+7 days') AND x.event_date < date(n.notice_start, '+60 days')))"))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM status_event r WHERE r.kind = 'relapse' AND NOT EXISTS (SELECT 1 "
                             "FROM status_event x WHERE x.household_id = r.household_id AND x.kind = 'exit' AND "
                             "x.event_date < r.event_date)"))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM status_event r WHERE r.kind = 'risk_eliminated' AND NOT EXISTS "
                             "(SELECT 1 FROM status_event m WHERE m.household_id = r.household_id AND m.kind = "
                             "'monitor' AND m.event_date < date(r.event_date, '-180 days'))"))
        == 0);
    // Every household has exactly one current responsible cadre, and visits are by the cadre
    // paired at the time.
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM household h WHERE (SELECT count(*) FROM pairing p "
                             "WHERE p.household_id = h.id AND p.end_date IS NULL) <> 1"))
        == 0);
    // About one household in seven changed its cadre; the old pairing ended the day before.
    const qint64 changed = scalar(*db, QStringLiteral("SELECT count(*) FROM pairing WHERE end_date IS NOT NULL"));
    CHECK(changed >= 300 * 8 / 100);
    CHECK(changed <= 300 * 22 / 100);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM pairing o JOIN pairing n ON n.household_id = o.household_id AND "
                             "n.end_date IS NULL WHERE o.end_date IS NOT NULL AND (n.start_date <> date(o.end_date, "
                             "'+1 day') OR n.cadre_id = o.cadre_id)"))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM visit v WHERE NOT EXISTS (SELECT 1 FROM pairing p WHERE "
                             "p.household_id = v.household_id AND p.cadre_id = v.cadre_id AND p.start_date <= "
                             "v.visit_date AND (p.end_date IS NULL OR v.visit_date <= p.end_date))"))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM cadre WHERE phone NOT GLOB '1[3-9][0-9][0-9][0-9][0-9][0-9][0-9]"
                             "[0-9][0-9][0-9]'"))
        == 0);
}

TEST_CASE("the demo county passes the national data-quality checks and its foreign keys hold", "[demo]")
{
    const auto db = generated(smallCounty());
    for (int year : {2014, 2019, LastYear}) {
        const Result<QList<Finding>> findings = QualityChecker(*db).checkDivision(0, year);
        REQUIRE(findings.ok());
        for (const Finding &f : findings.value()) {
            INFO(year << " " << f.ruleCode.toStdString() << " " << f.householdCode.toStdString() << ": "
                      << f.message.toStdString());
            CHECK(false);
        }
    }
    // The generator writes with foreign keys off for speed, so check them here.
    QSqlQuery q(TestSql::of(*db));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(q.next());
    CHECK(scalar(*db, QStringLiteral("PRAGMA foreign_keys")) == 1);
}

TEST_CASE(
    "the demo county has data mistakes of several kinds in about one household in 50, the same for a seed", "[demo]")
{
    DemoOptions options = smallCounty(11);
    options.households = 1500;
    options.plantMistakes = true;
    const auto flawed = generated(options);
    CHECK(contentHash(*flawed) == contentHash(*generated(options)));
    options.plantMistakes = false;
    const auto clean = generated(options);

    const Result<QList<Finding>> findings = QualityChecker(*flawed).checkDivision(0, LastYear);
    REQUIRE(findings.ok());
    QSet<QString> flagged, kinds;
    for (const Finding &f : findings.value()) {
        flagged.insert(f.householdCode);
        kinds.insert(f.ruleCode);
    }
    INFO("rules " << QStringList(kinds.values()).join(u' ').toStdString() << ", " << flagged.size()
                  << " households flagged");
    CHECK(kinds.size() >= 5);
    CHECK(flagged.size() >= options.households * 8 / 1000);
    CHECK(flagged.size() <= options.households * 40 / 1000);
    CHECK(QualityChecker(*clean).checkDivision(0, LastYear).value().isEmpty());

    // The mistakes are the only difference from the county without them: every household they
    // changed is flagged, and everything but the households and members is as it was.
    CHECK(contentHash(*flawed, OtherTables) == contentHash(*clean, OtherTables));
    const auto rows = [](CountyDatabase &db) {
        QHash<QString, QString> byCode;
        QSqlQuery q(TestSql::of(db));
        REQUIRE(q.exec(QStringLiteral("SELECT h.code, h.main_cause_code, m.name, m.sex_code, m.id_number, "
                                      "m.months_worked, m.subsistence_allowance FROM household h JOIN member m ON "
                                      "m.household_id = h.id ORDER BY h.id, m.id")));
        while (q.next()) {
            QString &row = byCode[q.value(0).toString()];
            for (int i = 1; i < 7; ++i)
                row += q.value(i).toString() + u'|';
        }
        return byCode;
    };
    const QHash<QString, QString> withMistakes = rows(*flawed), without = rows(*clean);
    REQUIRE(withMistakes.size() == options.households);
    int changed = 0;
    for (auto it = without.cbegin(); it != without.cend(); ++it) {
        if (withMistakes.value(it.key()) == it.value())
            continue;
        ++changed;
        INFO(it.key().toStdString());
        CHECK(flagged.contains(it.key()));
    }
    CHECK(changed > 0);
    CHECK(changed <= flagged.size());
}

TEST_CASE("demo funds are never allocated or paid beyond what came in", "[demo]")
{
    const auto db = generated(smallCounty());
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM fund_source s WHERE (SELECT coalesce(sum(amount_fen), 0) FROM "
                             "fund_allocation a WHERE a.source_id = s.id) > (SELECT coalesce(sum(amount_fen), 0) "
                             "FROM fund_receipt r WHERE r.source_id = s.id)"))
        == 0);
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM fund_allocation a WHERE (SELECT coalesce(sum(amount_fen), 0) "
                             "FROM fund_disbursement d WHERE d.allocation_id = a.id) > a.amount_fen"))
        == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM project WHERE performance_target = ''")) == 0);
}

TEST_CASE("demo loans keep the microcredit rules, some are repaid, some overdue, some due soon, benefits match "
          "the income",
    "[demo]")
{
    DemoOptions options = smallCounty(7);
    options.households = 2000;
    const auto db = generated(options);
    const qint64 households = scalar(*db, QStringLiteral("SELECT count(*) FROM household"));
    const qint64 loans = scalar(*db, QStringLiteral("SELECT count(*) FROM microloan"));
    CHECK(loans > households / 10);
    CHECK(loans < households / 2);

    // Each loan as MicroloanBook would have accepted it.
    QSqlQuery q(TestSql::of(*db));
    REQUIRE(q.exec(QStringLiteral("SELECT l.borrower_id_number, l.loan_date, l.term_months, l.due_date, l.amount_fen, "
                                  "l.purpose_code, m.household_id = l.household_id, m.id_number = l.borrower_id_number "
                                  "FROM microloan l JOIN member m ON m.id = l.member_id")));
    int checked = 0;
    while (q.next()) {
        const IdNumber::Check id = IdNumber::check(q.value(0).toString());
        const QDate lent = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const int term = q.value(2).toInt();
        REQUIRE(id.valid);
        int age = lent.year() - id.birthDate.year();
        if (lent < id.birthDate.addYears(age))
            --age;
        CHECK((age >= 18 && age <= 65));
        CHECK((term >= 1 && term <= 36));
        CHECK(QDate::fromString(q.value(3).toString(), Qt::ISODate) == lent.addMonths(term));
        CHECK((q.value(4).toLongLong() > 0 && q.value(4).toLongLong() <= 50'000'00));
        CHECK(MicroloanBook::purposeName(q.value(5).toString()) != q.value(5).toString());
        CHECK(q.value(6).toBool());
        CHECK(q.value(7).toBool());
        CHECK(lent <= QDate(LastYear, 12, 31));
        ++checked;
    }
    CHECK(checked == loans);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM loan_event WHERE event_date > '2024-12-31'")) == 0);

    MicroloanBook book(*db);
    const QDate end(LastYear, 12, 31);
    const QList<LoanState> all = book.all(end).value();
    const auto repaid
        = std::count_if(all.cbegin(), all.cend(), [](const LoanState &l) { return l.outstanding() == Money(); });
    CHECK(repaid > loans / 2);
    CHECK(std::all_of(all.cbegin(), all.cend(), [](const LoanState &l) { return l.outstanding() >= Money(); }));
    const auto overdue = book.overdue(end).value().size();
    CHECK(overdue > 0);
    CHECK(overdue < loans / 10);
    CHECK_FALSE(book.dueWithin(90, QDate(LastYear, 6, 1)).value().isEmpty());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM loan_event WHERE kind = 'extension'")) > 0);

    // Benefits of the last year for a good share of households; where the income has a field of
    // its own, the benefit is what the income record holds.
    CHECK(scalar(*db, QStringLiteral("SELECT count(DISTINCT household_id) FROM household_benefit")) > households / 3);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM household_benefit WHERE year <> %1").arg(LastYear)) == 0);
    CHECK(
        scalar(*db,
            QStringLiteral("SELECT count(*) FROM household_benefit b JOIN income i ON i.household_id = b.household_id "
                           "AND i.year = b.year WHERE b.benefit_code = 'subsistence' AND b.amount_fen <> "
                           "i.tr_subsistence"))
        == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM household_benefit WHERE benefit_code = 'education'")) > 0);
}

TEST_CASE("the demo generator refuses a county that already has households", "[demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened
        = CountyDatabase::open(dir.filePath(QStringLiteral("county.fupin")), CountyDatabase::OpenMode::CreateIfMissing);
    REQUIRE(opened.ok());
    CountyDatabase &db = *opened.value();
    REQUIRE(DemoGenerator::generate(db, smallCounty()).ok());
    // The bulk-loading settings are gone again.
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")) == 2);
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    QSqlQuery journal(TestSql::of(db));
    REQUIRE(journal.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(journal.next());
    CHECK(journal.value(0).toString() == QLatin1String("wal"));
    const qint64 members = scalar(db, QStringLiteral("SELECT count(*) FROM member"));
    const Status again = DemoGenerator::generate(db, smallCounty(9));
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(QLatin1String("households")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM household")) == 300);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM member")) == members);
}

TEST_CASE("cancelling the demo generator leaves the county as it was", "[demo]")
{
    auto db = CountyDatabase::openInMemory();
    REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
    int calls = 0;
    int total = 0;
    const Status status = DemoGenerator::generate(*db, smallCounty(), [&](int done, int all) {
        total = all;
        return ++calls < 3 && done <= all;
    });
    CHECK_FALSE(status.ok());
    CHECK(status.error().contains(QLatin1String("cancelled")));
    CHECK(total == 300);
    for (const char *table : {"household", "member", "income", "cadre", "assistance_unit", "project", "pairing"}) {
        INFO(table);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) == 0);
    }
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM division")) == 1);
    // Nothing is held open: the county can be generated afterwards.
    CHECK(DemoGenerator::generate(*db, smallCounty()).ok());
}

TEST_CASE("the demo generator fills a county that was set up as another county", "[demo]")
{
    auto db = CountyDatabase::openInMemory();
    REQUIRE(db->initialize(QStringLiteral("612426"), QStringLiteral("山阳县")).ok());
    REQUIRE(DemoGenerator::generate(*db, smallCounty()).ok());
    CHECK(db->countyCode() == QLatin1String("612426"));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM member WHERE id_number NOT LIKE '612426%'")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM division WHERE level = 2 AND code NOT LIKE '612426___'"))
        == 0);
}

TEST_CASE("the demo generator rejects impossible options", "[demo]")
{
    auto db = CountyDatabase::openInMemory();
    DemoOptions options = smallCounty();
    options.households = 0;
    CHECK_FALSE(DemoGenerator::generate(*db, options).ok());
    options = smallCounty();
    options.lastYear = 2010;
    CHECK_FALSE(DemoGenerator::generate(*db, options).ok());
}

// The performance target: 100,000 households into a file in under 60 s. Run explicitly with
// core_tests "[.bench]".
TEST_CASE("demo county bench: 100000 households into a file", "[.bench]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bench.fupin"));
    auto opened = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
    REQUIRE(opened.ok());
    DemoOptions options;
    options.households = 100000;
    QElapsedTimer timer;
    timer.start();
    const Status status = DemoGenerator::generate(*opened.value(), options);
    const double seconds = timer.elapsed() / 1000.0;
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
    CountyDatabase &db = *opened.value();
    std::cout << "demo county: 100000 households in " << seconds << " s; "
              << scalar(db, QStringLiteral("SELECT count(*) FROM member")) << " members, "
              << scalar(db, QStringLiteral("SELECT count(*) FROM income")) << " income rows, "
              << scalar(db, QStringLiteral("SELECT count(*) FROM status_event")) << " events, "
              << scalar(db, QStringLiteral("SELECT count(*) FROM visit")) << " visits, "
              << scalar(db, QStringLiteral("SELECT count(*) FROM measure")) << " measures, "
              << scalar(db, QStringLiteral("SELECT count(*) FROM cadre")) << " cadres; file "
              << QFileInfo(path).size() / (1024 * 1024) << " MiB" << std::endl;
    CHECK(seconds < 60);
}
