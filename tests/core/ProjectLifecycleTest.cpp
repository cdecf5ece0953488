// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/ProjectLifecycle.h"

#include "../TestSql.h"
#include "TestCounty.h"
#include "demo/DemoGenerator.h"
#include "projects/ProjectLibrary.h"
#include "register/HouseholdRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace {

const QDate Start(2020, 3, 1);

Project sheet(const TestCounty &c, const QString &target = QStringLiteral("解决120户出行难问题"))
{
    Project p;
    p.name = QStringLiteral("岜沙村通组公路硬化工程");
    p.categoryCode = QStringLiteral("03");
    p.divisionId = c.village;
    p.year = 2020;
    p.budgetFen = 1'200'000'00;
    p.responsibleUnit = QStringLiteral("从江县交通运输局");
    p.performanceTarget = target;
    p.benefitMechanism = QStringLiteral("改善生产生活条件");
    return p;
}

qint64 addProject(TestCounty &c, const QString &target = QStringLiteral("解决120户出行难问题"))
{
    Project p = sheet(c, target);
    const Result<qint64> id = ProjectLibrary(*c.db).save(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

ProjectEvent step(ProjectStatus to, const QDate &date)
{
    ProjectEvent e;
    e.to = to;
    e.date = date;
    switch (to) {
    case ProjectStatus::Tendering:
        e.procurementMethod = QStringLiteral("公开招标");
        e.winningBidder = QStringLiteral("从江县路桥建设有限公司");
        e.contractFen = 1'150'000'00;
        break;
    case ProjectStatus::InProgress:
        e.progressPercent = 30;
        e.milestone = QStringLiteral("路基完成");
        break;
    case ProjectStatus::Accepted:
        e.acceptedBy = QStringLiteral("县乡村振兴局验收组");
        e.auditResult = QStringLiteral("第三方审计合格");
        break;
    case ProjectStatus::Cancelled:
        e.reason = QStringLiteral("选址调整");
        break;
    default:
        break;
    }
    return e;
}

void advanceOk(ProjectLifecycle &l, qint64 id, const ProjectEvent &e)
{
    const Status s = l.advance(id, e);
    INFO(ProjectStatusWords::word(e.to).toStdString() << ": " << s.error().toStdString());
    REQUIRE(s.ok());
}

QList<QVariant> snapshot(const TestCounty &c, qint64 id)
{
    return {c.scalar(QStringLiteral("SELECT status || ':' || revision || ':' || COALESCE(cancel_reason, '') FROM "
                                    "project WHERE id = ?"),
                {id}),
        c.scalar(QStringLiteral("SELECT count(*) FROM project_event")),
        c.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))};
}

void refused(TestCounty &c, ProjectLifecycle &l, qint64 id, const ProjectEvent &e, const char *words)
{
    const auto before = snapshot(c, id);
    const Status s = l.advance(id, e);
    INFO(ProjectStatusWords::word(e.to).toStdString() << ": " << s.error().toStdString());
    CHECK_FALSE(s.ok());
    CHECK(s.error().contains(QString::fromUtf8(words)));
    CHECK(snapshot(c, id) == before);
}

} // namespace

TEST_CASE("ProjectLifecycle: a project walks proposed to announced, each step dated, attributed and audited")
{
    TestCounty c;
    ProjectLifecycle lifecycle(*c.db);
    const qint64 id = addProject(c);
    CHECK(lifecycle.status(id).value() == ProjectStatus::Proposed);
    const QList<ProjectStatus> path{ProjectStatus::InLibrary, ProjectStatus::Approved, ProjectStatus::Tendering,
        ProjectStatus::InProgress, ProjectStatus::Completed, ProjectStatus::Accepted, ProjectStatus::Announced};
    QDate d = Start;
    for (ProjectStatus to : path) {
        advanceOk(lifecycle, id, step(to, d));
        CHECK(lifecycle.status(id).value() == to);
        d = d.addDays(20);
    }
    const Result<QList<ProjectEvent>> history = lifecycle.history(id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == path.size());
    CHECK(history->at(0).from == ProjectStatus::Proposed);
    CHECK(history->at(2).winningBidder == QStringLiteral("从江县路桥建设有限公司"));
    CHECK(history->at(2).contractFen == 1'150'000'00);
    CHECK(history->at(5).auditResult == QStringLiteral("第三方审计合格"));
    CHECK(history->last().to == ProjectStatus::Announced);
    CHECK(history->last().recordedBy == c.db->currentUser());
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'project' AND field = 'status'"))
              .toInt()
        == path.size());
    // The end of the road: nothing follows announced.
    refused(c, lifecycle, id, step(ProjectStatus::Cancelled, d), "cannot change any more");
}

