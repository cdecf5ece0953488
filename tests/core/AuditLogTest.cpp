// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/AuditLog.h"

#include "TestCounty.h"
#include "register/HistoryEvent.h"
#include "register/HouseholdRepository.h"
#include "register/StatusProcedure.h"

#include <catch2/catch.hpp>

namespace {

Household saved(const TestCounty &c, Household h)
{
    const Result<qint64> r = HouseholdRepository(*c.db).save(h);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return h;
}

Household loadOk(const TestCounty &c, qint64 id)
{
    Result<Household> r = HouseholdRepository(*c.db).load(id);
    REQUIRE(r.ok());
    return std::move(r).value();
}

QList<AuditEntry> entriesOf(const AuditLog &log, qint64 id)
{
    const Result<QList<AuditEntry>> r = log.forHousehold(id);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

// The newest update entry of a field.
AuditEntry updateOf(const AuditLog &log, qint64 id, const QString &field)
{
    for (const AuditEntry &e : entriesOf(log, id)) {
        if (e.action == QLatin1String("update") && e.field == field)
            return e;
    }
    FAIL("no update of " << field.toStdString());
    return {};
}

qint64 auditCount(const TestCounty &c)
{
    return c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
}

} // namespace

TEST_CASE("AuditLog: a household's entries, newest first, with record labels", "[audit]")
{
    TestCounty c;
    c.actAs(QStringLiteral("village"));
    Household h = saved(c, c.household(QStringLiteral("H1"), 1));
    const Household other = saved(c, c.household(QStringLiteral("H2"), 2));
    AuditLog log(*c.db);

    const QList<AuditEntry> created = entriesOf(log, h.meta.id);
    REQUIRE_FALSE(created.isEmpty());
    for (const AuditEntry &e : created) {
        CHECK(e.action == QStringLiteral("insert"));
        CHECK(e.changedBy == QStringLiteral("village"));
        CHECK(e.recordUuid != other.meta.uuid);
        CHECK_FALSE(e.recordLabel.isEmpty());
    }

    c.actAs(QStringLiteral("township"));
    h.phone = QStringLiteral("13900000000");
    h.members[1].name = QStringLiteral("李秀兰");
    h.incomes[0].opCrops = 350'000;
    h.livingConditions[0].farmlandMu = 6.25;
    h = saved(c, h);

    const QList<AuditEntry> entries = entriesOf(log, h.meta.id);
    REQUIRE(entries.size() == created.size() + 4);
    for (int i = 1; i < entries.size(); ++i)
        CHECK(entries[i - 1].id > entries[i].id);
    QHash<QString, AuditEntry> updates;
    for (int i = 0; i < 4; ++i) {
        CHECK(entries[i].action == QStringLiteral("update"));
        CHECK(entries[i].changedBy == QStringLiteral("township"));
        updates.insert(entries[i].field, entries[i]);
    }
    CHECK(updates[QStringLiteral("phone")].oldValue == QStringLiteral("13800138000"));
    CHECK(updates[QStringLiteral("phone")].newValue == QStringLiteral("13900000000"));
    CHECK(updates[QStringLiteral("phone")].tableName == QStringLiteral("household"));
    CHECK(
        updates[QStringLiteral("phone")].recordLabel == QStringLiteral("Household ") + c.codeOf(QStringLiteral("H1")));
    CHECK(updates[QStringLiteral("name")].recordLabel == QStringLiteral("李秀兰"));
    CHECK(updates[QStringLiteral("op_crops")].recordLabel == QStringLiteral("%1 income").arg(TestCounty::Year));
    CHECK(updates[QStringLiteral("farmland_mu")].recordLabel
        == QStringLiteral("%1 living conditions").arg(TestCounty::Year));
    CHECK(updates[QStringLiteral("farmland_mu")].newValue == QStringLiteral("6.25"));
    CHECK_FALSE(updates[QStringLiteral("phone")].oldIsNull);

    // Status steps are in the household's trail too.
    StatusChange propose;
    propose.step = StatusStep::ProposeExit;
    propose.date = QDate::currentDate();
    propose.reason = QStringLiteral("收入达标");
    REQUIRE(StatusProcedure(*c.db).apply(h.meta.id, propose).ok());
    // The step is logged with every field it has (its date, reason ...); its kind names it.
    AuditEntry step;
    for (const AuditEntry &e : entriesOf(log, h.meta.id)) {
        if (e.tableName == QStringLiteral("status_event") && e.field == QStringLiteral("kind")) {
            step = e;
            break;
        }
    }
    CHECK(step.tableName == QStringLiteral("status_event"));
    CHECK(step.newValue == QStringLiteral("exit_proposal"));
    CHECK(step.recordLabel == QStringLiteral("Status: Propose exit"));
    CHECK(step.oldIsNull);

    CHECK_FALSE(log.forHousehold(h.meta.id + 100).ok());
}

TEST_CASE("AuditLog: reverting writes a new audited change", "[audit]")
{
    TestCounty c;
    Household h = saved(c, c.household(QStringLiteral("H1"), 1));
    AuditLog log(*c.db);
    h.phone = QStringLiteral("13900000000");
    h.members[1].healthCodes = {QStringLiteral("2"), QStringLiteral("4")};
    h.incomes[0].opCosts = 60'000;
    h.livingConditions[0].farmlandMu = 6.25;
    h.livingConditions[0].renovationYear = 2018;
    h.otherCause1Code = QStringLiteral("01");
    h = saved(c, h);

    c.actAs(QStringLiteral("reviewer"));
    for (const QString &field : {QStringLiteral("phone"), QStringLiteral("health_codes"), QStringLiteral("op_costs"),
             QStringLiteral("farmland_mu"), QStringLiteral("renovation_year"), QStringLiteral("other_cause1_code")}) {
        INFO(field.toStdString());
        const AuditEntry entry = updateOf(log, h.meta.id, field);
        const qint64 before = auditCount(c);
        const Status s = log.revert(entry.id);
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
        CHECK(auditCount(c) == before + 1);
        const AuditEntry revert = entriesOf(log, h.meta.id).first();
        CHECK(revert.action == QStringLiteral("update"));
        CHECK(revert.field == field);
        CHECK(revert.recordUuid == entry.recordUuid);
        CHECK(revert.oldValue == entry.newValue);
        CHECK(revert.newValue == entry.oldValue);
        CHECK(revert.newIsNull == entry.oldIsNull);
        CHECK(revert.changedBy == QStringLiteral("reviewer"));
    }
    const Household reverted = loadOk(c, h.meta.id);
    const Household original = c.household(QStringLiteral("H1"), 1);
    CHECK(reverted.phone == original.phone);
    CHECK(reverted.members[1].healthCodes == original.members[1].healthCodes);
    CHECK(reverted.incomes[0].opCosts == original.incomes[0].opCosts);
    CHECK(reverted.livingConditions[0].farmlandMu == original.livingConditions[0].farmlandMu);
    CHECK_FALSE(reverted.livingConditions[0].renovationYear.has_value());
    CHECK(reverted.otherCause1Code.isEmpty());
    CHECK(reverted.meta.revision == h.meta.revision + 6);
}

TEST_CASE("AuditLog: a stale or unsuitable entry is not reverted", "[audit]")
{
    TestCounty c;
    Household h = saved(c, c.household(QStringLiteral("H1"), 1));
    AuditLog log(*c.db);
    h.phone = QStringLiteral("13900000000");
    h = saved(c, h);
    const AuditEntry first = updateOf(log, h.meta.id, QStringLiteral("phone"));
    h.phone = QStringLiteral("13700000000");
    h = saved(c, h);

    const auto refused = [&](qint64 entryId) {
        const qint64 before = auditCount(c);
        const qint64 revision = loadOk(c, h.meta.id).meta.revision;
        const Status s = log.revert(entryId);
        CHECK_FALSE(s.ok());
        CHECK(auditCount(c) == before);
        CHECK(loadOk(c, h.meta.id).meta.revision == revision);
        return s.error();
    };

    // Changed again since: the later change comes first.
    const QString stale = refused(first.id);
    CHECK(stale.contains(QStringLiteral("changed again")));
    CHECK(stale.contains(QStringLiteral("13700000000")));
    const AuditEntry second = updateOf(log, h.meta.id, QStringLiteral("phone"));
    REQUIRE(log.revert(second.id).ok());
    CHECK(loadOk(c, h.meta.id).phone == QStringLiteral("13900000000"));
    // Reverting the same entry twice is stale too.
    CHECK(refused(second.id).contains(QStringLiteral("changed again")));

    // Not an update of a register field.
    qint64 insertId = 0;
    for (const AuditEntry &e : entriesOf(log, h.meta.id)) {
        if (e.action == QLatin1String("insert"))
            insertId = e.id;
    }
    REQUIRE(insertId > 0);
    CHECK(refused(insertId).contains(QStringLiteral("Only a saved change")));
    CHECK(refused(999'999).contains(QStringLiteral("not in the audit log")));

    // The status belongs to the procedure: an exit recorded through it changes status_code.
    StatusProcedure procedure(*c.db);
    const QDate today = QDate::currentDate();
    const auto step = [&](StatusStep kind, const QDate &date) {
        StatusChange change;
        change.step = kind;
        change.date = date;
        change.reason = QStringLiteral("村民代表大会评议通过");
        change.noticeDays = 7;
        const Status s = procedure.apply(h.meta.id, change);
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
    };
    step(StatusStep::ProposeExit, today.addDays(-20));
    step(StatusStep::StartExitNotice, today.addDays(-15));
    step(StatusStep::Exit, today);
    h = loadOk(c, h.meta.id);
    CHECK(refused(updateOf(log, h.meta.id, QStringLiteral("status_code")).id)
              .contains(QStringLiteral("status procedure")));

    // A member whose record was deleted since.
    h.members[2].workPlace = QStringLiteral("贵阳");
    h = saved(c, h);
    const AuditEntry childEntry = updateOf(log, h.meta.id, QStringLiteral("work_place"));
    h.members.removeLast();
    h = saved(c, h);
    CHECK(refused(childEntry.id).contains(QStringLiteral("no longer exists")));

    // A household deleted since.
    const AuditEntry phone = updateOf(log, h.meta.id, QStringLiteral("phone"));
    REQUIRE(HouseholdRepository(*c.db).softDelete(h.meta.id, QStringLiteral("重复")).ok());
    CHECK(refused(phone.id).contains(QStringLiteral("deleted")));
}

TEST_CASE("AuditLog: reverting a member's position moves the member back", "[audit]")
{
    TestCounty c;
    Household h = saved(c, c.household(QStringLiteral("H1"), 1));
    AuditLog log(*c.db);
    h.members.move(1, 2); // head, child, spouse
    h = saved(c, h);
    const QString spouse = h.members[2].meta.uuid;

    AuditEntry entry;
    for (const AuditEntry &e : entriesOf(log, h.meta.id)) {
        if (e.field == QLatin1String("position") && e.recordUuid == spouse && e.action == QLatin1String("update"))
            entry = e;
    }
    REQUIRE(entry.newValue == QStringLiteral("3"));
    const Status s = log.revert(entry.id);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    const Household reverted = loadOk(c, h.meta.id);
    CHECK(reverted.members[1].meta.uuid == spouse);
    CHECK(reverted.members[1].name == QStringLiteral("李秀英"));
}

TEST_CASE("a household's history keeps the entries of a member removed since")
{
    TestCounty c;
    Household h = saved(c, c.household(QStringLiteral("5226331012010099"), 41));
    const Member removed = h.members.takeLast();
    REQUIRE(HouseholdRepository(*c.db).save(h));
    const AuditLog log(*c.db);
    int inserted = 0;
    int deleted = 0;
    for (const AuditEntry &e : entriesOf(log, h.meta.id)) {
        if (e.recordUuid != removed.meta.uuid)
            continue;
        CHECK(e.tableName == QStringLiteral("member"));
        inserted += e.action == QLatin1String("insert");
        deleted += e.action == QLatin1String("delete");
        if (e.field == QLatin1String("name"))
            CHECK((e.newValue == removed.name || e.oldValue == removed.name));
    }
    CHECK(inserted > 0);
    CHECK(deleted > 0);
    // Entries of another household are not mixed in.
    Household other = saved(c, c.household(QStringLiteral("5226331012010098"), 42));
    for (const AuditEntry &e : entriesOf(log, other.meta.id))
        CHECK(e.recordUuid != removed.meta.uuid);
}

TEST_CASE("AuditLog: a record's creation reads as one event listing what it was created with", "[audit]")
{
    TestCounty c;
    Household h = saved(c, c.household(QStringLiteral("H1"), 1));
    AuditLog log(*c.db);
    const QList<AuditEntry> entries = entriesOf(log, h.meta.id);
    QSet<QString> createdRecords;
    for (const AuditEntry &e : entries)
        createdRecords.insert(e.recordUuid);
    REQUIRE(entries.size() > createdRecords.size()); // logged field by field

    h.phone = QStringLiteral("13900000000");
    h = saved(c, h);
    const Result<QList<HistoryEvent>> events = log.eventsForHousehold(h.meta.id);
    REQUIRE(events);
    // The change, then one creation per record: the household, each member, income, living.
    REQUIRE(events->size() == createdRecords.size() + 1);
    CHECK_FALSE(events->first().isCreation());
    CHECK(events->first().entry.field == QStringLiteral("phone"));
    QSet<QString> seen;
    for (qsizetype i = 1; i < events->size(); ++i) {
        const HistoryEvent &event = events->at(i);
        CHECK(event.isCreation());
        CHECK_FALSE(seen.contains(event.entry.recordUuid));
        seen.insert(event.entry.recordUuid);
        CHECK_FALSE(event.createdWith.isEmpty());
        if (event.entry.recordUuid == h.meta.uuid)
            CHECK(event.createdWith.contains(QStringLiteral("Phone: 13800138000")));
    }
    CHECK(seen == createdRecords);
    CHECK_FALSE(log.eventsForHousehold(h.meta.id + 100));
}
