// SPDX-License-Identifier: GPL-3.0-or-later
// The funds' writing commands of the real fupin-cli (projects and their steps, the ledger, loans,
// benefits): what they store, and that a refusal comes back in core's words and leaves the file as
// it was.
#include "CliWriteCounty.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {

QString text(const char *s)
{
    return QString::fromUtf8(s);
}

// A project of the county taken through the library to approved, with its id.
qint64 approvedProject(const CliWriteCounty &county)
{
    const QString village
        = county.scalar(text("SELECT code FROM division WHERE level = 3 ORDER BY code LIMIT 1")).toString();
    const QJsonObject project = county.written(county.county({text("projects"), text("add"), text("--name"),
        text("测试产业路"), text("--category"), text("01"), text("--division"), village, text("--year"), text("2024"),
        text("--budget"), text("50000"), text("--target"), text("修路两公里"), text("--json")}));
    const qint64 id = project.value(text("id")).toInteger();
    REQUIRE(id > 0);
    CHECK(project.value(text("budget_fen")).toInteger() == 50000'00);
    for (const char *to : {"in_library", "approved"}) {
        const Run step = county.county({text("projects"), text("step"), text("--project"), QString::number(id),
            text("--to"), text(to), text("--date"), text("2024-06-02")});
        INFO(step.err.toStdString());
        REQUIRE(step.status == 0);
    }
    return id;
}

} // namespace

TEST_CASE("fupin-cli projects add and step store the project and its lifecycle - a step out of order is refused",
    "[cli][projects][writes]")
{
    CliWriteCounty county;
    const qint64 id = approvedProject(county);
    CHECK(county.scalar(text("SELECT status FROM project WHERE id = %1").arg(id)).toString() == text("approved"));
    CHECK(county.scalar(text("SELECT budget_fen FROM project WHERE id = %1").arg(id)).toLongLong() == 50000'00);
    const Run history
        = county.county({text("projects"), text("history"), text("--project"), QString::number(id), text("--json")});
    REQUIRE(history.status == 0);
    CHECK(json(history).array().size() == 2);

    // Tendering needs its method, bidder and contract: as a JSON request, the contract in fen.
    const QString tender = county.file(text("tender.json"),
        QStringLiteral("{\"project\": %1, \"to\": \"tendering\", \"date\": \"2024-06-10\", \"procurement\": "
                       "\"公开招标\", \"bidder\": \"某建设公司\", \"contract_fen\": 4800000}")
            .arg(id)
            .toUtf8());
    const QJsonObject step
        = county.written(county.county({text("projects"), text("step"), text("--input"), tender, text("--json")}));
    CHECK(step.value(text("to")).toString() == text("tendering"));
    CHECK(step.value(text("contract_fen")).toInteger() == 4800000);

    const QByteArray before = county.bytes();
    SECTION("a step the lifecycle does not allow")
    {
        const Run refused = county.county({text("projects"), text("step"), text("--project"), QString::number(id),
            text("--to"), text("announced"), text("--date"), text("2024-06-11")});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(text("cannot become")));
    }
    SECTION("a step dated before the last one")
    {
        const Run refused = county.county({text("projects"), text("step"), text("--project"), QString::number(id),
            text("--to"), text("in_progress"), text("--date"), text("2024-06-01")});
        CHECK(refused.status == 1);
        CHECK_FALSE(refused.err.isEmpty());
    }
    SECTION("a village account changing a project")
    {
        const Run refused = county.as(text("village"),
            {text("projects"), text("edit"), text("--project"), QString::number(id), text("--name"), text("改名")});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(text("village")));
    }
    CHECK(county.bytes() == before);
    CHECK(county.scalar(text("SELECT status FROM project WHERE id = %1").arg(id)).toString() == text("tendering"));
}

