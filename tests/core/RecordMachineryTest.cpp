// SPDX-License-Identifier: GPL-3.0-or-later
// The record machinery through the assistance forces' repositories: one declaration per kind gives
// load, save with a revision check, checks that refuse, soft delete and restore, and field audit.
#include "TestCounty.h"
#include "common/Translations.h"
#include "county/CodeLists.h"
#include "db/RecordCatalogue.h"
#include "db/RecordStamp.h"
#include "forces/ForcesKinds.h"
#include "register/AuditLog.h"
#include "register/HouseholdRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <catch2/catch.hpp>

namespace {

// What a refused write must leave alone.
struct Counts
{
    QVariant cadres, audit, revisionSum;
    bool operator==(const Counts &) const = default;
};

Counts counts(const TestCounty &c)
{
    return {c.scalar(QStringLiteral("SELECT count(*) FROM cadre")),
        c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")),
        c.scalar(QStringLiteral("SELECT coalesce(sum(revision), 0) FROM cadre"))};
}

Cadre validCadre()
{
    Cadre cadre;
    cadre.name = QStringLiteral("张建国");
    cadre.sexCode = QStringLiteral("1");
    cadre.idNumber = QStringLiteral("11010519491231002X");
    cadre.post = QStringLiteral("科员");
    cadre.phone = QStringLiteral("13800138000");
    return cadre;
}

} // namespace

TEST_CASE("a cadre is saved through its declaration and audited field by field", "[machinery]")
{
    TestCounty c;
    c.actAs(QStringLiteral("county_clerk"));
    CadreRepository cadres(*c.db);
    Cadre cadre = validCadre();
    const Result<qint64> id = cadres.save(cadre);
    REQUIRE(id.ok());
    CHECK(cadre.meta.id == id.value());
    CHECK(cadre.meta.revision == 1);
    CHECK_FALSE(cadre.meta.uuid.isEmpty());

    const Result<Cadre> loaded = cadres.load(id.value());
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == cadre);
    // One insert entry per field away from a blank cadre, by the acting user.
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE record_uuid = ? AND action = 'insert' "
                                  "AND changed_by = 'county_clerk'"),
               {RecordStamp::uuidValue(cadre.meta.uuid)})
              .toInt()
        == 5); // name, sex, ID, post, phone (the rank is the default)

    Cadre edited = loaded.value();
    edited.phone = QStringLiteral("13900139000");
    REQUIRE(cadres.save(edited).ok());
    CHECK(edited.meta.revision == 2);
    CHECK(c.scalar(QStringLiteral("SELECT old_value || '>' || new_value FROM audit_log WHERE record_uuid = ? AND "
                                  "action = 'update' AND field = 'phone'"),
               {RecordStamp::uuidValue(cadre.meta.uuid)})
              .toString()
        == QStringLiteral("13800138000>13900139000"));

    // Saving again without a change writes nothing.
    const Counts before = counts(c);
    REQUIRE(cadres.save(edited).ok());
    CHECK(counts(c) == before);
}

TEST_CASE("a cadre the checks refuse is not written, whoever saves it", "[machinery]")
{
    TestCounty c;
    CadreRepository cadres(*c.db);
    const Counts before = counts(c);

    Cadre wrongId = validCadre();
    wrongId.idNumber = QStringLiteral("110105194912310021"); // check digit should be X
    Result<qint64> r = cadres.save(wrongId);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("110105194912310021")));

    Cadre wrongPhone = validCadre();
    wrongPhone.phone = QStringLiteral("12345");
    r = cadres.save(wrongPhone);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("12345")));

    Cadre nameless = validCadre();
    nameless.name = QStringLiteral("   ");
    CHECK_FALSE(cadres.save(nameless).ok());
    CHECK(counts(c) == before);
    CHECK(wrongId.meta.id == 0);
}

TEST_CASE("a stale revision of a cadre is refused and names who changed it", "[machinery]")
{
    TestCounty c;
    CadreRepository cadres(*c.db);
    Cadre cadre = validCadre();
    REQUIRE(cadres.save(cadre).ok());
    Cadre mine = cadre;
    Cadre theirs = cadre;
    c.actAs(QStringLiteral("other_clerk"));
    theirs.post = QStringLiteral("副科长");
    REQUIRE(cadres.save(theirs).ok());

    const Counts before = counts(c);
    mine.post = QStringLiteral("科长");
    const Result<qint64> r = cadres.save(mine);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("other_clerk")));
    CHECK(counts(c) == before);
    CHECK(cadres.load(cadre.meta.id)->post == QStringLiteral("副科长"));
}

