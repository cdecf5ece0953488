// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/StatusProcedure.h"

#include "TestCounty.h"
#include "forces/ForcesKinds.h"
#include "register/HouseholdRepository.h"

#include <catch2/catch.hpp>

namespace {

const QDate Today = QDate::currentDate();

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// A household as the test gives it. A new household starts not yet out of poverty; a status and
// attribute that steps would have given it are written afterwards, as a file from before the
// register kept the steps holds them.
qint64 addHousehold(const TestCounty &c, Household h)
{
    HouseholdRepository repo(*c.db);
    const Household given = h;
    if (h.statusCode != QLatin1String("0")) {
        h.statusCode = QStringLiteral("0");
        h.attributeCode = QStringLiteral("01");
    }
    const Result<qint64> r = repo.save(h);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    if (given.statusCode != h.statusCode)
        c.exec(QStringLiteral("UPDATE household SET status_code = ?, attribute_code = ? WHERE id = ?"),
            {given.statusCode, given.attributeCode, r.value()});
    return r.value();
}

Household loadOk(const TestCounty &c, qint64 id)
{
    Result<Household> r = HouseholdRepository(*c.db).load(id);
    REQUIRE(r.ok());
    return std::move(r).value();
}

StatusChange change(StatusStep step, const QDate &date, const QString &reason = QStringLiteral("村民代表大会评议"))
{
    StatusChange c;
    c.step = step;
    c.date = date;
    c.reason = reason;
    return c;
}

void applyOk(StatusProcedure &p, qint64 id, const StatusChange &c)
{
    const Status s = p.apply(id, c);
    INFO(StatusProcedure::stepName(c.step).toStdString() << ": " << s.error().toStdString());
    REQUIRE(s.ok());
}

// What a refusal must leave alone: the events, the audit log and the household row.
struct Snapshot
{
    QVariant events, audit, risks, revision, status, attribute, category;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(const TestCounty &c, qint64 id)
{
    return {c.scalar(QStringLiteral("SELECT count(*) FROM status_event")),
        c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")),
        c.scalar(QStringLiteral("SELECT count(*) FROM household_risk")),
        c.scalar(QStringLiteral("SELECT revision FROM household WHERE id = ?"), {id}),
        c.scalar(QStringLiteral("SELECT status_code FROM household WHERE id = ?"), {id}),
        c.scalar(QStringLiteral("SELECT attribute_code FROM household WHERE id = ?"), {id}),
        c.scalar(QStringLiteral("SELECT monitoring_category FROM household WHERE id = ?"), {id})};
}

// Applies a step that must be refused; returns the reason and checks nothing was written.
QString refused(const TestCounty &c, StatusProcedure &p, qint64 id, const StatusChange &change)
{
    const Snapshot before = snapshot(c, id);
    const Status s = p.apply(id, change);
    INFO(StatusProcedure::stepName(change.step).toStdString());
    REQUIRE_FALSE(s.ok());
    CHECK(snapshot(c, id) == before);
    return s.error();
}

QStringList kinds(const StatusProcedure &p, qint64 id)
{
    QStringList list;
    for (const StatusEvent &e : p.history(id))
        list << e.kind;
    return list;
}

int auditCount(const TestCounty &c, const QString &field, const QVariant &newValue)
{
    return c
        .scalar(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update' AND field = ? AND new_value = ?"),
            {field, newValue})
        .toInt();
}

// Proposal, notice and exit, the notice started `noticeAgo` days before today for 7 days.
void exitHousehold(StatusProcedure &p, qint64 id, int noticeAgo = 10)
{
    applyOk(p, id, change(StatusStep::ProposeExit, Today.addDays(-noticeAgo - 2)));
    StatusChange notice = change(StatusStep::StartExitNotice, Today.addDays(-noticeAgo));
    notice.noticeDays = 7;
    applyOk(p, id, notice);
    applyOk(p, id, change(StatusStep::Exit, Today.addDays(-noticeAgo + 7)));
}

} // namespace

TEST_CASE("StatusProcedure: identify sets the status and identification year once", "[status]")
{
    TestCounty c;
    c.actAs(QStringLiteral("clerk"));
    StatusProcedure p(*c.db);
    const qint64 id = addHousehold(c, c.household(QStringLiteral("H1"), 1));

    CHECK(p.allowedSteps(id, Today).contains(StatusStep::Identify));
    refused(c, p, id, change(StatusStep::Identify, Today.addDays(1))); // not in the future
    refused(c, p, id, change(StatusStep::Identify, QDate()));

    const QDate day = Today.addYears(-1);
    applyOk(p, id, change(StatusStep::Identify, day, QStringLiteral(" "))); // no reason needed
    const Household h = loadOk(c, id);
    CHECK(h.statusCode == QStringLiteral("0"));
    CHECK(h.identificationYear == day.year());
    CHECK(auditCount(c, QStringLiteral("identification_year"), QString::number(day.year())) == 1);

    const QList<StatusEvent> history = p.history(id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].kind == QStringLiteral("identify"));
    CHECK(history[0].date == day);
    CHECK(history[0].recordedBy == QStringLiteral("clerk"));

