// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/BulkProposal.h"

#include "TestCounty.h"
#include "forces/ForcesKinds.h"
#include "register/HouseholdRepository.h"
#include "register/StatusProcedure.h"

#include <catch2/catch.hpp>

namespace {

using Kind = BulkAssessment::Kind;

const QDate Today = QDate::currentDate();

qint64 identified(const TestCounty &c, Household h)
{
    const Result<qint64> id = HouseholdRepository(*c.db).save(h);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    StatusChange change;
    change.step = StatusStep::Identify;
    change.date = QDate(2019, 3, 1);
    const Status s = StatusProcedure(*c.db).apply(id.value(), change);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    return id.value();
}

int count(const TestCounty &c, const QString &sql)
{
    return c.scalar(sql).toInt();
}

} // namespace

TEST_CASE("a bulk exit proposal records every household's proposal, each audited", "[bulk][proposal]")
{
    TestCounty c;
    const QList<qint64> ids{identified(c, c.household(QStringLiteral("a"), 1)),
        identified(c, c.household(QStringLiteral("b"), 2)), identified(c, c.household(QStringLiteral("c"), 3))};
    const int audited = count(c, QStringLiteral("SELECT count(*) FROM audit_log"));
    const Result<int> r = BulkProposal::propose(*c.db, Kind::Exit, ids, Today, QStringLiteral("村民代表大会评议"));
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    CHECK(r.value() == 3);
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM status_event WHERE kind = 'exit_proposal'")) == 3);
    CHECK(
        count(c,
            QStringLiteral("SELECT count(DISTINCT household_id) FROM audit_log WHERE id > ") + QString::number(audited))
        == 3);
    // Proposed once: a second call is refused as a whole, naming each.
    const Result<int> again = BulkProposal::propose(*c.db, Kind::Exit, ids, Today, QStringLiteral("再次"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(c.codeOf(QStringLiteral("a"))));
    CHECK(again.error().contains(c.codeOf(QStringLiteral("c"))));
}

TEST_CASE("a bulk proposal is refused as a whole when one household fails a condition", "[bulk][proposal]")
{
    TestCounty c;
    Household failing = c.household(QStringLiteral("bad"), 2);
    failing.livingConditions[0].housingSecure = false;
    failing.incomes[0].wageMigrant = 0; // (3,000 − 500) / 3 = 833.33 yuan
    const QList<qint64> ids{identified(c, c.household(QStringLiteral("good"), 1)), identified(c, failing),
        identified(c, c.household(QStringLiteral("fine"), 3))};
    const int events = count(c, QStringLiteral("SELECT count(*) FROM status_event"));
    const int audited = count(c, QStringLiteral("SELECT count(*) FROM audit_log"));
    const Result<int> r = BulkProposal::propose(*c.db, Kind::Exit, ids, Today, QStringLiteral("村民代表大会评议"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(c.codeOf(QStringLiteral("bad"))));
    CHECK(r.error().contains(QStringLiteral("王大山")));
    CHECK(r.error().contains(QStringLiteral("833.33")));
    CHECK(r.error().contains(QStringLiteral("Housing safety guaranteed")));
    CHECK_FALSE(r.error().contains(c.codeOf(QStringLiteral("good"))));
    // Nothing written, not even for the households that met every condition.
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM status_event")) == events);
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM audit_log")) == audited);

    CHECK_FALSE(BulkProposal::propose(*c.db, Kind::Exit, {}, Today, QStringLiteral("x")).ok());
}

TEST_CASE(
    "a bulk risk elimination is a proposal of every household, refused as a whole without labour", "[bulk][proposal]")
{
    TestCounty c;
    StatusProcedure procedure(*c.db);
    const auto monitored = [&](Household h) {
        const Result<qint64> id = HouseholdRepository(*c.db).save(h);
        REQUIRE(id.ok());
        StatusChange change;
        change.step = StatusStep::StartMonitoring;
        change.date = QDate(2019, 1, 10);
        change.reason = QStringLiteral("排查纳入监测");
        change.monitoringCategory = QStringLiteral("2");
        change.riskCodes = {QStringLiteral("01")};
        const Status s = procedure.apply(id.value(), change);
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
        Measure m;
        m.householdId = id.value();
        m.categoryCode = QStringLiteral("01");
        m.startDate = QDate(2019, 2, 1);
        REQUIRE(MeasureRepository(*c.db).save(m).ok());
        return id.value();
    };
    const qint64 a = monitored(c.household(QStringLiteral("a"), 1));
    const qint64 b = monitored(c.household(QStringLiteral("b"), 2));
    Household idle = c.household(QStringLiteral("idle"), 3);
    for (Member &m : idle.members)
        m.labourCode = QStringLiteral("5");
    const qint64 noLabour = monitored(idle);
    const QString events = QStringLiteral("SELECT count(*) FROM status_event WHERE kind IN ('risk_proposal', "
                                          "'risk_eliminated')");

    // A village account proposes; one household without labour refuses the whole selection.
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    const int audited = count(c, QStringLiteral("SELECT count(*) FROM audit_log"));
    const Result<int> refused
        = BulkProposal::propose(*c.db, Kind::RiskElimination, {a, noLabour, b}, Today, QStringLiteral("风险已消除"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(c.codeOf(QStringLiteral("idle"))));
    CHECK_FALSE(refused.error().contains(c.codeOf(QStringLiteral("a"))));
    CHECK(count(c, events) == 0);
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM audit_log")) == audited);

    const Result<int> done
        = BulkProposal::propose(*c.db, Kind::RiskElimination, {a, b}, Today, QStringLiteral("风险已消除"));
    INFO(done.error().toStdString());
    REQUIRE(done.ok());
    CHECK(done.value() == 2);
    // Proposed, not eliminated: both stay monitored, each proposal is in the audit trail.
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM status_event WHERE kind = 'risk_proposal'")) == 2);
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM status_event WHERE kind = 'risk_eliminated'")) == 0);
    CHECK(count(c,
              QStringLiteral("SELECT count(*) FROM household WHERE monitoring_category IS NOT NULL AND id IN (")
                  + QString::number(a) + u',' + QString::number(b) + u')')
        == 2);
    CHECK(
        count(c,
            QStringLiteral("SELECT count(DISTINCT household_id) FROM audit_log WHERE id > ") + QString::number(audited))
        == 2);
    // Proposed once.
    const Result<int> again = BulkProposal::propose(*c.db, Kind::RiskElimination, {a}, Today, QStringLiteral("再次"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(c.codeOf(QStringLiteral("a"))));
    // The village cannot eliminate; the county does, and the proposal is closed with the monitoring.
    StatusChange eliminate;
    eliminate.step = StatusStep::EliminateRisk;
    eliminate.date = Today;
    eliminate.reason = QStringLiteral("县级审定");
    CHECK_FALSE(StatusProcedure(*c.db).apply(a, eliminate).ok());
    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    const Status eliminated = StatusProcedure(*c.db).apply(a, eliminate);
    INFO(eliminated.error().toStdString());
    REQUIRE(eliminated.ok());
    CHECK(count(c,
              QStringLiteral("SELECT count(*) FROM household WHERE monitoring_category IS NULL AND id = ")
                  + QString::number(a))
        == 1);
    CHECK_FALSE(StatusProcedure(*c.db).allowedSteps(a, Today).contains(StatusStep::ProposeRiskElimination));
}
