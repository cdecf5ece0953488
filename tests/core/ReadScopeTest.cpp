// SPDX-License-Identifier: GPL-3.0-or-later
// Every reading entry point of core that returns personal data (names, ID numbers, phones, household
// details), as AccessGatesTest lists the writes: a village account of 岜沙村 gets nothing of 贯洞村
// (lists leave it out, a single read is refused naming 贯洞村) and still gets its own village; a
// county-wide role gets both.
#include "TestCounty.h"

#include "accounts/AccessPolicy.h"
#include "county/Divisions.h"
#include "forces/AssistanceForces.h"
#include "forces/AssistanceRecords.h"
#include "forces/ForcesKinds.h"
#include "forces/ForcesLists.h"
#include "forces/VisitPhotos.h"
#include "funds/BenefitBook.h"
#include "funds/FundLedger.h"
#include "funds/FundsKinds.h"
#include "funds/MicroloanBook.h"
#include "projects/ProjectLibrary.h"
#include "quality/QualityChecker.h"
#include "register/AuditLog.h"
#include "register/HistoryEvent.h"
#include "register/HouseholdList.h"
#include "register/HouseholdRepository.h"
#include "register/StatusProcedure.h"

#include <QSet>
#include <QUuid>

#include <catch2/catch.hpp>

namespace {

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

// What the county holds in each of the two villages.
struct Village
{
    qint64 household = 0;
    QString code;
    qint64 visit = 0;
    qint64 loan = 0;
};

Village fill(TestCounty &c, const QString &code, int seed, qint64 village, qint64 group, qint64 cadre, qint64 project)
{
    Village v;
    v.code = code;
    Household h = c.household(code, seed);
    h.villageId = village;
    h.groupId = group;
    h.townshipId = c.scalar(QStringLiteral("SELECT parent_id FROM division WHERE id = ?"), {village}).toLongLong();
    v.household = ok(HouseholdRepository(*c.db).save(h));

    AssistanceForces forces(*c.db);
    ok(forces.pair(v.household, cadre, QDate(2020, 3, 1)));
    Measure m;
    m.householdId = v.household;
    m.categoryCode = QStringLiteral("01");
    m.startDate = QDate(2020, 4, 1);
    m.amountFen = 3'000'00;
    m.cadreId = cadre;
    ok(forces.saveMeasure(m));
    Visit visit;
    visit.householdId = v.household;
    visit.cadreId = cadre;
    visit.date = QDate(2021, 7, 1);
    visit.findings = QStringLiteral("家中养牛 3 头");
    v.visit = ok(forces.saveVisit(visit));

    HouseholdBenefit b;
    b.householdId = v.household;
    b.year = TestCounty::Year;
    b.benefitCode = QStringLiteral("subsistence");
    b.amountFen = 3'600'00;
    ok(BenefitBook(*c.db).save(b));

    Microloan loan;
    loan.householdId = v.household;
    loan.memberId = c.scalar(QStringLiteral("SELECT id FROM member WHERE household_id = ? ORDER BY position LIMIT 1"),
                         {v.household})
                        .toLongLong();
    loan.bank = QStringLiteral("从江县农村信用合作联社");
    loan.amountFen = 20'000'00;
    loan.loanDate = QDate(2020, 3, 15);
    loan.termMonths = 12;
    loan.purposeCode = QStringLiteral("breeding");
    v.loan = ok(MicroloanBook(*c.db).save(loan));

    ok(ProjectLibrary(*c.db).addBeneficiary(project, v.household));
    c.exec(QStringLiteral("INSERT INTO status_event (uuid, household_id, kind, event_date, reason, recorded_by, "
                          "created_at, updated_at) VALUES (?, ?, 'identify', '2014-05-01', NULL, 'admin', ?, ?)"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), v.household, CountyDatabase::nowIso(),
            CountyDatabase::nowIso()});
    return v;
}

template <typename Row, typename Key> QSet<qint64> idsOf(const QList<Row> &rows, Key key)
{
    QSet<qint64> ids;
    for (const Row &r : rows)
        ids.insert(key(r));
    return ids;
}

} // namespace