    CHECK_FALSE(p.allowedSteps(id, Today).contains(StatusStep::Identify));
    CHECK(refused(c, p, id, change(StatusStep::Identify, Today)).contains(iso(day)));

    // A household already out of poverty is not identified again.
    Household out = c.household(QStringLiteral("H2"), 2);
    out.statusCode = QStringLiteral("1");
    out.attributeCode = QStringLiteral("05");
    const qint64 outId = addHousehold(c, out);
    refused(c, p, outId, change(StatusStep::Identify, Today));

    const qint64 third = addHousehold(c, c.household(QStringLiteral("H3"), 3));
    applyOk(p, third, change(StatusStep::Identify, Today, QString()));
    CHECK(p.history(third).first().reason.isEmpty());
}

TEST_CASE("StatusProcedure: an exit needs a proposal, a notice and the notice period", "[status]")
{
    TestCounty c;
    StatusProcedure p(*c.db);
    const qint64 id = addHousehold(c, c.household(QStringLiteral("H1"), 1));

    CHECK(p.allowedSteps(id, Today)
        == QList<StatusStep>{
            StatusStep::Identify, StatusStep::ProposeExit, StatusStep::StartMonitoring, StatusStep::ChangeAttribute});
    CHECK(refused(c, p, id, change(StatusStep::Exit, Today)).contains(QStringLiteral("not been proposed")));
    CHECK(refused(c, p, id, change(StatusStep::StartExitNotice, Today)).contains(QStringLiteral("Propose")));
    CHECK(refused(c, p, id, change(StatusStep::ProposeExit, Today, QStringLiteral("  ")))
              .contains(QStringLiteral("reason")));
    CHECK(refused(c, p, id, change(StatusStep::ProposeExit, Today.addDays(1))).contains(QStringLiteral("future")));

    applyOk(p, id, change(StatusStep::ProposeExit, Today.addDays(-10)));
    CHECK(refused(c, p, id, change(StatusStep::ProposeExit, Today)).contains(iso(Today.addDays(-10))));
    CHECK(refused(c, p, id, change(StatusStep::Exit, Today)).contains(QStringLiteral("publicly noticed")));
    CHECK(p.allowedSteps(id, Today)
        == QList<StatusStep>{StatusStep::Identify, StatusStep::StartExitNotice, StatusStep::StartMonitoring,
            StatusStep::ChangeAttribute});
    // The notice cannot start before the proposal.
    StatusChange early = change(StatusStep::StartExitNotice, Today);
    early.noticeStart = Today.addDays(-11);
    refused(c, p, id, early);

    // Notice from six days ago for the default seven days: it ends today, the exit may follow tomorrow.
    StatusChange notice = change(StatusStep::StartExitNotice, Today.addDays(-6));
    applyOk(p, id, notice);
    const QList<StatusEvent> history = p.history(id);
    REQUIRE(history.size() == 2);
    CHECK(history[1].kind == QStringLiteral("exit_notice"));
    CHECK(history[1].noticeStart == Today.addDays(-6));
    CHECK(history[1].noticeDays == 7);
    CHECK(refused(c, p, id, change(StatusStep::StartExitNotice, Today)).contains(QStringLiteral("already started")));

    const QString reason = refused(c, p, id, change(StatusStep::Exit, Today));
    CHECK(reason.contains(QStringLiteral("notice period must have passed")));
    CHECK(reason.contains(iso(Today))); // the last day of the notice
    CHECK(reason.contains(iso(Today.addDays(1)))); // the first day an exit can be recorded
    CHECK_FALSE(p.allowedSteps(id, Today).contains(StatusStep::Exit));
    CHECK(p.allowedSteps(id, Today.addDays(1)).contains(StatusStep::Exit));
    CHECK(loadOk(c, id).statusCode == QStringLiteral("0"));
}