TEST_CASE("ProjectLifecycle: steps out of order are refused and write nothing")
{
    TestCounty c;
    ProjectLifecycle lifecycle(*c.db);
    const qint64 id = addProject(c);
    refused(c, lifecycle, id, step(ProjectStatus::Approved, Start), "can only become");
    refused(c, lifecycle, id, step(ProjectStatus::Completed, Start), "can only become");
    advanceOk(lifecycle, id, step(ProjectStatus::InLibrary, Start));
    refused(c, lifecycle, id, step(ProjectStatus::Proposed, Start), "can only become");
    refused(c, lifecycle, id, step(ProjectStatus::Tendering, Start), "can only become");
    advanceOk(lifecycle, id, step(ProjectStatus::Approved, Start.addDays(5)));

    SECTION("dates go forward and not into the future")
    {
        refused(c, lifecycle, id, step(ProjectStatus::Tendering, Start.addDays(4)), "before the project's last step");
        refused(c, lifecycle, id, step(ProjectStatus::Tendering, QDate::currentDate().addDays(1)), "future");
        refused(c, lifecycle, id, step(ProjectStatus::Tendering, QDate()), "date");
    }
    SECTION("tendering needs its method, bidder and contract")
    {
        ProjectEvent e = step(ProjectStatus::Tendering, Start.addDays(10));
        e.contractFen = 0;
        refused(c, lifecycle, id, e, "contract amount");
        e = step(ProjectStatus::Tendering, Start.addDays(10));
        e.winningBidder = QStringLiteral(" ");
        refused(c, lifecycle, id, e, "winning bidder");
    }
    SECTION("progress is recorded again and never goes back")
    {
        advanceOk(lifecycle, id, step(ProjectStatus::Tendering, Start.addDays(10)));
        advanceOk(lifecycle, id, step(ProjectStatus::InProgress, Start.addDays(20)));
        ProjectEvent more = step(ProjectStatus::InProgress, Start.addDays(40));
        more.progressPercent = 80;
        advanceOk(lifecycle, id, more);
        more.progressPercent = 50;
        refused(c, lifecycle, id, more, "cannot go back");
        more.progressPercent = 101;
        refused(c, lifecycle, id, more, "0 to 100");
        advanceOk(lifecycle, id, step(ProjectStatus::Completed, Start.addDays(60)));
        refused(c, lifecycle, id, step(ProjectStatus::Cancelled, Start.addDays(61)), "can only become");
        ProjectEvent accepted = step(ProjectStatus::Accepted, Start.addDays(70));
        accepted.auditResult.clear();
        refused(c, lifecycle, id, accepted, "third-party audit");
    }
    SECTION("cancelled before completion, with a reason, and then nothing more")
    {
        ProjectEvent cancel = step(ProjectStatus::Cancelled, Start.addDays(10));
        cancel.reason = QStringLiteral("  ");
        refused(c, lifecycle, id, cancel, "reason");
        advanceOk(lifecycle, id, step(ProjectStatus::Cancelled, Start.addDays(10)));
        CHECK(c.scalar(QStringLiteral("SELECT cancel_reason FROM project WHERE id = ?"), {id}).toString()
            == QStringLiteral("选址调整"));
        refused(c, lifecycle, id, step(ProjectStatus::Approved, Start.addDays(11)), "cannot change any more");
    }
}

TEST_CASE("ProjectLifecycle: a project without a performance target cannot enter the library")
{
    TestCounty c;
    ProjectLifecycle lifecycle(*c.db);
    ProjectLibrary library(*c.db);
    const qint64 id = addProject(c, QString());
    refused(c, lifecycle, id, step(ProjectStatus::InLibrary, Start), "performance target");

    Project p = library.load(id).value();
    p.performanceTarget = QStringLiteral("带动50户脱贫户户均增收1000元");
    REQUIRE(library.save(p).ok());
    advanceOk(lifecycle, id, step(ProjectStatus::InLibrary, Start));

    // Once in the library, the target stays: refused by core, and by the file itself.
    p = library.load(id).value();
    p.performanceTarget.clear();
    const Result<qint64> emptied = library.save(p);
    CHECK_FALSE(emptied.ok());
    CHECK(emptied.error().contains(QStringLiteral("performance target")));
    QSqlQuery q(TestSql::of(*c.db));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE project SET performance_target = '' WHERE id = %1").arg(id)));
    CHECK_FALSE(
        c.scalar(QStringLiteral("SELECT performance_target FROM project WHERE id = ?"), {id}).toString().isEmpty());
    // And the project history cannot be rewritten.
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM project_event")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE project_event SET event_date = '2019-01-01'")));
}