TEST_CASE("A village account reads the people of its own village only, through every reading call of core",
    "[accounts][readscope]")
{
    TestCounty c; // the administrator who made the county acts first
    const qint64 cadre = c.addCadre(QStringLiteral("赵干部"));
    Project project;
    project.name = QStringLiteral("通组公路硬化工程");
    project.categoryCode = QStringLiteral("03");
    project.divisionId = c.county;
    project.year = 2020;
    project.budgetFen = 1'200'000'00;
    project.performanceTarget = QStringLiteral("解决120户出行难问题");
    ok(ProjectLibrary(*c.db).save(project));
    const Village own = fill(c, QStringLiteral("5226331012010001"), 1, c.village, c.group, cadre, project.meta.id);
    const Village other
        = fill(c, QStringLiteral("5226331022010001"), 2, c.otherVillage, c.otherGroup, cadre, project.meta.id);
    QHash<qint64, qint64> paymentTo; // household → its ledger payment
    {
        FundSource source;
        source.name = QStringLiteral("2020年中央财政专项扶贫资金");
        source.typeCode = QStringLiteral("01");
        source.year = 2020;
        const qint64 sourceId = ok(FundSourceRepository(*c.db).save(source));
        // Approved as an older file holds it: funds go to approved projects only.
        c.exec(QStringLiteral("UPDATE project SET status = 'approved' WHERE id = ?"), {project.meta.id});
        FundLedger ledger(*c.db);
        LedgerEntry e;
        e.sourceId = sourceId;
        e.date = QDate(2020, 5, 1);
        e.amountFen = 900'00;
        e.voucherNo = QStringLiteral("收-001");
        ok(ledger.receive(e));
        e.projectId = project.meta.id;
        e.voucherNo = QStringLiteral("拨-001");
        const qint64 allocation = ok(ledger.allocate(e));
        for (const qint64 household : {qint64(0), own.household, other.household}) {
            LedgerEntry p;
            p.allocationId = allocation;
            p.date = QDate(2020, 6, 1);
            p.amountFen = 100'00;
            p.payee = household ? QStringLiteral("农户") : QStringLiteral("从江县路桥建设有限公司");
            p.householdId = household;
            p.voucherNo = QStringLiteral("付-001");
            paymentTo.insert(household, ok(ledger.disburse(p)));
        }
    }
    // The same person registered in both villages (a duplicate ID across villages): a member of the
    // other village takes the ID number of the own village's head.
    const qint64 twin
        = c.scalar(QStringLiteral("SELECT id FROM member WHERE household_id = ? ORDER BY position DESC LIMIT 1"),
               {other.household})
              .toLongLong();
    c.exec(QStringLiteral("UPDATE member SET name = '龙阿妹', id_number = (SELECT id_number FROM member WHERE "
                          "household_id = ? ORDER BY position LIMIT 1) WHERE id = ?"),
        {own.household, twin});
    // The cadre stops working: the quality check then finds something in each household.
    c.exec(QStringLiteral("UPDATE cadre SET active = 0 WHERE id = ?"), {cadre});
    qint64 unit = 0;
    {
        AssistanceUnit u;
        u.name = QStringLiteral("县财政局");
        u.formCode = QStringLiteral("6");
        u.levelCode = QStringLiteral("4");
        unit = ok(AssistanceForces(*c.db).saveUnit(u));
        c.exec(QStringLiteral("UPDATE cadre SET unit_id = ? WHERE id = ?"), {unit, cadre});
    }

    struct Case
    {
        const char *login;
        Role role;
        QList<qint64> scope;
        bool readsOther;
    };
    const QList<Case> cases{
        {"cun", Role::VillageCadre, {c.village}, false},
        {"town", Role::TownshipStaff, {c.township}, false},
        {"audit", Role::Auditor, {}, true},
    };
    for (const Case &k : cases) {
        DYNAMIC_SECTION(k.login)
        {
            c.actAs(QString::fromLatin1(k.login), k.role, k.scope);
            const QSet<qint64> expected
                = k.readsOther ? QSet<qint64>{own.household, other.household} : QSet<qint64>{own.household};
            // A single read: the own village's record, and the other's refused naming 贯洞村 and the
            // account (or read, for a county-wide role).
            const auto single = [&](const char *what, const auto &read) {
                INFO(what << " as " << k.login);
                const auto mine = read(own);
                INFO(mine.error().toStdString());
                CHECK(mine.ok());
                const auto theirs = read(other);
                INFO(theirs.error().toStdString());
                CHECK(theirs.ok() == k.readsOther);
                if (!k.readsOther) {
                    CHECK(theirs.error().contains(QStringLiteral("贯洞村")));
                    CHECK(theirs.error().contains(QString::fromLatin1(k.login)));
                }
            };
            // A list: the households it names.
            const auto list = [&](const char *what, const QSet<qint64> &found) {
                INFO(what << " as " << k.login);
                CHECK(found == expected);
            };

            // The register.
            HouseholdRepository households(*c.db);
            single("HouseholdRepository::load", [&](const Village &v) { return households.load(v.household); });
            QSet<qint64> visited;
            ok(households.forEach(0, [&](const Household &h) {
                visited.insert(h.meta.id);
                return true;
            }));
            list("HouseholdRepository::forEach(county)", visited);
            visited.clear();
            ok(households.forEach(c.otherVillage, [&](const Household &h) {
                visited.insert(h.meta.id);
                return true;
            }));
            CHECK(visited.size() == (k.readsOther ? 1 : 0));

            HouseholdList registerList(*c.db);
            for (const QString &text : {QString(), QStringLiteral("王大山"), QStringLiteral("1380013")}) {
                HouseholdFilter filter;
                filter.text = text;
                registerList.setFilter(filter);
                INFO("HouseholdList, text " << text.toStdString());
                CHECK(ok(registerList.count()) == expected.size());
                list("HouseholdList::page",
                    idsOf(ok(registerList.page(0, 50)), [](const HouseholdRow &r) { return r.id; }));
            }
            HouseholdFilter theirVillage;
            theirVillage.divisionId = c.otherVillage;
            theirVillage.divisionLevel = Division::Village;
            registerList.setFilter(theirVillage);
            CHECK(ok(registerList.count()) == (k.readsOther ? 1 : 0));
            CHECK(registerList.people().value_or(-1) == (k.readsOther ? 3 : 0));

            single(
                "AuditLog::forHousehold", [&](const Village &v) { return AuditLog(*c.db).forHousehold(v.household); });
            single("AuditLog::eventsForHousehold",
                [&](const Village &v) { return AuditLog(*c.db).eventsForHousehold(v.household); });
            // The ledger's payments: those to a household of the other village are left out, a
            // payment to a contractor stays (county data).
            const QList<LedgerEntry> payments
                = ok(FundLedger(*c.db).entries(LedgerKind::Disbursement, 0, 0, 0, QDate()));
            QSet<qint64> paid;
            for (const LedgerEntry &e : payments)
                paid.insert(e.householdId);
            CHECK(paid
                == (k.readsOther ? QSet<qint64>{0, own.household, other.household} : QSet<qint64>{0, own.household}));
            single("FundLedger::entry(payment)", [&](const Village &v) {
                return FundLedger(*c.db).entry(LedgerKind::Disbursement, paymentTo.value(v.household));
            });
            QSet<qint64> totalled;
            for (const FundTotals &t : ok(FundLedger(*c.db).totals(FundLedger::Grouping::Household)))
                totalled.insert(t.key.toLongLong());
            list("FundLedger::totals(Household)", totalled);
            single("RecordRepository<Visit>::load",
                [&](const Village &v) { return VisitRepository(*c.db).load(v.visit); });
            list("RecordRepository<Visit>::list",
                idsOf(ok(VisitRepository(*c.db).list()), [](const Visit &v) { return v.householdId; }));
            list("RecordRepository<Measure>::list",
                idsOf(ok(MeasureRepository(*c.db).list()), [](const Measure &m) { return m.householdId; }));
            CHECK(StatusProcedure(*c.db).history(own.household).size() == 1);
            CHECK(StatusProcedure(*c.db).history(other.household).size() == (k.readsOther ? 1 : 0));

            // The division tree: own divisions and the path above them, counts of the own only.
            const QList<Division> tree = ok(Divisions::loadInScope(*c.db));
            const QSet<qint64> shown = idsOf(tree, [](const Division &d) { return d.id; });
            CHECK(shown.contains(c.county));
            CHECK(shown.contains(c.township));
            CHECK(shown.contains(c.village));
            CHECK(shown.contains(c.group));
            CHECK(shown.contains(c.otherVillage) == k.readsOther);
            CHECK(shown.contains(c.otherTownship) == k.readsOther);
            CHECK(shown.contains(c.otherGroup) == k.readsOther);
            CHECK(tree.first().households == expected.size());

            // The assistance forces.
            ForcesLists forces(*c.db);
            AssistanceRecords records(*c.db);
            single("AssistanceRecords::measures", [&](const Village &v) { return records.measures(v.household); });
            single("AssistanceRecords::pairings", [&](const Village &v) { return records.pairings(v.household); });
            single("AssistanceRecords::visits", [&](const Village &v) { return records.visits(v.household); });
            single("VisitPhotos::photosOf", [&](const Village &v) { return VisitPhotos(*c.db).photosOf(v.visit); });
            list("ForcesLists::householdsOf",
                idsOf(ok(forces.householdsOf(cadre)), [](const auto &h) { return h.householdId; }));
            list("ForcesLists::householdsOfUnit",
                idsOf(ok(forces.householdsOfUnit(unit)), [](const auto &h) { return h.id; }));
            const QSet<QString> visitedCodes = [&] {
                QSet<QString> codes;
                for (const ForcesLists::VisitRow &r : ok(forces.visits()))
                    codes.insert(r.householdCode);
                return codes;
            }();
            CHECK(visitedCodes.contains(own.code));
            CHECK(visitedCodes.contains(other.code) == k.readsOther);
            const QList<ForcesLists::OverdueCadre> overdue = ok(forces.withoutVisit(30, QDate(2026, 1, 1)));
            REQUIRE(overdue.size() == 1);
            CHECK(overdue.first().households == expected.size());
            // Nobody is unpaired: unpair both by ending the pairings, then list.
            c.exec(QStringLiteral("UPDATE pairing SET end_date = '2021-01-01'"));
            list("ForcesLists::unpaired", idsOf(ok(forces.unpaired()), [](const auto &h) { return h.id; }));
            c.exec(QStringLiteral("UPDATE pairing SET end_date = NULL"));

            // Projects and funds.
            ProjectLibrary projects(*c.db);
            list("ProjectLibrary::beneficiaries",
                idsOf(ok(projects.beneficiaries(project.meta.id)), [](qint64 id) { return id; }));
            list("ProjectLibrary::beneficiaryRows",
                idsOf(ok(projects.beneficiaryRows(project.meta.id)), [](const auto &b) { return b.householdId; }));
            single("ProjectLibrary::projectsOf", [&](const Village &v) { return projects.projectsOf(v.household); });
            BenefitBook benefits(*c.db);
            single("BenefitBook::forHousehold", [&](const Village &v) { return benefits.forHousehold(v.household); });
            single("BenefitBook::forHousehold(year)",
                [&](const Village &v) { return benefits.forHousehold(v.household, TestCounty::Year); });
            single("BenefitBook::yearSummary",
                [&](const Village &v) { return benefits.yearSummary(v.household, TestCounty::Year); });
            single("BenefitBook::incomeFeeds",
                [&](const Village &v) { return benefits.incomeFeeds(v.household, TestCounty::Year); });
            list("BenefitBook::forDivision",
                idsOf(
                    ok(benefits.forDivision(c.county, TestCounty::Year)), [](const auto &b) { return b.householdId; }));
            MicroloanBook loans(*c.db);
            single("MicroloanBook::load", [&](const Village &v) { return loans.load(v.loan); });
            single("MicroloanBook::events", [&](const Village &v) { return loans.events(v.loan); });
            single("MicroloanBook::state", [&](const Village &v) { return loans.state(v.loan, QDate(2026, 1, 1)); });
            const auto borrowers
                = [](const auto &states) { return idsOf(states, [](const LoanState &s) { return s.householdId; }); };
            list("MicroloanBook::all", borrowers(ok(loans.all(QDate(2026, 1, 1)))));
            list("MicroloanBook::overdue", borrowers(ok(loans.overdue(QDate(2026, 1, 1)))));
            list("MicroloanBook::dueWithin", borrowers(ok(loans.dueWithin(60, QDate(2021, 3, 1)))));

            // The data-quality findings, on this connection and on a worker's.
            const QList<Finding> findings = ok(QualityChecker(*c.db).checkDivision(0, TestCounty::Year));
            list("QualityChecker::checkDivision", idsOf(findings, [](const Finding &f) { return f.householdId; }));
            // The duplicate ID across villages: found from the own village too, but the other
            // village's person is named only to whom may read that village.
            QStringList twice;
            for (const Finding &f : findings) {
                if (f.householdId == own.household && f.message.contains(QStringLiteral("also registered")))
                    twice << f.message;
            }
            INFO(twice.join(u'\n').toStdString());
            REQUIRE(twice.size() == 1);
            CHECK(twice.first().contains(QStringLiteral("龙阿妹")) == k.readsOther);
            CHECK(twice.first().contains(other.code) == k.readsOther);
            CHECK(twice.first().contains(QStringLiteral("贯洞村")) != k.readsOther);
            Household ownHousehold = ok(HouseholdRepository(*c.db).load(own.household));
            const QualityContext context = ok(QualityChecker(*c.db).contextFor(ownHousehold, TestCounty::Year));
            REQUIRE(context.otherRegistrations.size() == 1);
            const Registration seen = context.otherRegistrations.cbegin().value().first();
            CHECK((seen.name == QStringLiteral("龙阿妹")) == k.readsOther);
            CHECK(seen.householdCode.isEmpty() != k.readsOther);
            CHECK(seen.villageName == QStringLiteral("贯洞村"));
        }
    }
}

TEST_CASE("A read as a deactivated account, or as nobody, is refused in words", "[accounts][readscope]")
{
    TestCounty c;
    Household h = c.household(QStringLiteral("5226331012010001"), 1);
    const qint64 id = ok(HouseholdRepository(*c.db).save(h));
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    // Deactivated meanwhile (on another PC): the next read is refused, not only the next write.
    c.exec(QStringLiteral("UPDATE app_user SET active = 0 WHERE login = 'cun'"));
    const Result<Household> loaded = HouseholdRepository(*c.db).load(id);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().contains(QStringLiteral("cun")));
    HouseholdList list(*c.db);
    CHECK_FALSE(list.page(0, 10).ok());
    CHECK_FALSE(AccessPolicy::readScope(*c.db).ok());
}
