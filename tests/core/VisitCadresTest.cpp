// SPDX-License-Identifier: GPL-3.0-or-later
// Visits by several cadres through AssistanceForces::saveVisit: the lead and those who went along,
// refusals that write nothing, the lists counting every cadre who took part, and the lists' fast
// queries (over visit_last) giving the same answers as straightforward ones over the visits.
#include "../TestSql.h"
#include "TestCounty.h"
#include "demo/DemoGenerator.h"
#include "forces/AssistanceForces.h"
#include "forces/ForcesKinds.h"
#include "forces/ForcesLists.h"
#include "register/HouseholdRepository.h"

#include <QRandomGenerator>

#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

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

QVariantList snapshot(const TestCounty &c)
{
    QVariantList values;
    for (const char *table : {"visit", "visit_companion", "visit_photo", "visit_last", "audit_log"})
        values << c.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    values << c.scalar(QStringLiteral("SELECT coalesce(sum(revision), 0) FROM visit"));
    return values;
}

QStringList rows(CountyDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(TestSql::of(db));
    INFO(sql.toStdString());
    REQUIRE(q.prepare(sql));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    REQUIRE(q.exec());
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(u'|');
    }
    return out;
}

// A cadre took part in a visit: as its lead or as one who went along.
const QString TookPart = QStringLiteral(
    "(v.cadre_id = %1 OR EXISTS (SELECT 1 FROM visit_companion vc WHERE vc.visit_id = v.id AND vc.cadre_id = %1))");

// The "no visit in N days" list written the plain way, one cadre and one household at a time, in
// the list's order: never visited first, then the longest since the last visit, then by name.
QStringList plainWithoutVisit(CountyDatabase &db, const QDate &since, const QString &householdFilter = {})
{
    return rows(db,
        QStringLiteral("SELECT id, overdue, last FROM (SELECT c.id, c.name, (SELECT count(*) FROM pairing p JOIN "
                       "household h ON h.id = p.household_id WHERE p.cadre_id = c.id AND p.end_date IS NULL AND "
                       "p.deleted_at IS NULL AND h.deleted_at IS NULL")
            + householdFilter
            + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.household_id = p.household_id AND "
                             "v.deleted_at IS NULL AND v.visit_date >= ? AND ")
            + TookPart.arg(QStringLiteral("c.id"))
            + QStringLiteral(")) AS overdue, (SELECT max(v.visit_date) FROM visit v WHERE v.deleted_at IS NULL AND ")
            + TookPart.arg(QStringLiteral("c.id"))
            + QStringLiteral(") AS last FROM cadre c WHERE c.deleted_at IS NULL) WHERE overdue > 0 ORDER BY last IS "
                             "NOT NULL, last, name, id"),
        {since.toString(Qt::ISODate)});
}

QStringList fastWithoutVisit(CountyDatabase &db, int days, const QDate &asOf, qint64 divisionId = 0)
{
    const auto list = ForcesLists(db).withoutVisit(days, asOf, divisionId);
    REQUIRE(list.ok());
    QStringList out;
    for (const auto &c : list.value())
        out << QStringLiteral("%1|%2|%3").arg(c.id).arg(c.households).arg(c.lastVisit.toString(Qt::ISODate));
    return out;
}

} // namespace

