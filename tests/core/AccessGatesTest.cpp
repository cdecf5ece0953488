// SPDX-License-Identifier: GPL-3.0-or-later
// Each role against each write of the assistance forces, the funds and the projects, through the
// one core call a user's action goes through: allowed where the role and its scope say, refused
// otherwise with the account named, and a refusal leaves every row and the audit trail as they were.
#include "TestCounty.h"

#include "../TestSql.h"
#include "forces/AssistanceForces.h"
#include "forces/ForcesKinds.h"
#include "funds/BenefitBook.h"
#include "funds/FundLedger.h"
#include "funds/FundsKinds.h"
#include "funds/MicroloanBook.h"
#include "projects/ProjectLibrary.h"
#include "projects/ProjectLifecycle.h"
#include "register/HouseholdRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

namespace {

const QDate Spring(2021, 3, 1);
const QDate Summer(2021, 7, 1);

template <typename T> T ok(const Result<T> &r)
{
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

void ok(const Status &s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

qint64 addHousehold(TestCounty &c, const QString &code, int seed, qint64 village, qint64 group)
{
    Household h = c.household(code, seed);
    c.moveTo(h, village);
    h.groupId = group;
    return ok(HouseholdRepository(*c.db).save(h));
}

// Every row of every table these writes touch, and the audit trail: what a refusal must leave alone.
QStringList snapshot(const TestCounty &c)
{
    QStringList rows;
    for (const char *table : {"pairing", "measure", "visit", "assistance_unit", "cadre", "cadre_rank",
             "work_team_member", "fund_receipt", "fund_allocation", "microloan", "loan_event", "household_benefit",
             "project", "project_beneficiary", "project_event", "audit_log"}) {
        QSqlQuery q(TestSql::of(*c.db));
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))));
        while (q.next()) {
            QStringList values{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(u'|');
        }
    }
    rows.sort(); // some tables have no rowid to order by
    return rows;
}

Measure measure(qint64 household, qint64 cadre)
{
    Measure m;
    m.householdId = household;
    m.categoryCode = QStringLiteral("01");
    m.startDate = Spring;
    m.amountFen = 3'000'00;
    m.cadreId = cadre;
    return m;
}

Visit visit(qint64 household, qint64 cadre)
{
    Visit v;
    v.householdId = household;
    v.cadreId = cadre;
    v.date = Summer;
    v.findings = QStringLiteral("家中养牛 3 头");
    return v;
}

Project project(const TestCounty &c, const QString &name)
{
    Project p;
    p.name = name;
    p.categoryCode = QStringLiteral("03");
    p.divisionId = c.village;
    p.year = 2020;
    p.budgetFen = 1'200'000'00;
    p.performanceTarget = QStringLiteral("解决120户出行难问题");
    return p;
}

ProjectEvent step(ProjectStatus to, const QDate &date)
{
    ProjectEvent e;
    e.to = to;
    e.date = date;
    return e;
}

LedgerEntry receipt(qint64 source, qint64 fen)
{
    LedgerEntry e;
    e.sourceId = source;
    e.date = QDate(2020, 4, 1);
    e.amountFen = fen;
    e.voucherNo = QStringLiteral("收-001");
    return e;
}

HouseholdBenefit benefit(qint64 household)
{
    HouseholdBenefit b;
    b.householdId = household;
    b.year = TestCounty::Year;
    b.benefitCode = QStringLiteral("subsistence");
    b.amountFen = 3'600'00;
    return b;
}

template <typename T> Status statusOf(const Result<T> &r)
{
    return r ? Status() : Status::failure(r.error());
}

} // namespace