TEST_CASE("soft delete needs a reason, hides the record and can be undone", "[machinery]")
{
    TestCounty c;
    CadreRepository cadres(*c.db);
    Cadre cadre = validCadre();
    REQUIRE(cadres.save(cadre).ok());
    const qint64 id = cadre.meta.id;

    CHECK_FALSE(cadres.softDelete(id, QStringLiteral("  ")).ok());
    CHECK_FALSE(cadres.isDeleted(id));
    REQUIRE(cadres.softDelete(id, QStringLiteral("调离")).ok());
    CHECK(cadres.isDeleted(id));
    CHECK(cadres.list()->isEmpty());
    CHECK_FALSE(cadres.softDelete(id, QStringLiteral("again")).ok());

    Result<Cadre> deleted = cadres.load(id);
    REQUIRE(deleted.ok());
    deleted->post = QStringLiteral("科长");
    CHECK_FALSE(cadres.save(deleted.value()).ok());

    REQUIRE(cadres.restore(id).ok());
    CHECK_FALSE(cadres.isDeleted(id));
    REQUIRE(cadres.list()->size() == 1);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE record_uuid = ? AND action IN ('delete', "
                                  "'restore')"),
               {RecordStamp::uuidValue(cadre.meta.uuid)})
              .toInt()
        == 4);
    CHECK_FALSE(cadres.restore(id).ok());
}

TEST_CASE("pairings, measures and visits are audited in their household's history", "[machinery]")
{
    TestCounty c;
    HouseholdRepository households(*c.db);
    Household h = c.household(QStringLiteral("A1"), 1);
    REQUIRE(households.save(h).ok());
    const qint64 cadre = c.addCadre(QStringLiteral("张建国"));

    Measure measure;
    measure.householdId = h.meta.id;
    measure.categoryCode = QStringLiteral("01");
    measure.description = QStringLiteral("养牛两头");
    measure.startDate = QDate(2018, 4, 1);
    measure.amountFen = 600'000;
    REQUIRE(MeasureRepository(*c.db).save(measure).ok());

    Visit visit;
    visit.householdId = h.meta.id;
    visit.cadreId = cadre;
    visit.date = QDate(2018, 5, 1);
    CHECK_FALSE(VisitRepository(*c.db).save(visit).ok()); // nothing found, nothing done
    visit.findings = QStringLiteral("牛长势良好");
    REQUIRE(VisitRepository(*c.db).save(visit).ok());

    const Result<QList<AuditEntry>> history = AuditLog(*c.db).forHousehold(h.meta.id);
    REQUIRE(history.ok());
    bool sawAmount = false;
    bool sawFindings = false;
    for (const AuditEntry &e : history.value()) {
        if (e.tableName == QLatin1String("measure") && e.field == QLatin1String("amount_fen")) {
            sawAmount = true;
            CHECK(e.fieldLabel == QStringLiteral("Amount"));
            CHECK(e.newText == QStringLiteral("6,000.00"));
            CHECK(e.recordLabel == QStringLiteral("Assistance measure"));
        }
        if (e.tableName == QLatin1String("visit") && e.field == QLatin1String("findings")) {
            sawFindings = true;
            CHECK(e.newText == QStringLiteral("牛长势良好"));
        }
    }
    CHECK(sawAmount);
    CHECK(sawFindings);
}