TEST_CASE("a visit by several cadres: the lead on the visit, the others beside it, audited", "[forces][visits]")
{
    TestCounty c;
    AssistanceForces forces(*c.db);
    const qint64 a = saveHousehold(c, QStringLiteral("A1"), 1);
    const qint64 lead = c.addCadre(QStringLiteral("赵队长"));
    const qint64 second = c.addCadre(QStringLiteral("钱书记"));
    const qint64 third = c.addCadre(QStringLiteral("孙队员"));
    REQUIRE(forces.pair(a, lead, QDate(2021, 3, 1)).ok());

    Visit v;
    v.householdId = a;
    v.date = QDate(2021, 9, 1);
    v.findings = QStringLiteral("房屋已修缮");
    const QVariantList before = snapshot(c);
    // A cadre who does not exist, or a photo that is not one: nothing is written.
    CHECK(!forces.saveVisit(v, {lead, 9999}).ok());
    const Result<qint64> badPhoto
        = forces.saveVisit(v, {lead, second}, {{QByteArray("not a photo"), QStringLiteral("收据.jpg")}});
    REQUIRE(!badPhoto.ok());
    CHECK(badPhoto.error().contains(QStringLiteral("收据.jpg")));
    CHECK(snapshot(c) == before);
    CHECK(v.meta.id == 0);

    const Result<qint64> saved = forces.saveVisit(v, {lead, second, lead, third});
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    CHECK(v.cadreId == lead);
    CHECK(forces.cadresOfVisit(saved.value()).value() == QList<qint64>{lead, second, third});
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM visit_companion WHERE visit_id = ?"), {saved.value()}).toInt()
        == 2);
    CHECK(
        c.scalar(QStringLiteral("SELECT new_value FROM audit_log WHERE field = 'companions' ORDER BY id DESC LIMIT 1"))
            .toString()
        == QStringLiteral("钱书记、孙队员"));

    // Each of them took part: the lists count the visit for all three.
    const ForcesLists lists(*c.db);
    REQUIRE(forces.pair(saveHousehold(c, QStringLiteral("A2"), 2), second, QDate(2021, 3, 1)).ok());
    REQUIRE(forces.pair(a, second, QDate(2021, 6, 1)).ok()); // A1 now second's
    const auto ofSecond = lists.householdsOf(second);
    REQUIRE(ofSecond.ok());
    const auto row
        = std::find_if(ofSecond->begin(), ofSecond->end(), [&](const auto &h) { return h.householdId == a; });
    REQUIRE(row != ofSecond->end());
    CHECK(row->lastVisit == QDate(2021, 9, 1));
    const auto overdue = lists.withoutVisit(90, QDate(2021, 10, 1));
    REQUIRE(overdue.ok());
    REQUIRE(overdue->size() == 1); // second has not visited A2; A1 was visited with the lead
    CHECK(overdue->at(0).id == second);
    CHECK(overdue->at(0).households == 1);
    CHECK(overdue->at(0).lastVisit == QDate(2021, 9, 1));
    const auto visits = lists.visits();
    REQUIRE(visits->size() == 1);
    CHECK(visits->at(0).cadre == QStringLiteral("赵队长、钱书记、孙队员"));

    // Changing the cadres: third no longer went along; the lead's saveVisit keeps companions as they are.
    REQUIRE(forces.saveVisit(v, {lead, second}).ok());
    CHECK(forces.cadresOfVisit(v.meta.id).value() == QList<qint64>{lead, second});
    v.actions = QStringLiteral("约定下月复查");
    REQUIRE(forces.saveVisit(v).ok());
    CHECK(forces.cadresOfVisit(v.meta.id).value() == QList<qint64>{lead, second});
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM visit_last WHERE cadre_id = ?"), {third}).toInt() == 0);

    // A village cadre of another village changes nothing.
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.otherVillage});
    const QVariantList signedIn = snapshot(c);
    Visit refused;
    refused.householdId = a;
    refused.date = QDate(2021, 9, 2);
    refused.findings = QStringLiteral("越权");
    CHECK(!forces.saveVisit(refused, {lead, second}).ok());
    CHECK(!forces.saveVisit(v, {lead, third}).ok());
    CHECK(snapshot(c) == signedIn);
}