TEST_CASE("StatusProcedure: an exit after the notice changes status, exit year and attribute", "[status]")
{
    TestCounty c;
    c.actAs(QStringLiteral("county"));
    StatusProcedure p(*c.db);
    const qint64 id = addHousehold(c, c.household(QStringLiteral("H1"), 1));
    const Household before = loadOk(c, id);

    applyOk(p, id, change(StatusStep::ProposeExit, Today.addDays(-9)));
    StatusChange notice = change(StatusStep::StartExitNotice, Today.addDays(-8));
    notice.noticeStart = Today.addDays(-7);
    applyOk(p, id, notice);
    CHECK(p.allowedSteps(id, Today).contains(StatusStep::Exit));
    applyOk(p, id, change(StatusStep::Exit, Today)); // start + 7 days = today: the period has passed

    const Household h = loadOk(c, id);
    CHECK(h.statusCode == QStringLiteral("1"));
    CHECK(h.exitYear == Today.year());
    CHECK(h.attributeCode == QStringLiteral("05")); // 一般贫困户 → 一般脱贫户
    CHECK(h.meta.revision == before.meta.revision + 1);
    CHECK(kinds(p, id)
        == QStringList{QStringLiteral("exit_proposal"), QStringLiteral("exit_notice"), QStringLiteral("exit")});

    // Each household field the exit changed is audited, and each step is in the trail.
    CHECK(auditCount(c, QStringLiteral("status_code"), QStringLiteral("1")) == 1);
    CHECK(auditCount(c, QStringLiteral("attribute_code"), QStringLiteral("05")) == 1);
    CHECK(auditCount(c, QStringLiteral("exit_year"), QString::number(Today.year())) == 1);
    CHECK(c.scalar(QStringLiteral("SELECT count(DISTINCT record_uuid) FROM audit_log WHERE table_name = "
                                  "'status_event' AND field = 'kind' AND changed_by = 'county'"))
              .toInt()
        == 3);

    CHECK(p.allowedSteps(id, Today)
        == QList<StatusStep>{StatusStep::Relapse, StatusStep::StartMonitoring, StatusStep::ChangeAttribute});
    refused(c, p, id, change(StatusStep::ProposeExit, Today));
    refused(c, p, id, change(StatusStep::Exit, Today));
}

TEST_CASE("StatusProcedure: exit and relapse switch between the poor and exited attributes", "[status]")
{
    const auto [poor, exited] = GENERATE(table<QString, QString>({{QStringLiteral("01"), QStringLiteral("05")},
        {QStringLiteral("04"), QStringLiteral("02")}, {QStringLiteral("06"), QStringLiteral("03")}}));
    TestCounty c;
    StatusProcedure p(*c.db);
    Household h = c.household(QStringLiteral("H1"), 1);
    h.attributeCode = poor;
    const qint64 id = addHousehold(c, h);

    exitHousehold(p, id);
    CHECK(loadOk(c, id).attributeCode == exited);

    // A relapse cannot be dated before the exit.
    refused(c, p, id, change(StatusStep::Relapse, Today.addDays(-4)));
    applyOk(p, id, change(StatusStep::Relapse, Today.addDays(-1), QStringLiteral("因病返贫")));
    const Household relapsed = loadOk(c, id);
    CHECK(relapsed.statusCode == QStringLiteral("3"));
    CHECK(relapsed.attributeCode == poor);
    CHECK(auditCount(c, QStringLiteral("status_code"), QStringLiteral("3")) == 1);
    CHECK(kinds(p, id).last() == QStringLiteral("relapse"));
}

