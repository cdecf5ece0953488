// SPDX-License-Identifier: GPL-3.0-or-later
// Visit photos through their core calls: only JPEG/PNG of at most 500 KB, refusals write nothing and
// name the file, the account's villages are checked, removal is a soft delete.
#include "forces/VisitPhotos.h"
#include "TestCounty.h"
#include "forces/AssistanceForces.h"
#include "register/HouseholdRepository.h"

#include <catch2/catch.hpp>

namespace {

QVariantList photoSnapshot(const TestCounty &c)
{
    return {c.scalar(QStringLiteral("SELECT count(*) FROM visit_photo")),
        c.scalar(QStringLiteral("SELECT count(*) FROM visit_photo WHERE deleted_at IS NULL")),
        c.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))};
}

QByteArray png(int size)
{
    QByteArray b("\x89PNG\r\n\x1A\n", 8);
    b.append(QByteArray(size - b.size(), 'x'));
    return b;
}

} // namespace

TEST_CASE(
    "visit photos are JPEG or PNG of at most 500 KB, refusals name the file and write nothing", "[forces][photos]")
{
    TestCounty c;
    Household h = c.household(QStringLiteral("P1"), 1);
    const Result<qint64> hid = HouseholdRepository(*c.db).save(h);
    REQUIRE(hid.ok());
    const qint64 cadre = c.addCadre(QStringLiteral("孙干部"));
    Visit v;
    v.householdId = hid.value();
    v.cadreId = cadre;
    v.date = QDate(2021, 9, 1);
    v.findings = QStringLiteral("房屋漏雨");
    const Result<qint64> vid = AssistanceForces(*c.db).saveVisit(v);
    REQUIRE(vid.ok());

    VisitPhotos photos(*c.db);
    const QVariantList before = photoSnapshot(c);
    const Result<qint64> text = photos.add(vid.value(), QByteArray("hello, not an image"), QStringLiteral("a.jpg"));
    REQUIRE(!text.ok());
    CHECK(text.error().contains(QStringLiteral("a.jpg")));
    const Result<qint64> big = photos.add(vid.value(), png(VisitPhotos::MaxBytes + 1), QStringLiteral("big.png"));
    REQUIRE(!big.ok());
    CHECK(big.error().contains(QStringLiteral("big.png")));
    CHECK(!photos.add(9999, png(1000), QStringLiteral("x.png")).ok());
    CHECK(photoSnapshot(c) == before);

    const Result<qint64> ok = photos.add(vid.value(), png(VisitPhotos::MaxBytes), QStringLiteral("ok.png"));
    INFO(ok.error().toStdString());
    REQUIRE(ok.ok());
    const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(100, 'j');
    REQUIRE(photos.add(vid.value(), jpeg, QStringLiteral("b.jpg")).ok());
    const auto list = photos.photosOf(vid.value());
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 2);
    CHECK(list.value().at(0).mime == QStringLiteral("image/png"));
    CHECK(list.value().at(1).mime == QStringLiteral("image/jpeg"));
    CHECK(list.value().at(1).bytes == jpeg);

    // Outside the account's villages nothing is written.
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.otherVillage});
    const QVariantList signedIn = photoSnapshot(c);
    CHECK(!photos.add(vid.value(), jpeg, QStringLiteral("c.jpg")).ok());
    CHECK(!photos.remove(ok.value()).ok());
    CHECK(photoSnapshot(c) == signedIn);

    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    const Status removed = photos.remove(ok.value());
    INFO(removed.error().toStdString());
    REQUIRE(removed.ok());
    CHECK(photos.photosOf(vid.value()).value().size() == 1);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM visit_photo")).toInt() == 2);
    CHECK(!photos.remove(ok.value()).ok());
}

