// SPDX-License-Identifier: GPL-3.0-or-later
// Level 9 on a county file of level 8 (a demo county made by the level-8 build): every visit keeps
// its cadre as its lead, each cadre's last visit to each household is filled in, the lists answer
// as before, and the file's triggers keep them right afterwards.
#include "../TestSql.h"
#include "accounts/SignIn.h"
#include "db/CountyDatabase.h"
#include "forces/AssistanceForces.h"
#include "forces/ForcesLists.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QStringList rows(CountyDatabase &db, const QString &sql)
{
    QSqlQuery q(TestSql::of(db));
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(u'|');
    }
    return out;
}

} // namespace

TEST_CASE("a level-8 county is upgraded: its visits keep their cadre as lead and the lists answer as before",
    "[migration][visits]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.fupin"));
    REQUIRE(QFile::copy(QStringLiteral(FUPIN_TEST_DATA "/county_level8.fupin"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto opened = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    INFO((opened ? QString() : opened.error()).toStdString());
    REQUIRE(opened);
    CountyDatabase &db = *opened.value();
    // Lists of households are read by a signed-in account (AccessPolicy::readScope).
    REQUIRE(SignIn::signIn(db, QStringLiteral("county"), QStringLiteral("fupin-demo")));
    CHECK(db.upgradedFromLevel() == 8);
    CHECK(db.schemaLevel() >= 9);

    const QString visits = rows(db, QStringLiteral("SELECT count(*) FROM visit")).value(0);
    CHECK(visits.toInt() > 20);
    CHECK(rows(db, QStringLiteral("SELECT count(*) FROM visit_companion")) == QStringList{QStringLiteral("0")});
    // Every visit's cadre is its lead: the visit's cadres are exactly the cadre it had.
    const QString someVisit = rows(db, QStringLiteral("SELECT id || '|' || cadre_id FROM visit LIMIT 1")).value(0);
    AssistanceForces forces(db);
    CHECK(forces.cadresOfVisit(someVisit.section(u'|', 0, 0).toLongLong()).value()
        == QList<qint64>{someVisit.section(u'|', 1, 1).toLongLong()});
    const QString plainLast = QStringLiteral("SELECT cadre_id, household_id, max(visit_date) FROM visit WHERE "
                                             "deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2");
    CHECK(rows(db, QStringLiteral("SELECT cadre_id, household_id, last_date FROM visit_last ORDER BY 1, 2"))
        == rows(db, plainLast));
    CHECK(rows(db, QStringLiteral("SELECT count(*) FROM visit_photo WHERE deleted_with_visit <> 0"))
        == QStringList{QStringLiteral("0")});

    // The overdue list as the level-8 query gave it, over the visits themselves.
    const QString maxDay = rows(db, QStringLiteral("SELECT max(visit_date) FROM visit")).value(0);
    const QDate asOf = QDate::fromString(maxDay, Qt::ISODate);
    const QString since = asOf.addDays(-365).toString(Qt::ISODate);
    const QStringList level8 = rows(db,
        QStringLiteral("SELECT c.id, (SELECT count(*) FROM pairing p JOIN household h ON h.id = p.household_id WHERE "
                       "p.cadre_id = c.id AND p.end_date IS NULL AND p.deleted_at IS NULL AND h.deleted_at IS NULL AND "
                       "NOT EXISTS (SELECT 1 FROM visit v WHERE v.household_id = p.household_id AND v.cadre_id = c.id "
                       "AND v.deleted_at IS NULL AND v.visit_date >= '%1')) AS n, (SELECT max(visit_date) FROM visit v "
                       "WHERE v.cadre_id = c.id AND v.deleted_at IS NULL) FROM cadre c WHERE c.deleted_at IS NULL AND "
                       "n > 0 ORDER BY c.id")
            .arg(since));
    const auto fast = ForcesLists(db).withoutVisit(365, asOf);
    REQUIRE(fast.ok());
    QStringList got;
    for (const auto &c : fast.value())
        got << QStringLiteral("%1|%2|%3").arg(c.id).arg(c.households).arg(c.lastVisit.toString(Qt::ISODate));
    got.sort();
    QStringList want = level8;
    want.sort();
    CHECK(!want.isEmpty());
    CHECK(got == want);

    // The triggers keep visit_last after the upgrade: a new visit by two cadres, by the demo's
    // county account.
    REQUIRE(SignIn::signIn(db, QStringLiteral("county"), QStringLiteral("fupin-demo")));
    const QStringList pair = rows(db,
        QStringLiteral(
            "SELECT household_id, cadre_id FROM pairing WHERE end_date IS NULL AND deleted_at IS NULL LIMIT 1"))
                                 .value(0)
                                 .split(u'|');
    const qint64 other
        = rows(db, QStringLiteral("SELECT id FROM cadre ORDER BY id DESC LIMIT 1")).value(0).toLongLong();
    Visit v;
    v.householdId = pair.at(0).toLongLong();
    v.date = QDate::currentDate();
    v.findings = QStringLiteral("升级后走访");
    const Result<qint64> saved = forces.saveVisit(v, {pair.at(1).toLongLong(), other});
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    CHECK(rows(db,
              QStringLiteral("SELECT last_date FROM visit_last WHERE household_id = %1 AND cadre_id IN (%2, %3)")
                  .arg(pair.at(0), pair.at(1))
                  .arg(other))
        == QStringList{QDate::currentDate().toString(Qt::ISODate), QDate::currentDate().toString(Qt::ISODate)});
}
