// SPDX-License-Identifier: GPL-3.0-or-later
// The assistance forces' writing commands of the real fupin-cli (units, cadres, measures, visits):
// what they store, and that a refusal comes back in core's words and leaves the file as it was.
#include "CliWriteCounty.h"

#include "register/IdNumber.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {

QString text(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

TEST_CASE("fupin-cli units add, edit, deactivate and delete store the unit - a village account is refused",
    "[cli][forces][writes]")
{
    CliWriteCounty county;
    const QJsonObject unit = county.written(
        county.county({text("units"), text("add"), text("--name"), text("测试帮扶单位"), text("--form"), text("01"),
            text("--level"), text("01"), text("--phone"), text("13800000009"), text("--json")}));
    const qint64 id = unit.value(text("id")).toInteger();
    REQUIRE(id > 0);
    CHECK(county.scalar(text("SELECT name FROM assistance_unit WHERE id = %1").arg(id)).toString()
        == text("测试帮扶单位"));
    CHECK(county.scalar(text("SELECT contact_phone FROM assistance_unit WHERE id = %1").arg(id)).toString()
        == text("13800000009"));

    // An edit changes the field given and keeps the others.
    const Run edited = county.county(
        {text("units"), text("edit"), text("--id"), QString::number(id), text("--contact"), text("王五")});
    INFO(edited.err.toStdString());
    REQUIRE(edited.status == 0);
    CHECK(county.scalar(text("SELECT contact_person FROM assistance_unit WHERE id = %1").arg(id)).toString()
        == text("王五"));
    CHECK(county.scalar(text("SELECT name FROM assistance_unit WHERE id = %1").arg(id)).toString()
        == text("测试帮扶单位"));
    REQUIRE(county.county({text("units"), text("deactivate"), text("--id"), QString::number(id)}).status == 0);
    CHECK(county.scalar(text("SELECT active FROM assistance_unit WHERE id = %1").arg(id)).toInt() == 0);

    const QByteArray before = county.bytes();
    SECTION("a village account may not add units")
    {
        const Run refused = county.as(text("village"),
            {text("units"), text("add"), text("--name"), text("村里的单位"), text("--form"), text("01"),
                text("--level"), text("01")});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(text("village")));
        CHECK(refused.out.isEmpty());
    }
    SECTION("a unit without a name")
    {
        const Run refused
            = county.county({text("units"), text("add"), text("--form"), text("01"), text("--level"), text("01")});
        CHECK(refused.status == 1);
        CHECK_FALSE(refused.err.isEmpty());
    }
    SECTION("a request file with a field the command does not take")
    {
        const QString request
            = county.file(text("unit.json"), "{\"name\": \"x\", \"form\": \"01\", \"levle\": \"01\"}");
        const Run refused = county.county({text("units"), text("add"), text("--input"), request});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(text("levle")));
    }
    CHECK(county.bytes() == before);
}

TEST_CASE("fupin-cli cadres add stores the cadre, and a second cadre with the same ID number is refused",
    "[cli][forces][writes]")
{
    CliWriteCounty county;
    const QString idNumber = IdNumber::make(text("522633"), QDate(1980, 1, 1), 17);
    REQUIRE_FALSE(idNumber.isEmpty());
    const QJsonObject cadre = county.written(county.county({text("cadres"), text("add"), text("--name"), text("张三"),
        text("--sex"), text("1"), text("--id-number"), idNumber, text("--rank"), text("副科级"), text("--phone"),
        text("13800000001"), text("--first-secretary"), text("--json")}));
    const qint64 id = cadre.value(text("id")).toInteger();
    REQUIRE(id > 0);
    CHECK(county.scalar(text("SELECT id_number FROM cadre WHERE id = %1").arg(id)).toString() == idNumber);
    CHECK(county.scalar(text("SELECT first_secretary FROM cadre WHERE id = %1").arg(id)).toInt() == 1);

    const QByteArray before = county.bytes();
    const Run twice = county.county({text("cadres"), text("add"), text("--name"), text("李四"), text("--sex"),
        text("1"), text("--id-number"), idNumber, text("--rank"), text("副科级")});
    CHECK(twice.status == 1);
    CHECK(twice.err.contains(idNumber));
    CHECK(county.bytes() == before);
}