TEST_CASE("deleting a visit deletes its photos with it, restoring brings back those, not one removed before",
    "[forces][photos]")
{
    TestCounty c;
    Household h = c.household(QStringLiteral("P1"), 1);
    REQUIRE(HouseholdRepository(*c.db).save(h).ok());
    const qint64 cadre = c.addCadre(QStringLiteral("孙干部"));
    AssistanceForces forces(*c.db);
    Visit v;
    v.householdId = h.meta.id;
    v.date = QDate(2021, 9, 1);
    v.findings = QStringLiteral("房屋漏雨");
    const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(100, 'j');
    const Result<qint64> vid = forces.saveVisit(v, {cadre},
        {{jpeg, QStringLiteral("a.jpg")}, {png(2000), QStringLiteral("b.png")}, {jpeg, QStringLiteral("c.jpg")}});
    INFO(vid.error().toStdString());
    REQUIRE(vid.ok());
    VisitPhotos photos(*c.db);
    const auto three = photos.photosOf(vid.value());
    REQUIRE(three.value().size() == 3);
    REQUIRE(photos.remove(three.value().at(0).id).ok()); // removed on its own, before

    // Refused (no reason; another village's account): nothing is written.
    const QVariantList before = photoSnapshot(c);
    CHECK(!forces.deleteVisit(vid.value(), QStringLiteral("  ")).ok());
    CHECK(photoSnapshot(c) == before);
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.otherVillage});
    const QVariantList signedIn = photoSnapshot(c);
    CHECK(!forces.deleteVisit(vid.value(), QStringLiteral("重复录入")).ok());
    CHECK(photoSnapshot(c) == signedIn);
    CHECK(c.scalar(QStringLiteral("SELECT deleted_at IS NULL FROM visit WHERE id = ?"), {vid.value()}).toBool());

    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    const qint64 auditBefore = c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    REQUIRE(forces.deleteVisit(vid.value(), QStringLiteral("重复录入")).ok());
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM visit_photo WHERE visit_id = ? AND deleted_at IS NULL"),
               {vid.value()})
              .toInt()
        == 0);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM visit_photo WHERE deleted_with_visit = 1")).toInt() == 2);
    // The visit's two entries (deleted_at, reason) and one for each photo, by the acting account.
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND table_name = 'visit_photo' AND "
                                  "action = 'delete' AND changed_by = 'xian'"),
               {auditBefore})
              .toInt()
        == 2);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM visit_photo")).toInt() == 3); // soft: all still there

    REQUIRE(forces.restoreVisit(vid.value()).ok());
    const auto back = photos.photosOf(vid.value());
    REQUIRE(back.value().size() == 2);
    CHECK(back.value().at(0).id == three.value().at(1).id);
    CHECK(back.value().at(1).id == three.value().at(2).id);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM visit_photo WHERE deleted_with_visit = 1")).toInt() == 0);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'visit_photo' AND action = "
                                  "'restore'"))
              .toInt()
        == 2);
}

TEST_CASE("removing a visit photo is refused to the auditor, audited with its time, and stays removed through a "
          "delete and restore of the visit",
    "[forces][photos]")
{
    TestCounty c;
    Household h = c.household(QStringLiteral("P1"), 1);
    REQUIRE(HouseholdRepository(*c.db).save(h).ok());
    const qint64 cadre = c.addCadre(QStringLiteral("孙干部"));
    AssistanceForces forces(*c.db);
    Visit v;
    v.householdId = h.meta.id;
    v.date = QDate(2021, 9, 1);
    v.findings = QStringLiteral("房屋漏雨");
    const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(100, 'j');
    const Result<qint64> vid
        = forces.saveVisit(v, {cadre}, {{jpeg, QStringLiteral("a.jpg")}, {png(2000), QStringLiteral("b.png")}});
    INFO(vid.error().toStdString());
    REQUIRE(vid.ok());
    VisitPhotos photos(*c.db);
    const qint64 first = photos.photosOf(vid.value()).value().at(0).id;

    // The auditor reads only: the removal is refused, in words, and nothing is written.
    c.actAs(QStringLiteral("shenji"), Role::Auditor);
    const QVariantList before = photoSnapshot(c);
    const Status refused = photos.remove(first);
    REQUIRE(!refused.ok());
    CHECK(!refused.error().isEmpty());
    CHECK(photoSnapshot(c) == before);

    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    REQUIRE(photos.remove(first).ok());
    const QString removedAt
        = c.scalar(QStringLiteral("SELECT deleted_at FROM visit_photo WHERE id = ?"), {first}).toString();
    CHECK(!removedAt.isEmpty());
    // Who removed it and when, as the change history shows it.
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log a JOIN visit_photo p ON p.uuid = a.record_uuid "
                                  "WHERE p.id = ? AND a.action = 'delete' AND a.field = 'deleted_at' AND "
                                  "a.changed_by = 'xian' AND a.new_value = ?"),
               {first, removedAt})
              .toInt()
        == 1);

    REQUIRE(forces.deleteVisit(vid.value(), QStringLiteral("重复录入")).ok());
    REQUIRE(forces.restoreVisit(vid.value()).ok());
    const auto back = photos.photosOf(vid.value());
    REQUIRE(back.value().size() == 1);
    CHECK(back.value().at(0).id != first);
    CHECK(c.scalar(QStringLiteral("SELECT deleted_at FROM visit_photo WHERE id = ?"), {first}).toString() == removedAt);
}