TEST_CASE("ProjectLibrary: beneficiary households come from the register")
{
    TestCounty c;
    ProjectLibrary library(*c.db);
    HouseholdRepository households(*c.db);
    Household h = c.household(QStringLiteral("5226331012010010001"), 1);
    const qint64 household = households.save(h).value();
    Household gone = c.household(QStringLiteral("5226331012010010002"), 2);
    const qint64 deleted = households.save(gone).value();
    REQUIRE(households.softDelete(deleted, QStringLiteral("重复录入")).ok());
    const qint64 id = addProject(c);

    REQUIRE(library.addBeneficiary(id, household).ok());
    CHECK(library.beneficiaries(id).value() == QList<qint64>{household});
    CHECK_FALSE(library.addBeneficiary(id, household).ok());
    const Status notInRegister = library.addBeneficiary(id, deleted);
    CHECK_FALSE(notInRegister.ok());
    CHECK(notInRegister.error().contains(QStringLiteral("not in the register")));
    CHECK_FALSE(library.addBeneficiary(id, 999).ok());
    const Result<QList<ProjectRow>> ofHousehold = library.projectsOf(household);
    REQUIRE(ofHousehold.ok());
    REQUIRE(ofHousehold->size() == 1);
    CHECK(ofHousehold->first().id == id);
    CHECK(ofHousehold->first().beneficiaries == 1);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'project_beneficiary' AND "
                                  "household_id = ?"),
               {household})
              .toInt()
        == 1);

    REQUIRE(library.removeBeneficiary(id, household).ok());
    CHECK(library.beneficiaries(id).value().isEmpty());
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM tombstone WHERE table_name = 'project_beneficiary'")).toInt()
        == 1);

    ProjectLifecycle lifecycle(*c.db);
    advanceOk(lifecycle, id, step(ProjectStatus::Cancelled, Start));
    CHECK_FALSE(library.addBeneficiary(id, household).ok());
}

TEST_CASE("ProjectLibrary: the list filters by year, status, category and division")
{
    TestCounty c;
    ProjectLibrary library(*c.db);
    ProjectLifecycle lifecycle(*c.db);
    const qint64 a = addProject(c);
    Project other = sheet(c);
    other.name = QStringLiteral("贯洞村饮水工程");
    other.categoryCode = QStringLiteral("04");
    other.divisionId = c.otherVillage;
    other.year = 2021;
    const qint64 b = library.save(other).value();
    advanceOk(lifecycle, b, step(ProjectStatus::InLibrary, Start));

    auto ids = [&](const ProjectFilter &f) {
        QList<qint64> list;
        const Result<QList<ProjectRow>> rows = library.list(f);
        REQUIRE(rows.ok());
        for (const ProjectRow &r : rows.value())
            list << r.id;
        return list;
    };
    CHECK(ids({}) == QList<qint64>{b, a});
    ProjectFilter f;
    f.year = 2020;
    CHECK(ids(f) == QList<qint64>{a});
    f = {};
    f.status = ProjectStatus::InLibrary;
    CHECK(ids(f) == QList<qint64>{b});
    f = {};
    f.categoryCode = QStringLiteral("03");
    CHECK(ids(f) == QList<qint64>{a});
    f = {};
    f.divisionId = c.otherTownship; // the township holds the village
    CHECK(ids(f) == QList<qint64>{b});
}

TEST_CASE("ProjectLibrary: every demo project keeps a status word the lifecycle knows")
{
    auto db = CountyDatabase::openInMemory();
    REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
    DemoOptions options;
    options.households = 600;
    options.seed = 3;
    options.lastYear = 2024;
    REQUIRE(DemoGenerator::generate(*db, options).ok());
    QSqlQuery q(TestSql::of(*db));
    REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT status FROM project")));
    int words = 0;
    while (q.next()) {
        INFO(q.value(0).toString().toStdString());
        CHECK(ProjectStatusWords::fromWord(q.value(0).toString()).has_value());
        ++words;
    }
    CHECK(words >= 5);
    const Result<QList<ProjectRow>> rows = ProjectLibrary(*db).list();
    REQUIRE(rows.ok());
    for (const ProjectRow &r : rows.value())
        CHECK(r.allocatedFen >= r.disbursedFen);
}