TEST_CASE("fupin-cli measures add stores a measure in fen - another village's household and a bad date are refused",
    "[cli][forces][writes]")
{
    CliWriteCounty county;
    const QString own = county.ownHousehold();
    const QString other = county.otherHousehold();
    // As a village cadre of the household's village, the request as JSON with the amount in fen.
    const QString request = county.file(text("measure.json"),
        QStringLiteral("{\"household\": \"%1\", \"category\": \"01\", \"start\": \"2024-03-01\", "
                       "\"description\": \"养牛\", \"amount_fen\": 120050}")
            .arg(own)
            .toUtf8());
    const QJsonObject measure = county.written(
        county.as(text("village"), {text("measures"), text("add"), text("--input"), request, text("--json")}));
    const qint64 id = measure.value(text("id")).toInteger();
    REQUIRE(id > 0);
    CHECK(measure.value(text("amount_fen")).toInteger() == 120050);
    CHECK(county.scalar(text("SELECT amount_fen FROM measure WHERE id = %1").arg(id)).toLongLong() == 120050);
    CHECK(
        county
            .scalar(text("SELECT p.text FROM measure m JOIN phrase p ON p.id = m.description WHERE m.id = %1").arg(id))
            .toString()
        == text("养牛"));
    const Run listed = county.county({text("measures"), text("list"), text("--household"), own, text("--json")});
    REQUIRE(listed.status == 0);
    bool found = false;
    for (const QJsonValue &v : json(listed).array())
        found = found || v.toObject().value(text("id")).toInteger() == id;
    CHECK(found);

    const QByteArray before = county.bytes();
    SECTION("another village's household")
    {
        const Run refused = county.as(text("village"),
            {text("measures"), text("add"), text("--household"), other, text("--category"), text("01"), text("--start"),
                text("2024-03-01")});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(text("village")));
    }
    SECTION("a start date that is no date")
    {
        const Run refused = county.county({text("measures"), text("add"), text("--household"), own, text("--category"),
            text("01"), text("--start"), text("2024-02-30")});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(text("2024-02-30")));
    }
    SECTION("a start date in the future, refused by core")
    {
        const Run refused = county.county({text("measures"), text("add"), text("--household"), own, text("--category"),
            text("01"), text("--start"), QDate::currentDate().addDays(3).toString(Qt::ISODate)});
        CHECK(refused.status == 1);
        CHECK_FALSE(refused.err.isEmpty());
    }
    CHECK(county.bytes() == before);

    // And the delete, with its reason.
    const Run deleted = county.county(
        {text("measures"), text("delete"), text("--id"), QString::number(id), text("--reason"), text("录错")});
    INFO(deleted.err.toStdString());
    CHECK(deleted.status == 0);
    CHECK_FALSE(county.scalar(text("SELECT deleted_at FROM measure WHERE id = %1").arg(id)).isNull());
}

TEST_CASE(
    "fupin-cli visits add stores the visit with its companions - a future day and a photo that is none are refused",
    "[cli][forces][writes]")
{
    CliWriteCounty county;
    const QString household = county.ownHousehold();
    const QString lead = county.scalar(text("SELECT id FROM cadre WHERE active = 1 ORDER BY id LIMIT 1")).toString();
    const QString along
        = county.scalar(text("SELECT id FROM cadre WHERE active = 1 ORDER BY id LIMIT 1 OFFSET 1")).toString();
    const QJsonObject visit = county.written(county.county(
        {text("visits"), text("add"), text("--household"), household, text("--cadre"), lead, text("--with"), along,
            text("--date"), text("2024-05-01"), text("--findings"), text("家中缺劳力"), text("--json")}));
    const qint64 id = visit.value(text("id")).toInteger();
    REQUIRE(id > 0);
    CHECK(county.scalar(text("SELECT cadre_id FROM visit WHERE id = %1").arg(id)).toString() == lead);
    CHECK(county.scalar(text("SELECT p.text FROM visit v JOIN phrase p ON p.id = v.findings WHERE v.id = %1").arg(id))
              .toString()
        == text("家中缺劳力"));
    CHECK(visit.value(text("cadres")).toArray().size() == 2);

    // An edit changes what is given and keeps the lead and those who went along.
    const QJsonObject edited = county.written(county.county({text("visits"), text("edit"), text("--id"),
        QString::number(id), text("--findings"), text("已安排公益岗位"), text("--json")}));
    CHECK(edited.value(text("cadres")).toArray().size() == 2);
    CHECK(county.scalar(text("SELECT p.text FROM visit v JOIN phrase p ON p.id = v.findings WHERE v.id = %1").arg(id))
              .toString()
        == text("已安排公益岗位"));
    CHECK(county.scalar(text("SELECT cadre_id FROM visit WHERE id = %1").arg(id)).toString() == lead);
    CHECK(county.scalar(text("SELECT visit_date FROM visit WHERE id = %1").arg(id)).toString() == text("2024-05-01"));

    const QByteArray before = county.bytes();
    SECTION("a day in the future")
    {
        const Run refused = county.county({text("visits"), text("add"), text("--household"), household, text("--cadre"),
            lead, text("--date"), QDate::currentDate().addDays(2).toString(Qt::ISODate)});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(text("future")));
    }
    SECTION("a photo that is not a JPEG or PNG")
    {
        const QString photo = county.file(text("photo.jpg"), "not an image");
        const Run refused = county.county({text("visits"), text("add"), text("--household"), household, text("--cadre"),
            lead, text("--date"), text("2024-05-02"), text("--photo"), photo});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(text("photo.jpg")));
    }
    SECTION("a cadre who does not exist")
    {
        const Run refused = county.county({text("visits"), text("add"), text("--household"), household, text("--cadre"),
            text("999999"), text("--date"), text("2024-05-02")});
        CHECK(refused.status == 1);
        CHECK_FALSE(refused.err.isEmpty());
    }
    CHECK(county.bytes() == before);
}