TEST_CASE("the history shows labels, code names and divisions, not columns and codes", "[machinery]")
{
    TestCounty c;
    HouseholdRepository households(*c.db);
    Household h = c.household(QStringLiteral("A1"), 1);
    REQUIRE(households.save(h).ok());
    h.mainCauseCode = QStringLiteral("01"); // the attribute would be the status procedure's
    h.militaryFamily = true;
    REQUIRE(households.save(h).ok());

    const CodeLists codes(*c.db);
    const QList<AuditEntry> history = AuditLog(*c.db).forHousehold(h.meta.id).value();
    const auto entry = [&](const QString &action, const QString &field) -> AuditEntry {
        for (const AuditEntry &e : history) {
            if (e.tableName == QLatin1String("household") && e.action == action && e.field == field)
                return e;
        }
        FAIL("no " << action.toStdString() << " entry for " << field.toStdString());
        return {};
    };
    const AuditEntry cause = entry(QStringLiteral("update"), QStringLiteral("main_cause_code"));
    CHECK(cause.fieldLabel == QStringLiteral("Main poverty cause"));
    CHECK(cause.oldText == codes.name(CodeList::Cause, QStringLiteral("05")));
    CHECK(cause.newText == codes.name(CodeList::Cause, QStringLiteral("01")));
    CHECK(cause.oldText != QStringLiteral("05"));
    const AuditEntry military = entry(QStringLiteral("update"), QStringLiteral("military_family"));
    CHECK(military.oldText == QStringLiteral("no"));
    CHECK(military.newText == QStringLiteral("yes"));
    const AuditEntry village = entry(QStringLiteral("insert"), QStringLiteral("village_id"));
    CHECK(village.fieldLabel == QStringLiteral("Village"));
    CHECK(village.newText == c.scalar(QStringLiteral("SELECT name FROM division WHERE id = ?"), {c.village}));
}

TEST_CASE("a removed member leaves a tombstone", "[machinery]")
{
    TestCounty c;
    HouseholdRepository households(*c.db);
    Household h = c.household(QStringLiteral("A1"), 1);
    REQUIRE(households.save(h).ok());
    const QString removed = h.members.last().meta.uuid;
    h.members.removeLast();
    h.incomes[0].householdSize = 2;
    REQUIRE(households.save(h).ok());
    CHECK(c.scalar(QStringLiteral("SELECT table_name FROM tombstone WHERE uuid = ?"), {RecordStamp::uuidValue(removed)})
              .toString()
        == QStringLiteral("member"));
}

TEST_CASE("the catalogue knows every declared field's label, code list and money flag", "[machinery]")
{
    CHECK(RecordCatalogue::field(QStringLiteral("income"), QStringLiteral("op_costs")).money);
    CHECK_FALSE(RecordCatalogue::field(QStringLiteral("income"), QStringLiteral("household_size")).money);
    CHECK(RecordCatalogue::field(QStringLiteral("member"), QStringLiteral("health_codes")).codeList
        == QStringLiteral("health"));
    CHECK(RecordCatalogue::field(QStringLiteral("assistance_unit"), QStringLiteral("form_code")).codeList
        == QStringLiteral("assistance_form"));
    CHECK(RecordCatalogue::field(QStringLiteral("member"), QStringLiteral("id_number")).label
        == QStringLiteral("ID number"));
    CHECK(RecordCatalogue::kindLabel(QStringLiteral("cadre")) == QStringLiteral("Cadre"));
    // An unknown column is shown as itself rather than dropped.
    CHECK(
        RecordCatalogue::field(QStringLiteral("cadre"), QStringLiteral("no_such")).label == QStringLiteral("no_such"));
}

TEST_CASE("the audit fields written beside the declared ones have labels, in Chinese too", "[machinery]")
{
    // A visit's companions are audited as one field of their own (AssistanceForces::setCompanions).
    CHECK(RecordCatalogue::field(QStringLiteral("visit"), QStringLiteral("companions")).label
        == QStringLiteral("Cadres who went along"));
    const QLocale before;
    REQUIRE(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
    const QString companions = RecordCatalogue::field(QStringLiteral("visit"), QStringLiteral("companions")).label;
    const QString findings = RecordCatalogue::field(QStringLiteral("visit"), QStringLiteral("findings")).label;
    const QString photo = RecordCatalogue::kindLabel(QStringLiteral("visit_photo"));
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(before);
    CHECK(findings != QStringLiteral("Findings")); // the translation is in use
    CHECK(companions == QStringLiteral("同行干部"));
    CHECK(photo == QStringLiteral("走访照片"));
}

TEST_CASE("a visit photo's audit entries are named in the history, not by their table", "[machinery]")
{
    // VisitPhotos audits photos added (their size) and removed (when) on the household's history.
    CHECK(RecordCatalogue::kindLabel(QStringLiteral("visit_photo")) == QStringLiteral("Visit photo"));
    CHECK(RecordCatalogue::field(QStringLiteral("visit_photo"), QStringLiteral("bytes")).label
        == QStringLiteral("Photo size (bytes)"));
    CHECK(RecordCatalogue::field(QStringLiteral("visit_photo"), QStringLiteral("deleted_at")).label
        == QStringLiteral("Deleted"));
}