TEST_CASE("StatusProcedure: relapse only from out of poverty, a relapsed household can exit again", "[status]")
{
    TestCounty c;
    StatusProcedure p(*c.db);
    const qint64 id = addHousehold(c, c.household(QStringLiteral("H1"), 1));
    CHECK(refused(c, p, id, change(StatusStep::Relapse, Today)).contains(QStringLiteral("out of poverty")));

    Household noLongerEnjoying = c.household(QStringLiteral("H2"), 2);
    noLongerEnjoying.statusCode = QStringLiteral("4");
    noLongerEnjoying.attributeCode = QStringLiteral("02");
    const qint64 id4 = addHousehold(c, noLongerEnjoying);
    CHECK(p.allowedSteps(id4, Today).contains(StatusStep::Relapse));
    applyOk(p, id4, change(StatusStep::Relapse, Today));
    CHECK(loadOk(c, id4).attributeCode == QStringLiteral("04"));
    refused(c, p, id4, change(StatusStep::Relapse, Today));

    // Relapsed (返贫): the exit procedure starts over.
    CHECK(p.allowedSteps(id4, Today).contains(StatusStep::ProposeExit));
    applyOk(p, id4, change(StatusStep::ProposeExit, Today));
    CHECK(p.allowedSteps(id4, Today).contains(StatusStep::StartExitNotice));
}

TEST_CASE("StatusProcedure: monitoring needs a category and one to five risk types", "[status]")
{
    TestCounty c;
    StatusProcedure p(*c.db);
    Household h = c.household(QStringLiteral("H1"), 1);
    h.statusCode = QStringLiteral("1");
    h.attributeCode = QStringLiteral("05");
    const qint64 id = addHousehold(c, h);

    StatusChange monitor = change(StatusStep::StartMonitoring, Today.addDays(-200), QStringLiteral("突发大病"));
    monitor.riskCodes = {QStringLiteral("01")};
    CHECK(refused(c, p, id, monitor).contains(QStringLiteral("category")));
    monitor.monitoringCategory = QStringLiteral("7");
    CHECK(refused(c, p, id, monitor).contains(QStringLiteral("not a monitoring category")));
    monitor.monitoringCategory = QStringLiteral("3");
    monitor.riskCodes = {};
    CHECK(refused(c, p, id, monitor).contains(QStringLiteral("risk type")));
    monitor.riskCodes = {QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"), QStringLiteral("04"),
        QStringLiteral("05"), QStringLiteral("06")};
    CHECK(refused(c, p, id, monitor).contains(QStringLiteral("at most 5")));
    monitor.riskCodes = {QStringLiteral("01"), QStringLiteral("42")};
    CHECK(refused(c, p, id, monitor).contains(QStringLiteral("42")));
    monitor.riskCodes = {QStringLiteral("01"), QStringLiteral("01")};
    CHECK(refused(c, p, id, monitor).contains(QStringLiteral("twice")));

    monitor.riskCodes = {QStringLiteral("08"), QStringLiteral("01")};
    applyOk(p, id, monitor);
    CHECK(loadOk(c, id).monitoringCategory == QStringLiteral("3"));
    CHECK(p.riskCodes(id) == QStringList{QStringLiteral("01"), QStringLiteral("08")});
    CHECK(auditCount(c, QStringLiteral("monitoring_category"), QStringLiteral("3")) == 1);
    CHECK(c.scalar(QStringLiteral("SELECT new_value FROM audit_log WHERE table_name = 'household_risk'")).toString()
        == QStringLiteral("01,08"));
    const StatusEvent event = p.history(id).last();
    CHECK(event.kind == QStringLiteral("monitor"));
    CHECK(event.monitoringCategory == QStringLiteral("3"));
    CHECK(event.reason == QStringLiteral("突发大病"));

    CHECK(refused(c, p, id, monitor).contains(QStringLiteral("already monitored")));
    CHECK(p.allowedSteps(id, Today)
        == QList<StatusStep>{StatusStep::Relapse, StatusStep::ProposeRiskElimination, StatusStep::EliminateRisk,
            StatusStep::ChangeAttribute});

    // The elimination ends the monitoring; it cannot predate its start, and it needs a measure in place.
    refused(c, p, id, change(StatusStep::EliminateRisk, Today.addDays(-201)));
    CHECK(
        refused(c, p, id, change(StatusStep::EliminateRisk, Today)).contains(QStringLiteral("No assistance measure")));
    Measure measure;
    measure.householdId = id;
    measure.categoryCode = QStringLiteral("05");
    measure.startDate = Today.addDays(-100);
    REQUIRE(MeasureRepository(*c.db).save(measure).ok());
    applyOk(p, id, change(StatusStep::EliminateRisk, Today, QStringLiteral("收入稳定超过半年")));
    CHECK(loadOk(c, id).monitoringCategory.isEmpty());
    CHECK(p.riskCodes(id).isEmpty());
    CHECK(p.history(id).last().monitoringCategory == QStringLiteral("3"));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'monitoring_category' AND "
                                  "old_value = '3' AND new_value IS NULL"))
              .toInt()
        == 1);
    CHECK(refused(c, p, id, change(StatusStep::EliminateRisk, Today)).contains(QStringLiteral("not monitored")));
}