TEST_CASE("fupin-cli writing commands on a county file that does not exist give the standard message", "[cli][writes]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(text("none.fupin"));
    for (const QStringList &command : {QStringList{text("units"), text("add"), text("--name"), text("x")},
             QStringList{text("ledger"), text("receive"), text("--source"), text("1"), text("--date"),
                 text("2024-01-01"), text("--amount"), text("1")},
             QStringList{text("benefits"), text("list"), text("--household"), text("1")}}) {
        const Run run = cli(command + QStringList{text("--db"), missing});
        INFO(command.join(u' ').toStdString());
        CHECK(run.status == 1);
        CHECK(run.err.contains(text("The county file %1 does not exist.").arg(missing)));
    }
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("fupin-cli visits add --photo stores the photo, visits photos lists it and remove-photo takes it off",
    "[cli][forces][writes]")
{
    CliWriteCounty county;
    const QString household = county.ownHousehold();
    const QString lead = county.scalar(text("SELECT id FROM cadre WHERE active = 1 ORDER BY id LIMIT 1")).toString();
    const QString photo = county.file(text("door.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'x'));
    const QJsonObject visit = county.written(county.county(
        {text("visits"), text("add"), text("--household"), household, text("--cadre"), lead, text("--date"),
            text("2024-05-01"), text("--actions"), text("拍了危房照片"), text("--photo"), photo, text("--json")}));
    const qint64 id = visit.value(text("id")).toInteger();
    CHECK(visit.value(text("photos")).toInt() == 1);
    const Run photos
        = county.county({text("visits"), text("photos"), text("--id"), QString::number(id), text("--json")});
    REQUIRE(photos.status == 0);
    const QJsonArray list = json(photos).array();
    REQUIRE(list.size() == 1);
    CHECK(list.first().toObject().value(text("mime")).toString() == text("image/png"));
    const qint64 photoId = list.first().toObject().value(text("photo")).toInteger();

    // Another village's account may not take it off.
    const QByteArray before = county.bytes();
    const QString otherVisit
        = county
              .scalar(text("SELECT v.id FROM visit v JOIN household h ON h.id = v.household_id WHERE h.code = '%1' "
                           "LIMIT 1")
                          .arg(county.otherHousehold()))
              .toString();
    const Run refused = county.as(text("village"),
        {text("visits"), text("delete"), text("--id"), otherVisit, text("--reason"), text("不是本村的")});
    CHECK(refused.status == 1);
    CHECK(county.bytes() == before);

    const Run removed
        = county.county({text("visits"), text("remove-photo"), text("--photo"), QString::number(photoId)});
    INFO(removed.err.toStdString());
    CHECK(removed.status == 0);
    const Run after
        = county.county({text("visits"), text("photos"), text("--id"), QString::number(id), text("--json")});
    CHECK(json(after).array().isEmpty());
}

TEST_CASE("fupin-cli teams add and add-member store a work team - a village account may not", "[cli][forces][writes]")
{
    CliWriteCounty county;
    const QString village = county
                                .scalar(text("SELECT code FROM division WHERE level = 3 AND id NOT IN (SELECT "
                                             "village_id FROM work_team) ORDER BY code LIMIT 1"))
                                .toString();
    const QJsonObject team = county.written(county.county(
        {text("teams"), text("add"), text("--village"), village, text("--start"), text("2024-01-01"), text("--json")}));
    const qint64 id = team.value(text("id")).toInteger();
    REQUIRE(id > 0);
    const QString cadre = county.scalar(text("SELECT id FROM cadre WHERE active = 1 ORDER BY id LIMIT 1")).toString();
    const QJsonObject member = county.written(county.county({text("teams"), text("add-member"), text("--team"),
        QString::number(id), text("--cadre"), cadre, text("--role"), text("leader"), text("--json")}));
    CHECK(
        county.scalar(text("SELECT role FROM work_team_member WHERE id = %1").arg(member.value(text("id")).toInteger()))
            .toString()
        == text("leader"));

    const QByteArray before = county.bytes();
    const Run refused = county.as(
        text("village"), {text("teams"), text("add"), text("--village"), village, text("--start"), text("2024-01-01")});
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(text("village")));
    CHECK(county.bytes() == before);

    const Run removed = county.county({text("teams"), text("remove-member"), text("--id"),
        QString::number(member.value(text("id")).toInteger()), text("--reason"), text("调回原单位")});
    INFO(removed.err.toStdString());
    CHECK(removed.status == 0);
}
