// SPDX-License-Identifier: GPL-3.0-or-later
// The record machinery as the one engine for the tables users change: kinds learnt by the
// catalogue from their declarations, append-only kinds that are never updated, link tables written
// and audited from their declaration, and the assistance forces' rules held by the kinds
// themselves, so that a repository used directly cannot skip them.
#include "TestCounty.h"
#include "db/RecordCatalogue.h"
#include "db/RecordStore.h"
#include "forces/AssistanceForces.h"
#include "forces/ForcesKinds.h"
#include "funds/FundLedger.h"
#include "funds/FundsKinds.h"
#include "projects/ProjectKinds.h"
#include "projects/ProjectLibrary.h"
#include "projects/ProjectLifecycle.h"
#include "register/HouseholdKinds.h"
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

int count(const TestCounty &c, const QString &sql, const QVariantList &binds = {})
{
    return c.scalar(sql, binds).toInt();
}

} // namespace

TEST_CASE("the catalogue learns every kind users change from its declaration", "[engine]")
{
    // Before, RecordCatalogue listed its kinds by hand and missed the work team's members.
    CHECK(RecordCatalogue::kindLabel(QStringLiteral("work_team_member")) == QStringLiteral("Work team member"));
    CHECK(RecordCatalogue::field(QStringLiteral("work_team_member"), QStringLiteral("role")).label
        == QStringLiteral("Role in the team"));
    for (const char *table : {"household", "member", "income", "living_condition", "status_event", "household_risk",
             "assistance_unit", "cadre", "pairing", "work_team", "work_team_member", "measure", "visit",
             "visit_companion", "visit_photo", "fund_source", "fund_receipt", "fund_allocation", "fund_disbursement",
             "microloan", "loan_event", "household_benefit", "project", "project_event", "project_beneficiary"}) {
        INFO(table);
        CHECK(RecordCatalogue::knows(QLatin1String(table)));
    }
    // The ledger's amounts are money in the audit trail, as every declared amount is.
    CHECK(RecordCatalogue::field(QStringLiteral("fund_disbursement"), QStringLiteral("amount_fen")).money);
    CHECK(RecordCatalogue::field(QStringLiteral("loan_event"), QStringLiteral("amount_fen")).money);
}

TEST_CASE("an append-only entry is inserted and never updated or deleted", "[engine]")
{
    TestCounty c;
    FundSource source;
    source.name = QStringLiteral("中央财政衔接资金");
    source.typeCode = QStringLiteral("01");
    source.year = 2021;
    const Result<qint64> sourceId = FundSourceRepository(*c.db).save(source);
    REQUIRE(sourceId.ok());
    LedgerEntry e;
    e.sourceId = sourceId.value();
    e.date = QDate(2021, 3, 1);
    e.amountFen = 500'000'00;
    e.voucherNo = QStringLiteral("记-001");
    const Result<qint64> id = FundLedger(*c.db).receive(e);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());

    // Written with a uuid and stamps from the machinery, and audited field by field.
    CHECK(c.scalar(QStringLiteral("SELECT length(uuid) FROM fund_receipt WHERE id = ?"), {id.value()}).toInt() > 0);
    CHECK(count(c,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'fund_receipt' AND action = 'insert' "
                             "AND field = 'amount_fen' AND new_value = '50000000'"))
        == 1);

    // The repository refuses to change it, in words, and writes nothing.
    FundReceiptRow row;
    row.meta.id = id.value();
    row.sourceId = sourceId.value();
    row.receivedOn = e.date;
    row.amountFen = 1;
    row.voucherNo = e.voucherNo;
    const int logged = count(c, QStringLiteral("SELECT count(*) FROM audit_log"));
    const Result<qint64> changed = RecordRepository<FundReceiptRow>(*c.db).save(row);
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().contains(QStringLiteral("reverses it")));
    CHECK(c.scalar(QStringLiteral("SELECT amount_fen FROM fund_receipt WHERE id = ?"), {id.value()}).toLongLong()
        == 500'000'00);
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM audit_log")) == logged);
}

TEST_CASE("a project's steps are audited like every other record", "[engine]")
{
    TestCounty c;
    Project p;
    p.name = QStringLiteral("村道硬化");
    p.categoryCode = QStringLiteral("03");
    p.nature = QStringLiteral("new");
    p.divisionId = c.village;
    p.year = 2021;
    p.performanceTarget = QStringLiteral("硬化 3 公里");
    const Result<qint64> id = ProjectLibrary(*c.db).save(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    ProjectEvent step;
    step.to = ProjectStatus::InLibrary;
    step.date = QDate(2021, 4, 1);
    const Status s = ProjectLifecycle(*c.db).advance(id.value(), step);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    // Before, a project's step was written without a line in the audit log.
    CHECK(
        count(c,
            QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'project_event' AND field = 'to_status' "
                           "AND new_value = 'in_library'"))
        == 1);
    CHECK(count(c,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'project' AND field = 'status' AND "
                             "old_value = 'proposed' AND new_value = 'in_library'"))
        == 1);
    CHECK(c.scalar(QStringLiteral("SELECT revision FROM project WHERE id = ?"), {id.value()}).toInt() == 2);
}