TEST_CASE("Each role may change the assistance forces, funds and projects only as its rules say", "[accounts]")
{
    // Made by the administrator who created the county, before anyone else signs in.
    TestCounty c;
    AssistanceForces forces(*c.db);
    const qint64 mine = addHousehold(c, QStringLiteral("H1"), 1, c.village, c.group);
    const qint64 other = addHousehold(c, QStringLiteral("H2"), 2, c.otherVillage, c.otherGroup);
    const qint64 cadre = c.addCadre(QStringLiteral("赵干部"));
    const qint64 nextCadre = c.addCadre(QStringLiteral("钱干部"));
    const qint64 teamCadre = c.addCadre(QStringLiteral("孙干部"));
    WorkTeam team;
    team.villageId = c.village;
    team.startDate = Spring;
    ok(forces.saveWorkTeam(team));
    Measure mineMeasure = measure(mine, cadre);
    ok(forces.saveMeasure(mineMeasure));
    Measure otherMeasure = measure(other, cadre);
    ok(forces.saveMeasure(otherMeasure));

    FundSource source;
    source.name = QStringLiteral("2020年中央财政专项扶贫资金");
    source.typeCode = QStringLiteral("01");
    source.year = 2020;
    ok(FundSourceRepository(*c.db).save(source));
    FundLedger ledger(*c.db);
    ok(ledger.receive(receipt(source.meta.id, 500'000'00)));
    ProjectLibrary library(*c.db);
    ProjectLifecycle lifecycle(*c.db);
    Project approved = project(c, QStringLiteral("岜沙村通组公路硬化工程"));
    ok(library.save(approved));
    ok(lifecycle.advance(approved.meta.id, step(ProjectStatus::InLibrary, QDate(2020, 3, 1))));
    ok(lifecycle.advance(approved.meta.id, step(ProjectStatus::Approved, QDate(2020, 3, 5))));
    Project proposed = project(c, QStringLiteral("岜沙村香猪养殖基地"));
    ok(library.save(proposed));

    const qint64 head
        = c.scalar(QStringLiteral("SELECT id FROM member WHERE household_id = ? ORDER BY position LIMIT 1"), {mine})
              .toLongLong();
    Microloan loan;
    loan.householdId = mine;
    loan.memberId = head;
    loan.bank = QStringLiteral("从江县农村信用合作联社");
    loan.amountFen = 50'000'00;
    loan.loanDate = QDate(2020, 3, 15);
    loan.termMonths = 36;
    loan.purposeCode = QStringLiteral("breeding");
    MicroloanBook loans(*c.db);
    ok(loans.save(loan));

    struct Case
    {
        const char *login;
        Role role;
        QList<qint64> scope;
        bool countyData; // units, cadres, work teams, ledger, loans, projects
        bool settings; // rank caps
        bool own; // pairings, measures, visits and benefits of a household in 岜沙村
        bool other; // the same in 贯洞村, another township's village
    };
    const QList<Case> cases{
        {"boss", Role::Administrator, {}, true, true, true, true},
        {"staff", Role::CountyStaff, {}, true, false, true, true},
        {"town", Role::TownshipStaff, {c.township}, false, false, true, false},
        {"cun", Role::VillageCadre, {c.village}, false, false, true, false},
        {"audit", Role::Auditor, {}, false, false, false, false},
    };
    for (const Case &k : cases) {
        DYNAMIC_SECTION(k.login)
        {
            const QString login = QString::fromLatin1(k.login);
            c.actAs(login, k.role, k.scope);
            // An allowed write is made and audited as the account; a refusal names the account (and,
            // for a place outside the scope, the place) and writes nothing at all.
            const auto expect = [&](bool allowed, const auto &call, const char *what, const char *place = nullptr) {
                const QStringList before = snapshot(c);
                const Status s = call();
                INFO(what << " as " << k.login << ": " << s.error().toStdString());
                REQUIRE(s.ok() == allowed);
                if (allowed) {
                    CHECK(snapshot(c) != before);
                    CHECK(
                        c.scalar(QStringLiteral("SELECT changed_by FROM audit_log ORDER BY id DESC LIMIT 1")).toString()
                        == login);
                } else {
                    CHECK(s.error().contains(login));
                    if (place && Roles::isScoped(k.role))
                        CHECK(s.error().contains(QString::fromUtf8(place)));
                    CHECK(snapshot(c) == before);
                }
            };

            // The assistance forces.
            expect(
                k.own, [&] { return statusOf(forces.pair(mine, cadre, Spring)); }, "pair in own village");
            expect(
                k.other, [&] { return statusOf(forces.pair(other, cadre, Spring)); }, "pair in other village",
                "贯洞村");
            // All or nothing: the own village's household is not paired anew when the other is refused.
            expect(
                k.other,
                [&] {
                    return forces.pairMany({mine, other}, nextCadre, Summer);
                },
                "pair both villages", "贯洞村");
            expect(
                k.own,
                [&] {
                    Measure m = measure(mine, cadre);
                    return statusOf(forces.saveMeasure(m));
                },
                "measure in own village");
            expect(
                k.other,
                [&] {
                    Measure m = measure(other, cadre);
                    return statusOf(forces.saveMeasure(m));
                },
                "measure in other village", "贯洞村");
            // Moving a measure between villages needs both: where it goes and where it was.
            expect(
                k.other,
                [&] {
                    Measure m = MeasureRepository(*c.db).load(mineMeasure.meta.id).value();
                    m.householdId = other;
                    return statusOf(forces.saveMeasure(m));
                },
                "measure moved to other village", "贯洞村");
            expect(
                k.other,
                [&] {
                    // A scoped account cannot read it: the copy saved earlier stands in.
                    Measure m = MeasureRepository(*c.db).load(otherMeasure.meta.id).value_or(otherMeasure);
                    m.householdId = mine;
                    return statusOf(forces.saveMeasure(m));
                },
                "measure moved from other village", "贯洞村");
            expect(
                k.own,
                [&] {
                    Visit v = visit(mine, cadre);
                    return statusOf(forces.saveVisit(v));
                },
                "visit in own village");
            expect(
                k.other,
                [&] {
                    Visit v = visit(other, cadre);
                    return statusOf(forces.saveVisit(v));
                },
                "visit in other village", "贯洞村");
            expect(
                k.countyData,
                [&] {
                    AssistanceUnit unit;
                    unit.name = QStringLiteral("县财政局");
                    unit.formCode = QStringLiteral("6");
                    unit.levelCode = QStringLiteral("4");
                    return statusOf(forces.saveUnit(unit));
                },
                "unit");
            expect(
                k.countyData,
                [&] {
                    Cadre cd;
                    cd.name = QStringLiteral("李干部");
                    cd.sexCode = QStringLiteral("2");
                    return statusOf(forces.saveCadre(cd));
                },
                "cadre");
            expect(
                k.settings,
                [&] {
                    return forces.setRankCap(QStringLiteral("一般干部"), forces.capOf(QStringLiteral("一般干部")) + 1);
                },
                "rank cap");
            expect(
                k.countyData,
                [&] {
                    WorkTeamMember member;
                    member.teamId = team.meta.id;
                    member.cadreId = teamCadre;
                    return statusOf(forces.addTeamMember(member));
                },
                "work team member in own village");

            // Funds and projects: county data, wherever the money goes.
            expect(
                k.countyData, [&] { return statusOf(ledger.receive(receipt(source.meta.id, 10'000'00))); }, "receipt");
            expect(
                k.countyData,
                [&] {
                    LedgerEntry e = receipt(source.meta.id, 20'000'00);
                    e.projectId = approved.meta.id;
                    e.date = QDate(2020, 6, 1);
                    e.voucherNo = QStringLiteral("拨-001");
                    return statusOf(ledger.allocate(e));
                },
                "allocation");
            expect(
                k.countyData,
                [&] {
                    Microloan l = loan;
                    l.meta = {};
                    l.amountFen = 10'000'00;
                    l.loanDate = QDate(2021, 3, 1);
                    return statusOf(loans.save(l));
                },
                "loan in own village");
            expect(
                k.countyData,
                [&] { return loans.repay(loan.meta.id, QDate(2021, 1, 10), Money::fromFen(1'000'00)).status(); },
                "repayment in own village");
            expect(
                k.own,
                [&] {
                    HouseholdBenefit b = benefit(mine);
                    return statusOf(BenefitBook(*c.db).save(b));
                },
                "benefit in own village");
            expect(
                k.other,
                [&] {
                    HouseholdBenefit b = benefit(other);
                    return statusOf(BenefitBook(*c.db).save(b));
                },
                "benefit in other village", "贯洞村");
            expect(
                k.countyData,
                [&] {
                    Project p = project(c, QStringLiteral("岜沙村人饮工程"));
                    return statusOf(library.save(p));
                },
                "project in own village");
            expect(
                k.countyData, [&] { return library.addBeneficiary(approved.meta.id, mine); },
                "beneficiary in own village");
            expect(
                k.countyData,
                [&] { return lifecycle.advance(proposed.meta.id, step(ProjectStatus::InLibrary, Spring)); },
                "project step");
        }
    }
}