TEST_CASE("StatusProcedure: the risk of a household without labour is not eliminated", "[status]")
{
    TestCounty c;
    StatusProcedure p(*c.db);
    Household h = c.household(QStringLiteral("H1"), 1);
    h.statusCode = QStringLiteral("1");
    h.attributeCode = QStringLiteral("05");
    h.members[0].labourCode = QStringLiteral("4"); // 丧失劳动力
    h.members[1].labourCode = QStringLiteral("5"); // 无劳动力
    const qint64 id = addHousehold(c, h);

    StatusChange monitor = change(StatusStep::StartMonitoring, Today.addDays(-200));
    monitor.monitoringCategory = QStringLiteral("1");
    monitor.riskCodes = {QStringLiteral("08")};
    applyOk(p, id, monitor);
    Measure measure;
    measure.householdId = id;
    measure.categoryCode = QStringLiteral("08");
    measure.startDate = Today.addDays(-100);
    REQUIRE(MeasureRepository(*c.db).save(measure).ok());

    const QString reason = refused(c, p, id, change(StatusStep::EliminateRisk, Today));
    CHECK(reason.contains(QStringLiteral("No member can work")));
    CHECK_FALSE(reason.contains(QStringLiteral("measure")));
    CHECK(loadOk(c, id).monitoringCategory == QStringLiteral("1"));
    CHECK(p.riskCodes(id) == QStringList{QStringLiteral("08")});

    // A weak labourer (弱劳动力) is labour.
    Household edited = loadOk(c, id);
    edited.members[2].labourCode = QStringLiteral("3");
    HouseholdRepository repo(*c.db);
    REQUIRE(repo.save(edited).ok());
    applyOk(p, id, change(StatusStep::EliminateRisk, Today));
}

TEST_CASE("StatusProcedure: the notice period defaults to the county's setting", "[status]")
{
    TestCounty c;
    StatusProcedure p(*c.db);
    CHECK(p.defaultNoticeDays() == 7);
    c.exec(QStringLiteral("UPDATE county_info SET value = '5' WHERE key = 'exit_notice_days'"));
    CHECK(p.defaultNoticeDays() == 5);

    const qint64 id = addHousehold(c, c.household(QStringLiteral("H1"), 1));
    applyOk(p, id, change(StatusStep::ProposeExit, Today.addDays(-6)));
    applyOk(p, id, change(StatusStep::StartExitNotice, Today.addDays(-5)));
    CHECK(p.history(id).last().noticeDays == 5);
    applyOk(p, id, change(StatusStep::Exit, Today));

    const qint64 other = addHousehold(c, c.household(QStringLiteral("H2"), 2));
    applyOk(p, other, change(StatusStep::ProposeExit, Today.addDays(-6)));
    StatusChange longer = change(StatusStep::StartExitNotice, Today.addDays(-5));
    longer.noticeDays = 10;
    applyOk(p, other, longer);
    CHECK(refused(c, p, other, change(StatusStep::Exit, Today)).contains(iso(Today.addDays(5))));

    c.exec(QStringLiteral("DELETE FROM county_info WHERE key = 'exit_notice_days'"));
    CHECK(p.defaultNoticeDays() == 7);
}