TEST_CASE("the overdue list and a cadre's page give the plain queries' answers after every kind of change",
    "[forces][visits]")
{
    auto db = CountyDatabase::openInMemory();
    REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
    DemoOptions options;
    options.households = 80;
    options.seed = 11;
    REQUIRE(DemoGenerator::generate(*db, options).ok());
    AssistanceForces forces(*db);
    const QStringList cadreRows
        = rows(*db, QStringLiteral("SELECT id FROM cadre WHERE deleted_at IS NULL ORDER BY id"));
    QList<qint64> cadres;
    for (const QString &id : cadreRows)
        cadres << id.toLongLong();
    const QStringList visitRows = rows(*db,
        QStringLiteral("SELECT v.id FROM visit v JOIN household h ON h.id = v.household_id WHERE h.deleted_at "
                       "IS NULL AND v.deleted_at IS NULL ORDER BY v.id"));
    QRandomGenerator rng(5);
    const auto anyCadre = [&] { return cadres.at(int(rng.bounded(int(cadres.size())))); };
    const QDate lastDay
        = QDate::fromString(rows(*db, QStringLiteral("SELECT max(visit_date) FROM visit")).value(0), Qt::ISODate);
    REQUIRE(lastDay.isValid());

    int changed = 0;
    for (int i = 0; i < visitRows.size(); i += 3) {
        Visit v = VisitRepository(*db).load(visitRows.at(i).toLongLong()).value();
        const QList<qint64> before = forces.cadresOfVisit(v.meta.id).value();
        switch (i % 5) {
        case 0: // others went along
            REQUIRE(forces.saveVisit(v, {v.cadreId, anyCadre(), anyCadre()}).ok());
            break;
        case 1: // a later date
            v.date = std::min(lastDay, v.date.addDays(40));
            REQUIRE(forces.saveVisit(v).ok());
            break;
        case 2: // deleted, some restored
            REQUIRE(forces.deleteVisit(v.meta.id, QStringLiteral("重复录入")).ok());
            if (i % 2 == 0)
                REQUIRE(forces.restoreVisit(v.meta.id).ok());
            break;
        case 3: // another lead, the old one going along
            REQUIRE(forces.saveVisit(v, {anyCadre(), before.first()}).ok());
            break;
        default: // companions added, then taken away again
            REQUIRE(forces.saveVisit(v, {v.cadreId, anyCadre()}).ok());
            REQUIRE(forces.saveVisit(v, {v.cadreId}).ok());
        }
        ++changed;
    }
    REQUIRE(changed > 20);
    // A household deleted drops out of the counts; its visits stay in the cadre's last visit.
    const qint64 gone = rows(*db, QStringLiteral("SELECT household_id FROM pairing WHERE end_date IS NULL LIMIT 1"))
                            .value(0)
                            .toLongLong();
    REQUIRE(HouseholdRepository(*db).softDelete(gone, QStringLiteral("重复户")).ok());

    // visit_last is exactly the visits' last date per cadre and household.
    CHECK(rows(*db, QStringLiteral("SELECT cadre_id, household_id, last_date FROM visit_last ORDER BY 1, 2"))
        == rows(*db,
            QStringLiteral("SELECT cadre_id, household_id, max(visit_date) FROM (SELECT cadre_id, household_id, "
                           "visit_date FROM visit WHERE deleted_at IS NULL UNION ALL SELECT vc.cadre_id, "
                           "v.household_id, v.visit_date FROM visit_companion vc JOIN visit v ON v.id = vc.visit_id "
                           "WHERE v.deleted_at IS NULL) GROUP BY 1, 2 ORDER BY 1, 2")));
    for (const int days : {30, 90, 365}) {
        for (const QDate &asOf : {lastDay, lastDay.addDays(-200), QDate::currentDate()}) {
            INFO(days << " days to " << asOf.toString(Qt::ISODate).toStdString());
            const QStringList fast = fastWithoutVisit(*db, days, asOf);
            CHECK(!fast.isEmpty());
            CHECK(fast == plainWithoutVisit(*db, asOf.addDays(-days)));
        }
    }
    // Within one township: its households only, the cadre's last visit still to any household.
    const qint64 township = rows(*db,
        QStringLiteral("SELECT township_id FROM household WHERE deleted_at IS NULL "
                       "GROUP BY township_id ORDER BY count(*) LIMIT 1"))
                                .value(0)
                                .toLongLong();
    const QStringList inTownship = fastWithoutVisit(*db, 90, lastDay, township);
    CHECK(!inTownship.isEmpty());
    CHECK(inTownship
        == plainWithoutVisit(*db, lastDay.addDays(-90), QStringLiteral(" AND h.township_id = %1").arg(township)));
    CHECK(inTownship.size() < fastWithoutVisit(*db, 90, lastDay).size());
    for (int i = 0; i < cadres.size(); i += 7) {
        const auto page = ForcesLists(*db).householdsOf(cadres.at(i));
        REQUIRE(page.ok());
        for (const auto &h : page.value()) {
            const QString plain = rows(*db,
                QStringLiteral("SELECT max(v.visit_date) FROM visit v WHERE v.household_id = ? AND v.deleted_at IS "
                               "NULL AND ")
                    + TookPart.arg(cadres.at(i)),
                {h.householdId})
                                      .value(0);
            CHECK(h.lastVisit.toString(Qt::ISODate) == plain);
        }
    }
}