TEST_CASE("a link table is written and audited from its declaration", "[engine]")
{
    TestCounty c;
    const qint64 h = saveHousehold(c, QStringLiteral("L1"), 1);
    Project p;
    p.name = QStringLiteral("光伏电站");
    p.categoryCode = QStringLiteral("01");
    p.nature = QStringLiteral("new");
    p.divisionId = c.village;
    p.year = 2021;
    const Result<qint64> project = ProjectLibrary(*c.db).save(p);
    REQUIRE(project.ok());
    ProjectLibrary library(*c.db);
    REQUIRE(library.addBeneficiary(project.value(), h).ok());
    // The stored 16 bytes, bound as they are to the audit log's and the tombstones' uuid columns.
    const QVariant uuid = c.scalar(QStringLiteral("SELECT uuid FROM project_beneficiary WHERE household_id = ?"), {h});
    REQUIRE(uuid.toByteArray().size() == 16);
    CHECK(count(c,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE record_uuid = ? AND action = 'insert' AND "
                             "household_id = ?"),
              {uuid, h})
        == 1);
    CHECK_FALSE(library.addBeneficiary(project.value(), h).ok());
    REQUIRE(library.removeBeneficiary(project.value(), h).ok());
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM tombstone WHERE uuid = ?"), {uuid}) == 1);
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_uuid = ? AND action = 'delete'"), {uuid})
        == 1);
}

TEST_CASE("the forces' rules hold for a repository used directly", "[engine][forces]")
{
    TestCounty c;
    // Before, these rules lived in AssistanceForces, and each save below went through.
    const qint64 first = c.addCadre(QStringLiteral("赵干部"), QStringLiteral("522633198001010017"));
    Cadre twin;
    twin.name = QStringLiteral("钱干部");
    twin.sexCode = QStringLiteral("1");
    twin.idNumber = QStringLiteral("522633198001010017");
    const Result<qint64> duplicate = CadreRepository(*c.db).save(twin);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().contains(QStringLiteral("赵干部")));

    Cadre unranked;
    unranked.name = QStringLiteral("孙干部");
    unranked.sexCode = QStringLiteral("2");
    unranked.rank = QStringLiteral("将军");
    CHECK_FALSE(CadreRepository(*c.db).save(unranked).ok());

    const qint64 h1 = saveHousehold(c, QStringLiteral("F1"), 1);
    const qint64 h2 = saveHousehold(c, QStringLiteral("F2"), 2);
    REQUIRE(AssistanceForces(*c.db).setRankCap(QStringLiteral("一般干部"), 1).ok());
    c.pair(h1, first);
    Pairing over;
    over.householdId = h2;
    over.cadreId = first;
    over.startDate = QDate(2016, 3, 1);
    const Result<qint64> overCap = PairingRepository(*c.db).save(over);
    REQUIRE_FALSE(overCap.ok());
    CHECK(overCap.error().contains(QStringLiteral("reason")));
    over.overCapReason = QStringLiteral("村里只有一名干部");
    CHECK(PairingRepository(*c.db).save(over).ok());

    Measure measure;
    measure.householdId = h1;
    measure.categoryCode = QStringLiteral("no-such-category");
    measure.startDate = QDate(2021, 3, 1);
    const Result<qint64> uncoded = MeasureRepository(*c.db).save(measure);
    REQUIRE_FALSE(uncoded.ok());
    CHECK(uncoded.error().contains(QStringLiteral("no-such-category")));

    Visit visit;
    visit.householdId = h1;
    visit.cadreId = first;
    visit.date = QDate::currentDate().addDays(1);
    visit.findings = QStringLiteral("家中无人");
    CHECK_FALSE(VisitRepository(*c.db).save(visit).ok());

    WorkTeam team;
    team.villageId = c.township; // not a village
    team.startDate = QDate(2021, 1, 1);
    CHECK_FALSE(WorkTeamRepository(*c.db).save(team).ok());
    team.villageId = c.village;
    const Result<qint64> teamId = WorkTeamRepository(*c.db).save(team);
    REQUIRE(teamId.ok());
    WorkTeamMember member;
    member.teamId = teamId.value();
    member.cadreId = first;
    REQUIRE(WorkTeamMemberRepository(*c.db).save(member).ok());
    WorkTeamMember again;
    again.teamId = teamId.value();
    again.cadreId = first;
    CHECK_FALSE(WorkTeamMemberRepository(*c.db).save(again).ok());
}