TEST_CASE("StatusProcedure: a deleted or missing household is refused", "[status]")
{
    TestCounty c;
    StatusProcedure p(*c.db);
    const qint64 id = addHousehold(c, c.household(QStringLiteral("H1"), 1));
    REQUIRE(HouseholdRepository(*c.db).softDelete(id, QStringLiteral("重复录入")).ok());
    CHECK(refused(c, p, id, change(StatusStep::ProposeExit, Today)).contains(QStringLiteral("deleted")));
    CHECK(p.allowedSteps(id, Today).isEmpty());
    CHECK_FALSE(p.apply(id + 100, change(StatusStep::ProposeExit, Today)).ok());
    CHECK(p.allowedSteps(id + 100, Today).isEmpty());
}

StatusChange attributeChange(const QString &code, const QDate &date = Today)
{
    StatusChange c = change(StatusStep::ChangeAttribute, date, QStringLiteral("2024年动态调整：纳入低保"));
    c.attributeCode = code;
    return c;
}

TEST_CASE("StatusProcedure: the attribute of a poor household changes by its own step", "[status][attribute]")
{
    TestCounty c;
    c.actAs(QStringLiteral("county"));
    StatusProcedure p(*c.db);
    const qint64 id = addHousehold(c, c.household(QStringLiteral("H1"), 1));
    applyOk(p, id, change(StatusStep::Identify, Today.addYears(-2)));
    CHECK(p.allowedSteps(id, Today).contains(StatusStep::ChangeAttribute));
    CHECK(p.allowedAttributes(id) == QStringList{QStringLiteral("04"), QStringLiteral("06")});

    // What the user must give: a known attribute of a registered household, a reason, a date.
    CHECK(refused(c, p, id, attributeChange(QString())).contains(QStringLiteral("Choose")));
    CHECK(refused(c, p, id, attributeChange(QStringLiteral("99"))).contains(QStringLiteral("99")));
    CHECK(refused(c, p, id, attributeChange(QStringLiteral("00"))).contains(QStringLiteral("00")));
    StatusChange noReason = attributeChange(QStringLiteral("04"));
    noReason.reason = QStringLiteral(" ");
    refused(c, p, id, noReason);
    refused(c, p, id, attributeChange(QStringLiteral("04"), Today.addDays(1)));
    // Not before the identification, not the attribute it has, not one of a household out of poverty.
    CHECK(refused(c, p, id, attributeChange(QStringLiteral("04"), Today.addYears(-3)))
              .contains(QStringLiteral("Identify")));
    CHECK(refused(c, p, id, attributeChange(QStringLiteral("01"))).contains(QStringLiteral("already")));
    CHECK(refused(c, p, id, attributeChange(QStringLiteral("02"))).contains(QStringLiteral("Exit")));

    applyOk(p, id, attributeChange(QStringLiteral("04")));
    const Household h = loadOk(c, id);
    CHECK(h.attributeCode == QStringLiteral("04"));
    CHECK(h.statusCode == QStringLiteral("0"));
    CHECK(auditCount(c, QStringLiteral("attribute_code"), QStringLiteral("04")) == 1);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'status_event' AND "
                                  "new_value = 'attribute'"))
              .toInt()
        == 1);
    const QList<StatusEvent> history = p.history(id);
    REQUIRE(history.size() == 2);
    CHECK(history.last().kind == QStringLiteral("attribute"));
    CHECK(history.last().attributeCode == QStringLiteral("04"));
    CHECK(history.last().reason == QStringLiteral("2024年动态调整：纳入低保"));
    CHECK(history.last().recordedBy == QStringLiteral("county"));

    // The exit then moves it to the matching attribute of a household out of poverty (低保脱贫户).
    exitHousehold(p, id);
    CHECK(loadOk(c, id).attributeCode == QStringLiteral("02"));
}

TEST_CASE(
    "StatusProcedure: after the exit the attribute stays one of a household out of poverty", "[status][attribute]")
{
    TestCounty c;
    StatusProcedure p(*c.db);
    const qint64 id = addHousehold(c, c.household(QStringLiteral("H1"), 1));
    exitHousehold(p, id);
    REQUIRE(loadOk(c, id).attributeCode == QStringLiteral("05"));
    CHECK(p.allowedAttributes(id) == QStringList{QStringLiteral("02"), QStringLiteral("03")});
    // Back to a poor household's attribute only by a relapse.
    CHECK(refused(c, p, id, attributeChange(QStringLiteral("04"))).contains(QStringLiteral("Relapse")));
    // Not dated before the exit.
    refused(c, p, id, attributeChange(QStringLiteral("02"), Today.addDays(-5)));
    applyOk(p, id, attributeChange(QStringLiteral("02")));
    CHECK(loadOk(c, id).attributeCode == QStringLiteral("02"));
    CHECK(loadOk(c, id).statusCode == QStringLiteral("1"));
}