TEST_CASE("ProjectLibrary: a picker's beneficiaries change in one transaction, all or nothing")
{
    TestCounty c;
    ProjectLibrary library(*c.db);
    HouseholdRepository households(*c.db);
    Household first = c.household(QStringLiteral("5226331012010010001"), 1);
    Household second = c.household(QStringLiteral("5226331012010010002"), 2);
    Household third = c.household(QStringLiteral("5226331012010010003"), 3);
    const qint64 a = households.save(first).value();
    const qint64 b = households.save(second).value();
    const qint64 d = households.save(third).value();
    const qint64 id = addProject(c);
    REQUIRE(library.addBeneficiary(id, a).ok());

    const auto audited = [&] { return c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(); };
    const int before = audited();
    // The second household to add is not in the register: the removal and the first addition roll back.
    const Status refused = library.changeBeneficiaries(id, {b, 999}, {a});
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("999")));
    CHECK(library.beneficiaries(id).value() == QList<qint64>{a});
    CHECK(audited() == before);

    const Status done = library.changeBeneficiaries(id, {b, d}, {a});
    INFO(done.error().toStdString());
    REQUIRE(done.ok());
    CHECK(library.beneficiaries(id).value() == QList<qint64>{b, d});
    CHECK(audited() == before + 3);

    // A village account may not keep the project library: nothing written.
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    const int beforeVillage = audited();
    const Status village = library.changeBeneficiaries(id, {a}, {b});
    CHECK_FALSE(village.ok());
    CHECK(library.beneficiaries(id).value() == QList<qint64>{b, d});
    CHECK(audited() == beforeVillage);
}

TEST_CASE("ProjectLibrary: a project's sheet is checked in core before it is saved")
{
    TestCounty c;
    ProjectLibrary library(*c.db);
    Project p = sheet(c);
    p.budgetFen = -1;
    p.name = QStringLiteral("  ");
    const Result<qint64> refused = library.save(p);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("negative")));
    CHECK(refused.error().contains(QStringLiteral("name")));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM project")).toInt() == 0);
    // Without a target it may be proposed (entering the library needs one: see above).
    Project proposed = sheet(c, QString());
    const Result<qint64> id = library.save(proposed);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    CHECK(library.load(id.value())->performanceTarget.isEmpty());
}

TEST_CASE("ProjectLifecycle: every demo project carries the history that led to its status, the same for a seed")
{
    auto generate = [](quint64 seed) {
        auto db = CountyDatabase::openInMemory();
        REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
        DemoOptions options;
        options.households = 600;
        options.seed = seed;
        options.lastYear = 2024;
        REQUIRE(DemoGenerator::generate(*db, options).ok());
        return db;
    };
    auto history = [](CountyDatabase &db) {
        QStringList lines;
        QSqlQuery q(TestSql::of(db));
        REQUIRE(q.exec(QStringLiteral("SELECT project_id, from_status, to_status, event_date, contract_fen, "
                                      "accepted_by, reason FROM project_event ORDER BY id")));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 7; ++i)
                cells << q.value(i).toString();
            lines << cells.join(u'|');
        }
        return lines;
    };
    const auto db = generate(3);
    const Result<QList<ProjectRow>> rows = ProjectLibrary(*db).list();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() >= 5);
    ProjectLifecycle lifecycle(*db);
    int withHistory = 0;
    for (const ProjectRow &r : rows.value()) {
        const QList<ProjectEvent> events = lifecycle.history(r.id).value();
        INFO(r.name.toStdString() << ": " << ProjectStatusWords::word(r.status).toStdString());
        if (r.status == ProjectStatus::Proposed) {
            CHECK(events.isEmpty());
            continue;
        }
        REQUIRE_FALSE(events.isEmpty());
        ++withHistory;
        // Each step one the lifecycle allows, from where the last one left it, in date order.
        ProjectStatus at = ProjectStatus::Proposed;
        QDate last;
        for (const ProjectEvent &e : events) {
            CHECK(e.from == at);
            CHECK(ProjectStatusWords::next(at).contains(e.to));
            CHECK(e.date.isValid());
            CHECK(e.date <= QDate(2024, 12, 31));
            if (last.isValid())
                CHECK(e.date >= last);
            if (e.to == ProjectStatus::Tendering)
                CHECK((e.contractFen > 0 && !e.winningBidder.isEmpty() && !e.procurementMethod.isEmpty()));
            if (e.to == ProjectStatus::Accepted)
                CHECK((!e.acceptedBy.isEmpty() && !e.auditResult.isEmpty()));
            if (e.to == ProjectStatus::Cancelled)
                CHECK_FALSE(e.reason.isEmpty());
            at = e.to;
            last = e.date;
        }
        CHECK(at == r.status);
    }
    CHECK(withHistory > 0);
    // The same seed writes the same history; another seed another one.
    const QStringList first = history(*db);
    CHECK(history(*generate(3)) == first);
    CHECK(history(*generate(4)) != first);
}