TEST_CASE("fupin-cli projects beneficiaries adds households - one of another village is refused for a village account",
    "[cli][projects][writes]")
{
    CliWriteCounty county;
    const qint64 id = approvedProject(county);
    const QString household = county.ownHousehold();
    const Run added = county.county({text("projects"), text("beneficiaries"), text("--project"), QString::number(id),
        text("--add"), household, text("--json")});
    INFO(added.err.toStdString());
    REQUIRE(added.status == 0);
    REQUIRE(json(added).array().size() == 1);
    CHECK(json(added).array().first().toObject().value(text("household")).toString() == household);
    CHECK(county.scalar(text("SELECT count(*) FROM project_beneficiary WHERE project_id = %1").arg(id)).toInt() == 1);

    const QByteArray before = county.bytes();
    const Run refused = county.as(text("village"),
        {text("projects"), text("beneficiaries"), text("--project"), QString::number(id), text("--add"),
            county.otherHousehold()});
    CHECK(refused.status == 1);
    CHECK_FALSE(refused.err.isEmpty());
    CHECK(county.bytes() == before);
}

TEST_CASE(
    "fupin-cli ledger receive, allocate, disburse and reverse store the entries - a payment beyond the allocation "
    "is refused",
    "[cli][ledger][writes]")
{
    CliWriteCounty county;
    const qint64 project = approvedProject(county);
    const QString source = county.scalar(text("SELECT id FROM fund_source ORDER BY id LIMIT 1")).toString();
    const QString household = county.ownHousehold();

    const QJsonObject receipt
        = county.written(county.county({text("ledger"), text("receive"), text("--source"), source, text("--date"),
            text("2024-06-01"), text("--amount"), text("10000"), text("--voucher"), text("收-1"), text("--json")}));
    CHECK(receipt.value(text("amount_fen")).toInteger() == 10000'00);
    CHECK(county
              .scalar(
                  text("SELECT amount_fen FROM fund_receipt WHERE id = %1").arg(receipt.value(text("id")).toInteger()))
              .toLongLong()
        == 10000'00);

    const QJsonObject allocation = county.written(county.county({text("ledger"), text("allocate"), text("--source"),
        source, text("--project"), QString::number(project), text("--date"), text("2024-06-04"), text("--amount"),
        text("3000"), text("--voucher"), text("拨-1"), text("--json")}));
    const qint64 allocationId = allocation.value(text("id")).toInteger();
    REQUIRE(allocationId > 0);

    // The payment as a JSON request, its amount in fen.
    const QString request = county.file(text("pay.json"),
        QStringLiteral("{\"allocation\": %1, \"date\": \"2024-06-05\", \"amount_fen\": 100000, \"payee\": \"某户\", "
                       "\"household\": \"%2\", \"voucher\": \"付-1\"}")
            .arg(allocationId)
            .arg(household)
            .toUtf8());
    const QJsonObject payment
        = county.written(county.county({text("ledger"), text("disburse"), text("--input"), request, text("--json")}));
    const qint64 paymentId = payment.value(text("id")).toInteger();
    CHECK(payment.value(text("project")).toInteger() == project);
    CHECK(county.scalar(text("SELECT amount_fen FROM fund_disbursement WHERE id = %1").arg(paymentId)).toLongLong()
        == 1000'00);
    CHECK(county
              .scalar(text("SELECT h.code FROM fund_disbursement d JOIN household h ON h.id = d.household_id WHERE "
                           "d.id = %1")
                          .arg(paymentId))
              .toString()
        == household);

    const QByteArray before = county.bytes();
    SECTION("a payment beyond what is left of the allocation")
    {
        const Run refused = county.county({text("ledger"), text("disburse"), text("--allocation"),
            QString::number(allocationId), text("--date"), text("2024-06-06"), text("--amount"), text("2000.01"),
            text("--payee"), text("某公司"), text("--voucher"), text("付-2")});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(text("2,000.01")));
    }
    SECTION("an allocation beyond what the source received")
    {
        const Run refused = county.county({text("ledger"), text("allocate"), text("--source"), source,
            text("--project"), QString::number(project), text("--date"), text("2024-06-04"), text("--amount"),
            text("99999999"), text("--voucher"), text("拨-2")});
        CHECK(refused.status == 1);
        CHECK_FALSE(refused.err.isEmpty());
    }
    SECTION("a date that is no date")
    {
        const Run refused = county.county({text("ledger"), text("receive"), text("--source"), source, text("--date"),
            text("2024-6-1x"), text("--amount"), text("1")});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(text("2024-6-1x")));
    }
    SECTION("a village account entering money")
    {
        const Run refused = county.as(text("village"),
            {text("ledger"), text("receive"), text("--source"), source, text("--date"), text("2024-06-01"),
                text("--amount"), text("1"), text("--voucher"), text("收-2")});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(text("village")));
    }
    CHECK(county.bytes() == before);

    // The payment reversed, once; the list shows both.
    const QJsonObject reversal = county.written(county.county({text("ledger"), text("reverse"), text("--kind"),
        text("disbursement"), text("--entry"), QString::number(paymentId), text("--date"), text("2024-06-07"),
        text("--voucher"), text("冲-1"), text("--reason"), text("付错户"), text("--json")}));
    CHECK(reversal.value(text("amount_fen")).toInteger() == -1000'00);
    CHECK(reversal.value(text("reverses")).toInteger() == paymentId);
    const Run twice = county.county({text("ledger"), text("reverse"), text("--kind"), text("disbursement"),
        text("--entry"), QString::number(paymentId), text("--date"), text("2024-06-07"), text("--voucher"),
        text("冲-2"), text("--reason"), text("再冲")});
    CHECK(twice.status == 1);
    const Run entries = county.county({text("ledger"), text("entries"), text("--kind"), text("disbursement"),
        text("--project"), QString::number(project), text("--json")});
    REQUIRE(entries.status == 0);
    CHECK(json(entries).array().size() == 2);
}

TEST_CASE("fupin-cli loans add, subsidize and extend store the loan and its events - a loan over the cap is refused",
    "[cli][loans][writes]")
{
    CliWriteCounty county;
    const QString household = county.ownHousehold();
    // A member of working age on the loan date.
    const QString borrower = county
                                 .scalar(text("SELECT m.id_number FROM member m JOIN household h ON h.id = "
                                              "m.household_id WHERE h.code = '%1' AND m.birth_date BETWEEN "
                                              "'1960-01-01' AND '2004-01-01' LIMIT 1")
                                             .arg(household))
                                 .toString();
    REQUIRE_FALSE(borrower.isEmpty());
    const QJsonObject loan = county.written(county.county(
        {text("loans"), text("add"), text("--household"), household, text("--borrower"), borrower, text("--bank"),
            text("农村信用社"), text("--amount"), text("30000"), text("--date"), text("2024-03-01"), text("--term"),
            text("24"), text("--purpose-code"), text("planting"), text("--purpose"), text("种茶"), text("--json")}));
    const qint64 id = loan.value(text("id")).toInteger();
    REQUIRE(id > 0);
    CHECK(loan.value(text("amount_fen")).toInteger() == 30000'00);
    CHECK(loan.value(text("due")).toString() == text("2026-03-01"));
    CHECK(county.scalar(text("SELECT borrower_id_number FROM microloan WHERE id = %1").arg(id)).toString() == borrower);

    const Run subsidy = county.county({text("loans"), text("subsidize"), text("--loan"), QString::number(id),
        text("--amount"), text("120"), text("--date"), text("2024-06-01"), text("--json")});
    CHECK(county.written(subsidy).value(text("subsidy_fen")).toInteger() == 120'00);
    const Run extended
        = county.county({text("loans"), text("extend"), text("--loan"), QString::number(id), text("--date"),
            text("2025-12-01"), text("--new-due"), text("2026-09-01"), text("--reason"), text("受灾"), text("--json")});
    CHECK(county.written(extended).value(text("due")).toString() == text("2026-09-01"));
    CHECK(county.scalar(text("SELECT count(*) FROM loan_event WHERE loan_id = %1").arg(id)).toInt() == 2);

    const QByteArray before = county.bytes();
    SECTION("more than 50,000 yuan")
    {
        const Run refused = county.county({text("loans"), text("add"), text("--household"), household,
            text("--borrower"), borrower, text("--bank"), text("农村信用社"), text("--amount"), text("60000"),
            text("--date"), text("2024-03-01"), text("--term"), text("24"), text("--purpose-code"), text("planting")});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(text("50,000.00")));
    }
    SECTION("a borrower who is not a member of the household")
    {
        const Run refused = county.county({text("loans"), text("add"), text("--household"), household,
            text("--borrower"), text("无此人"), text("--bank"), text("农村信用社"), text("--amount"), text("100"),
            text("--date"), text("2024-03-01"), text("--term"), text("24"), text("--purpose-code"), text("planting")});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(text("无此人")));
    }
    SECTION("a village account lending to another village's household")
    {
        const QString other = county.otherHousehold();
        const QString otherBorrower = county
                                          .scalar(text("SELECT m.id_number FROM member m JOIN household h ON h.id = "
                                                       "m.household_id WHERE h.code = '%1' LIMIT 1")
                                                      .arg(other))
                                          .toString();
        const Run refused = county.as(text("village"),
            {text("loans"), text("add"), text("--household"), other, text("--borrower"), otherBorrower, text("--bank"),
                text("农村信用社"), text("--amount"), text("100"), text("--date"), text("2024-03-01"), text("--term"),
                text("24"), text("--purpose-code"), text("planting")});
        CHECK(refused.status == 1);
        CHECK_FALSE(refused.err.isEmpty());
    }
    CHECK(county.bytes() == before);
}

TEST_CASE("fupin-cli benefits add stores a benefit for households of two villages - a village account is refused the "
          "other village",
    "[cli][benefits][writes]")
{
    CliWriteCounty county;
    const QString own = county.ownHousehold();
    const QString second = county.otherHousehold();
    const int before = county.scalar(text("SELECT count(*) FROM household_benefit")).toInt();
    const QJsonObject added = county.written(county.county(
        {text("benefits"), text("add"), text("--household"), own, text("--household"), second, text("--year"),
            text("2024"), text("--type"), text("subsistence"), text("--amount"), text("800"), text("--json")}));
    CHECK(added.value(text("saved")).toInt() == 2);
    CHECK(county.scalar(text("SELECT count(*) FROM household_benefit")).toInt() == before + 2);
    CHECK(county.scalar(text("SELECT amount_fen FROM household_benefit ORDER BY id DESC LIMIT 1")).toLongLong()
        == 800'00);

    const Run listed = county.county(
        {text("benefits"), text("list"), text("--household"), own, text("--year"), text("2024"), text("--json")});
    REQUIRE(listed.status == 0);
    bool found = false;
    qint64 id = 0;
    for (const QJsonValue &v : json(listed).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(text("type")).toString() == text("subsistence")
            && o.value(text("amount_fen")).toInteger() == 800'00) {
            found = true;
            id = o.value(text("id")).toInteger();
        }
    }
    CHECK(found);

    const QByteArray unchanged = county.bytes();
    SECTION("the same benefit for a household of another village: all or nothing")
    {
        const Run refused = county.as(text("village"),
            {text("benefits"), text("add"), text("--household"), own, text("--household"), county.otherHousehold(),
                text("--year"), text("2024"), text("--type"), text("subsistence"), text("--amount"), text("800")});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(county.otherHousehold()));
    }
    SECTION("an amount that is not one")
    {
        const Run refused = county.county({text("benefits"), text("add"), text("--household"), own, text("--year"),
            text("2024"), text("--type"), text("subsistence"), text("--amount"), text("八百")});
        CHECK(refused.status == 1);
        CHECK_FALSE(refused.err.isEmpty());
    }
    CHECK(county.bytes() == unchanged);

    const Run removed = county.county(
        {text("benefits"), text("remove"), text("--id"), QString::number(id), text("--reason"), text("录重")});
    INFO(removed.err.toStdString());
    CHECK(removed.status == 0);
    CHECK_FALSE(county.scalar(text("SELECT deleted_at FROM household_benefit WHERE id = %1").arg(id)).isNull());
}