TEST_CASE("StatusProcedure: the attribute step is refused to a deleted, unregistered or outside household",
    "[status][attribute]")
{
    TestCounty c;
    c.actAs(QStringLiteral("county"));
    StatusProcedure p(*c.db);
    const qint64 deleted = addHousehold(c, c.household(QStringLiteral("H1"), 1));
    REQUIRE(HouseholdRepository(*c.db).softDelete(deleted, QStringLiteral("重复录入")).ok());
    CHECK(refused(c, p, deleted, attributeChange(QStringLiteral("04"))).contains(QStringLiteral("deleted")));
    CHECK(p.allowedAttributes(deleted).isEmpty());

    Household farmer = c.household(QStringLiteral("H2"), 2);
    farmer.statusCode = QStringLiteral("9");
    farmer.attributeCode = QStringLiteral("00");
    const qint64 unregistered = addHousehold(c, farmer);
    CHECK_FALSE(p.allowedSteps(unregistered, Today).contains(StatusStep::ChangeAttribute));
    CHECK(refused(c, p, unregistered, attributeChange(QStringLiteral("04"))).contains(QStringLiteral("never")));

    const qint64 other = [&] {
        Household h = c.household(QStringLiteral("H3"), 3);
        c.moveTo(h, c.otherVillage);
        h.groupId = c.otherGroup;
        return addHousehold(c, h);
    }();
    const qint64 own = addHousehold(c, c.household(QStringLiteral("H4"), 4));
    // A village cadre proposes; the county decides the attribute, as it decides identification.
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    CHECK_FALSE(p.allowedSteps(own, Today).contains(StatusStep::ChangeAttribute));
    CHECK(refused(c, p, own, attributeChange(QStringLiteral("04"))).contains(QStringLiteral("attribute changes")));
    // Nor does it learn anything of another village's household.
    CHECK(refused(c, p, other, attributeChange(QStringLiteral("04"))).contains(QStringLiteral("may not")));
    CHECK(p.allowedAttributes(other).isEmpty());
}

TEST_CASE("StatusProcedure: step names and kinds", "[status]")
{
    CHECK(StatusProcedure::stepName(StatusStep::ProposeExit) == QStringLiteral("Propose exit"));
    CHECK(StatusProcedure::allSteps().size() == 9);
    CHECK(StatusProcedure::kindOf(StatusStep::ProposeRiskElimination) == QStringLiteral("risk_proposal"));
    for (StatusStep step : StatusProcedure::allSteps()) {
        CHECK_FALSE(StatusProcedure::stepName(step).isEmpty());
        CHECK(StatusProcedure::stepOfKind(StatusProcedure::kindOf(step)) == step);
    }
    CHECK_FALSE(StatusProcedure::stepOfKind(QStringLiteral("nonsense")).has_value());
}

TEST_CASE("StatusProcedure: an exit is refused while a condition of the exit assessment is unmet", "[status]")
{
    TestCounty c;
    StatusProcedure p(*c.db);
    Household h = c.household(QStringLiteral("H1"), 1);
    h.incomes[0].wageMigrant = 0; // 833.33 yuan per person, below the line
    h.livingConditions[0].waterSafe = false;
    const qint64 id = addHousehold(c, h);
    applyOk(p, id, change(StatusStep::ProposeExit, Today.addDays(-20)));
    StatusChange notice = change(StatusStep::StartExitNotice, Today.addDays(-15));
    notice.noticeDays = 7;
    applyOk(p, id, notice);

    const QString reason = refused(c, p, id, change(StatusStep::Exit, Today));
    CHECK(reason.contains(QStringLiteral("833.33")));
    CHECK(reason.contains(QStringLiteral("Safe drinking water")));
    CHECK_FALSE(reason.contains(QStringLiteral("No worry about food")));
    CHECK(loadOk(c, id).statusCode == QStringLiteral("0"));
}
