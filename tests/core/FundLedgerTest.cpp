// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/FundLedger.h"

#include "../TestSql.h"
#include "TestCounty.h"
#include "demo/DemoGenerator.h"
#include "funds/FundsKinds.h"
#include "register/HouseholdRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <map>
#include <random>

namespace {

QDate day(int month, int d, int year = 2020)
{
    return QDate(year, month, d);
}

qint64 addSource(TestCounty &c, const QString &name = QStringLiteral("2020年中央财政专项扶贫资金"))
{
    FundSource s;
    s.name = name;
    s.typeCode = QStringLiteral("01");
    s.year = 2020;
    const Result<qint64> id = FundSourceRepository(*c.db).save(s);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

qint64 addProject(TestCounty &c, const QString &status = QStringLiteral("approved"))
{
    c.exec(QStringLiteral("INSERT INTO project (uuid, name, category_code, division_id, year, performance_target, "
                          "status, created_at, updated_at) VALUES (lower(hex(randomblob(16))), ?, '03', ?, 2020, "
                          "'解决100户出行难', ?, '2020-01-01', '2020-01-01')"),
        {QStringLiteral("岜沙村通组公路硬化工程"), c.village, status});
    return c.scalar(QStringLiteral("SELECT max(id) FROM project")).toLongLong();
}

LedgerEntry receipt(qint64 source, const QDate &date, qint64 fen)
{
    LedgerEntry e;
    e.sourceId = source;
    e.date = date;
    e.amountFen = fen;
    e.voucherNo = QStringLiteral("收-001");
    return e;
}

LedgerEntry allocation(qint64 source, qint64 project, const QDate &date, qint64 fen)
{
    LedgerEntry e = receipt(source, date, fen);
    e.projectId = project;
    e.voucherNo = QStringLiteral("拨-001");
    return e;
}

LedgerEntry payment(qint64 allocationId, const QDate &date, qint64 fen, qint64 household = 0)
{
    LedgerEntry e;
    e.allocationId = allocationId;
    e.date = date;
    e.amountFen = fen;
    e.payee = QStringLiteral("从江县路桥建设有限公司");
    e.householdId = household;
    e.voucherNo = QStringLiteral("付-001");
    return e;
}

qint64 ok(const Result<qint64> &r)
{
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

// Everything a refused operation must leave alone.
QList<QVariant> snapshot(const TestCounty &c)
{
    QList<QVariant> s;
    for (const char *sql : {"SELECT count(*) || ':' || total(amount_fen) FROM fund_receipt",
             "SELECT count(*) || ':' || total(amount_fen) FROM fund_allocation",
             "SELECT count(*) || ':' || total(amount_fen) FROM fund_disbursement", "SELECT count(*) FROM audit_log"})
        s << c.scalar(QString::fromLatin1(sql));
    return s;
}

void refused(TestCounty &c, const Result<qint64> &r, const QList<QVariant> &before, const char *words)
{
    INFO(r.error().toStdString());
    CHECK_FALSE(r.ok());
    CHECK(r.error().contains(QString::fromUtf8(words)));
    CHECK(snapshot(c) == before);
}

// The invariants, computed here from the raw rows day by day, independently of FundLedger.
QStringList brokenRules(const TestCounty &c)
{
    QStringList broken;
    QSqlQuery q(TestSql::of(*c.db));
    auto walk = [&](const QString &sql, const QString &what) {
        REQUIRE(q.exec(sql));
        std::map<qint64, std::map<QString, qint64>> byKey;
        while (q.next())
            byKey[q.value(0).toLongLong()][q.value(1).toString()] += q.value(2).toLongLong();
        for (const auto &[key, days] : byKey) {
            qint64 running = 0;
            for (const auto &[d, v] : days) {
                running += v;
                if (running < 0)
                    broken << what + QString::number(key) + u' ' + d;
            }
        }
    };
    walk(QStringLiteral("SELECT source_id, received_on, amount_fen FROM fund_receipt UNION ALL "
                        "SELECT source_id, allocated_on, -amount_fen FROM fund_allocation"),
        QStringLiteral("source "));
    walk(QStringLiteral("SELECT project_id, allocated_on, amount_fen FROM fund_allocation UNION ALL "
                        "SELECT a.project_id, d.paid_on, -d.amount_fen FROM fund_disbursement d JOIN fund_allocation a "
                        "ON a.id = d.allocation_id"),
        QStringLiteral("project "));
    walk(QStringLiteral("SELECT project_id * 100000 + source_id, allocated_on, amount_fen FROM fund_allocation UNION "
                        "ALL SELECT a.project_id * 100000 + a.source_id, d.paid_on, -d.amount_fen FROM "
                        "fund_disbursement d JOIN fund_allocation a ON a.id = d.allocation_id"),
        QStringLiteral("line "));
    return broken;
}

} // namespace

TEST_CASE("FundLedger: receipts, allocations and payments within the funds are entered and audited")
{
    TestCounty c;
    FundLedger ledger(*c.db);
    const qint64 source = addSource(c);
    const qint64 project = addProject(c);
    ok(ledger.receive(receipt(source, day(3, 1), 100'000'00)));
    const qint64 a = ok(ledger.allocate(allocation(source, project, day(3, 5), 80'000'00)));
    const qint64 p = ok(ledger.disburse(payment(a, day(4, 1), 30'000'00)));

    const Result<LedgerEntry> paid = ledger.entry(LedgerKind::Disbursement, p);
    REQUIRE(paid.ok());
    CHECK(paid->sourceId == source);
    CHECK(paid->projectId == project);
    CHECK(paid->amountFen == 30'000'00);
    CHECK(paid->voucherNo == QStringLiteral("付-001"));
    CHECK(paid->enteredBy == c.db->currentUser());
    CHECK_FALSE(paid->enteredAt.isEmpty());
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'fund_disbursement' AND "
                                  "field = 'amount_fen' AND new_value = '3000000'"))
              .toInt()
        == 1);

    const Result<QList<FundTotals>> bySource = ledger.totals(FundLedger::Grouping::Source, day(12, 31));
    REQUIRE(bySource.ok());
    REQUIRE(bySource->size() == 1);
    CHECK(bySource->first().received.fen() == 100'000'00);
    CHECK(bySource->first().allocated.fen() == 80'000'00);
    CHECK(bySource->first().disbursed.fen() == 30'000'00);
    // As of a date before the payment and the allocation.
    const Result<QList<FundTotals>> early = ledger.totals(FundLedger::Grouping::Source, day(3, 2));
    REQUIRE(early.ok());
    CHECK(early->first().allocated.fen() == 0);
    CHECK(early->first().disbursed.fen() == 0);
    const Result<QList<FundTotals>> byProject = ledger.totals(FundLedger::Grouping::Project, day(12, 31));
    REQUIRE(byProject.ok());
    REQUIRE(byProject->size() == 1);
    CHECK(byProject->first().undisbursed().fen() == 50'000'00);
    const Result<QList<FundTotals>> byVillage = ledger.totals(FundLedger::Grouping::Division, day(12, 31));
    REQUIRE(byVillage.ok());
    CHECK(byVillage->first().label == QStringLiteral("岜沙村"));
    CHECK(ledger.reconcile(day(12, 31)).value() == QStringList());
}

TEST_CASE("FundLedger: allocated never exceeds received for a source, on any date")
{
    TestCounty c;
    FundLedger ledger(*c.db);
    const qint64 source = addSource(c);
    const qint64 project = addProject(c);
    ok(ledger.receive(receipt(source, day(3, 1), 100'00)));

    SECTION("more than received")
    {
        const auto before = snapshot(c);
        refused(c, ledger.allocate(allocation(source, project, day(3, 2), 100'01)), before, "allocated would exceed");
    }
    SECTION("dated before the money arrived")
    {
        const auto before = snapshot(c);
        refused(c, ledger.allocate(allocation(source, project, day(2, 28), 50'00)), before, "allocated would exceed");
    }
    SECTION("enough by the end, not on the date of the allocation")
    {
        ok(ledger.allocate(allocation(source, project, day(4, 1), 100'00)));
        ok(ledger.receive(receipt(source, day(6, 1), 100'00)));
        const auto before = snapshot(c);
        // On 5 May only 100 had arrived and all of it was allocated; today 100 is free.
        refused(c, ledger.allocate(allocation(source, project, day(5, 1), 50'00)), before, "allocated would exceed");
        ok(ledger.allocate(allocation(source, project, day(6, 1), 50'00)));
    }
    SECTION("a receipt reversed after it was allocated")
    {
        const qint64 second = ok(ledger.receive(receipt(source, day(6, 1), 100'00)));
        ok(ledger.allocate(allocation(source, project, day(7, 1), 150'00)));
        const qint64 first = c.scalar(QStringLiteral("SELECT min(id) FROM fund_receipt")).toLongLong();
        const auto before = snapshot(c);
        refused(c,
            ledger.reverse(LedgerKind::Receipt, first, day(8, 1), QStringLiteral("冲-1"), QStringLiteral("重复录入")),
            before, "allocated would exceed");
        refused(c,
            ledger.reverse(LedgerKind::Receipt, second, day(8, 1), QStringLiteral("冲-1"), QStringLiteral("重复录入")),
            before, "allocated would exceed");
    }
    SECTION("other sources do not count")
    {
        const qint64 other = addSource(c, QStringLiteral("2020年社会捐赠资金"));
        ok(ledger.receive(receipt(other, day(3, 1), 1000'00)));
        const auto before = snapshot(c);
        refused(c, ledger.allocate(allocation(source, project, day(3, 2), 200'00)), before, "allocated would exceed");
    }
}

TEST_CASE("FundLedger: disbursed never exceeds allocated for a project, on any date")
{
    TestCounty c;
    FundLedger ledger(*c.db);
    const qint64 source = addSource(c);
    const qint64 project = addProject(c);
    ok(ledger.receive(receipt(source, day(3, 1), 1000'00)));
    const qint64 a = ok(ledger.allocate(allocation(source, project, day(3, 10), 400'00)));

    SECTION("more than allocated")
    {
        ok(ledger.disburse(payment(a, day(4, 1), 300'00)));
        const auto before = snapshot(c);
        refused(c, ledger.disburse(payment(a, day(4, 2), 100'01)), before, "disbursed would exceed");
        ok(ledger.disburse(payment(a, day(4, 2), 100'00)));
    }
    SECTION("before the allocation")
    {
        const auto before = snapshot(c);
        refused(c, ledger.disburse(payment(a, day(3, 9), 10'00)), before, "cannot be dated before the allocation");
    }
    SECTION("enough by the end, not on the date of the payment")
    {
        ok(ledger.disburse(payment(a, day(4, 1), 400'00)));
        ok(ledger.allocate(allocation(source, project, day(6, 1), 200'00)));
        const auto before = snapshot(c);
        refused(c, ledger.disburse(payment(a, day(5, 1), 100'00)), before, "disbursed would exceed");
    }
    SECTION("an allocation reversed after it was paid from")
    {
        ok(ledger.disburse(payment(a, day(4, 1), 1'00)));
        const auto before = snapshot(c);
        refused(c,
            ledger.reverse(LedgerKind::Allocation, a, day(5, 1), QStringLiteral("冲-2"), QStringLiteral("项目调整")),
            before, "disbursed would exceed");
    }
    SECTION("a cancelled project receives nothing")
    {
        const qint64 cancelled = addProject(c, QStringLiteral("cancelled"));
        const qint64 proposed = addProject(c, QStringLiteral("proposed"));
        const auto before = snapshot(c);
        refused(c, ledger.allocate(allocation(source, cancelled, day(4, 1), 1'00)), before, "approved projects only");
        refused(c, ledger.allocate(allocation(source, proposed, day(4, 1), 1'00)), before, "approved projects only");
    }
    CHECK(brokenRules(c) == QStringList());
}

TEST_CASE("FundLedger: a correction is a reversing entry, once, pointing at the entry")
{
    TestCounty c;
    FundLedger ledger(*c.db);
    const qint64 source = addSource(c);
    const qint64 project = addProject(c);
    ok(ledger.receive(receipt(source, day(3, 1), 1000'00)));
    const qint64 a = ok(ledger.allocate(allocation(source, project, day(3, 10), 400'00)));
    const qint64 p = ok(ledger.disburse(payment(a, day(4, 1), 250'00)));

    const QString reason = QStringLiteral("金额录错");
    const qint64 r = ok(ledger.reverse(LedgerKind::Disbursement, p, day(4, 3), QStringLiteral("冲-3"), reason));
    const Result<LedgerEntry> rev = ledger.entry(LedgerKind::Disbursement, r);
    REQUIRE(rev.ok());
    CHECK(rev->amountFen == -250'00);
    CHECK(rev->reversesId == p);
    CHECK(rev->note == reason);
    CHECK(rev->payee == QStringLiteral("从江县路桥建设有限公司"));
    CHECK(ledger.entry(LedgerKind::Disbursement, p)->reversedById == r);

    const auto before = snapshot(c);
    refused(c, ledger.reverse(LedgerKind::Disbursement, p, day(4, 4), QStringLiteral("冲-4"), reason), before,
        "already been reversed");
    refused(c, ledger.reverse(LedgerKind::Disbursement, r, day(4, 4), QStringLiteral("冲-4"), reason), before,
        "itself a reversal");
    refused(c, ledger.reverse(LedgerKind::Allocation, a, day(3, 9), QStringLiteral("冲-4"), reason), before,
        "before the entry it reverses");
    refused(
        c, ledger.reverse(LedgerKind::Allocation, a, day(5, 1), QStringLiteral("冲-4"), QString()), before, "reason");
    refused(c, ledger.reverse(LedgerKind::Allocation, 999, day(5, 1), QStringLiteral("冲-4"), reason), before,
        "does not exist");
    // With the payment reversed, the allocation can be reversed in turn.
    ok(ledger.reverse(LedgerKind::Allocation, a, day(5, 1), QStringLiteral("冲-5"), reason));
    const Result<QList<FundTotals>> totals = ledger.totals(FundLedger::Grouping::Project, day(12, 31));
    REQUIRE(totals.ok());
    CHECK(totals->first().allocated.fen() == 0);
    CHECK(totals->first().disbursed.fen() == 0);
    // As of before the reversals, the ledger still shows what it showed then.
    CHECK(ledger.totals(FundLedger::Grouping::Project, day(4, 2))->first().disbursed.fen() == 250'00);
}

TEST_CASE("FundLedger: no payment out of a reversed allocation, and every field of an entry is audited")
{
    TestCounty c;
    FundLedger ledger(*c.db);
    const qint64 source = addSource(c);
    const qint64 project = addProject(c);
    ok(ledger.receive(receipt(source, day(3, 1), 1000'00)));
    const qint64 a = ok(ledger.allocate(allocation(source, project, day(3, 10), 400'00)));
    const qint64 b = ok(ledger.allocate(allocation(source, project, day(3, 11), 400'00)));
    const qint64 paid = ok(ledger.disburse(payment(a, day(3, 20), 100'00)));
    ok(ledger.reverse(LedgerKind::Disbursement, paid, day(3, 21), QStringLiteral("冲-1"), QStringLiteral("付错")));
    ok(ledger.reverse(LedgerKind::Allocation, a, day(3, 22), QStringLiteral("冲-2"), QStringLiteral("重复拨付")));
    // The line still has 400.00 unpaid (allocation b), but allocation a is void.
    const auto before = snapshot(c);
    refused(c, ledger.disburse(payment(a, day(4, 1), 100'00)), before, "was reversed by allocation");
    const qint64 fromB = ok(ledger.disburse(payment(b, day(4, 1), 100'00, 0)));

    // Every field the entry holds, not only its amount and date.
    QStringList fields;
    QSqlQuery q(TestSql::of(*c.db));
    q.prepare(QStringLiteral("SELECT field FROM audit_log WHERE record_uuid = (SELECT uuid FROM fund_disbursement "
                             "WHERE id = ?) ORDER BY field"));
    q.addBindValue(fromB);
    REQUIRE(q.exec());
    while (q.next())
        fields << q.value(0).toString();
    CHECK(fields
        == QStringList({QStringLiteral("allocation_id"), QStringLiteral("amount_fen"), QStringLiteral("note"),
            QStringLiteral("paid_on"), QStringLiteral("payee"), QStringLiteral("project_id"),
            QStringLiteral("source_id"), QStringLiteral("voucher_no")}));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'fund_receipt' AND field = "
                                  "'source_id' AND new_value = ?"),
               {QString::number(source)})
              .toInt()
        == 1);
}

TEST_CASE("FundLedger: an entry needs a date, a voucher number, a payee and an amount")
{
    TestCounty c;
    FundLedger ledger(*c.db);
    const qint64 source = addSource(c);
    const qint64 project = addProject(c);
    ok(ledger.receive(receipt(source, day(3, 1), 1000'00)));
    const qint64 a = ok(ledger.allocate(allocation(source, project, day(3, 10), 400'00)));
    const auto before = snapshot(c);
    LedgerEntry noVoucher = receipt(source, day(3, 1), 1'00);
    noVoucher.voucherNo = QStringLiteral("  ");
    refused(c, ledger.receive(noVoucher), before, "voucher number");
    refused(c, ledger.receive(receipt(source, QDate(), 1'00)), before, "date");
    refused(c, ledger.receive(receipt(source, day(3, 1), 0)), before, "more than 0.00");
    refused(c, ledger.receive(receipt(source, day(3, 1), -5'00)), before, "more than 0.00");
    refused(c, ledger.receive(receipt(999, day(3, 1), 5'00)), before, "does not exist");
    LedgerEntry noPayee = payment(a, day(4, 1), 1'00);
    noPayee.payee.clear();
    refused(c, ledger.disburse(noPayee), before, "who the payment goes to");
    refused(c, ledger.disburse(payment(a, day(4, 1), 1'00, 999)), before, "Household 999");
}

TEST_CASE("FundLedger: the database refuses to change or delete a ledger row")
{
    TestCounty c;
    FundLedger ledger(*c.db);
    const qint64 source = addSource(c);
    const qint64 project = addProject(c);
    const qint64 r = ok(ledger.receive(receipt(source, day(3, 1), 1000'00)));
    const qint64 a = ok(ledger.allocate(allocation(source, project, day(3, 10), 400'00)));
    const qint64 p = ok(ledger.disburse(payment(a, day(4, 1), 100'00)));
    const auto before = snapshot(c);
    const QList<std::pair<QString, qint64>> statements{
        {QStringLiteral("UPDATE fund_receipt SET amount_fen = 1 WHERE id = ?"), r},
        {QStringLiteral("DELETE FROM fund_receipt WHERE id = ?"), r},
        {QStringLiteral("UPDATE fund_allocation SET allocated_on = '2020-01-01' WHERE id = ?"), a},
        {QStringLiteral("UPDATE fund_allocation SET amount_fen = 1 WHERE id = ?"), a},
        {QStringLiteral("DELETE FROM fund_allocation WHERE id = ?"), a},
        {QStringLiteral("UPDATE fund_disbursement SET payee = 'x' WHERE id = ?"), p},
        {QStringLiteral("DELETE FROM fund_disbursement WHERE id = ?"), p},
    };
    for (const auto &[sql, id] : statements) {
        QSqlQuery q(TestSql::of(*c.db));
        q.prepare(sql);
        q.addBindValue(id);
        INFO(sql.toStdString());
        CHECK_FALSE(q.exec());
    }
    // A payment's source and project are its allocation's, whoever inserts it.
    const qint64 other = addSource(c, QStringLiteral("2020年社会捐赠资金"));
    const auto beforeInsert = snapshot(c);
    QSqlQuery q(TestSql::of(*c.db));
    q.prepare(QStringLiteral("INSERT INTO fund_disbursement (uuid, allocation_id, source_id, project_id, paid_on, "
                             "amount_fen, payee, created_at, updated_at) VALUES ('x', ?, ?, ?, '2020-05-01', 1, 'x', "
                             "'', '')"));
    q.addBindValue(a);
    q.addBindValue(other);
    q.addBindValue(project);
    CHECK_FALSE(q.exec());
    CHECK(snapshot(c) == beforeInsert);
}

TEST_CASE("FundLedger: long random sequences never break the rules, and a refusal changes nothing")
{
    for (const unsigned seed : {1u, 7u, 2024u}) {
        TestCounty c;
        FundLedger ledger(*c.db);
        std::mt19937 rng(seed);
        auto below = [&](int n) { return int(rng() % unsigned(n)); };
        QList<qint64> sources, projects;
        for (int i = 0; i < 3; ++i)
            sources << addSource(c, QStringLiteral("来源%1").arg(i));
        for (int i = 0; i < 4; ++i)
            projects << addProject(c);
        int accepted = 0, rejected = 0;
        for (int op = 0; op < 1500; ++op) {
            const QDate date = day(1, 1).addDays(below(365));
            const qint64 amount = 1 + below(100'000);
            const auto before = snapshot(c);
            Result<qint64> r = Result<qint64>::failure(QStringLiteral("none"));
            const int what = below(10);
            if (what < 3) {
                r = ledger.receive(receipt(sources.at(below(3)), date, amount));
            } else if (what < 6) {
                r = ledger.allocate(allocation(sources.at(below(3)), projects.at(below(4)), date, amount));
            } else if (what < 8) {
                const qint64 count = c.scalar(QStringLiteral("SELECT count(*) FROM fund_allocation")).toLongLong();
                if (count == 0)
                    continue;
                const qint64 a = c.scalar(QStringLiteral("SELECT id FROM fund_allocation ORDER BY id LIMIT 1 OFFSET ?"),
                                      {below(int(count))})
                                     .toLongLong();
                r = ledger.disburse(payment(a, date, amount));
            } else {
                const LedgerKind kind = what == 8 ? LedgerKind::Allocation
                    : below(2)                    ? LedgerKind::Receipt
                                                  : LedgerKind::Disbursement;
                const QString table = kind == LedgerKind::Receipt ? QStringLiteral("fund_receipt")
                    : kind == LedgerKind::Allocation              ? QStringLiteral("fund_allocation")
                                                                  : QStringLiteral("fund_disbursement");
                const qint64 count = c.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
                if (count == 0)
                    continue;
                const qint64 id = c.scalar(QStringLiteral("SELECT id FROM ") + table
                                           + QStringLiteral(" ORDER BY id LIMIT 1 OFFSET ?"),
                                       {below(int(count))})
                                      .toLongLong();
                r = ledger.reverse(kind, id, date, QStringLiteral("冲"), QStringLiteral("更正"));
            }
            if (r.ok()) {
                ++accepted;
            } else {
                ++rejected;
                INFO("seed " << seed << " op " << op << ": " << r.error().toStdString());
                REQUIRE(snapshot(c) == before);
            }
        }
        INFO("seed " << seed);
        CHECK(accepted > 300);
        CHECK(rejected > 100);
        CHECK(brokenRules(c) == QStringList());
        CHECK(ledger.reconcile(day(12, 31)).value() == QStringList());
        // The totals add up to the fen to the raw rows, grouped any way.
        for (const auto by : {FundLedger::Grouping::Source, FundLedger::Grouping::Type, FundLedger::Grouping::Project,
                 FundLedger::Grouping::Division}) {
            const Result<QList<FundTotals>> totals = ledger.totals(by, day(12, 31));
            REQUIRE(totals.ok());
            qint64 allocated = 0, disbursed = 0;
            for (const FundTotals &t : totals.value()) {
                allocated += t.allocated.fen();
                disbursed += t.disbursed.fen();
                CHECK(t.allocated.fen() >= t.disbursed.fen());
                if (by == FundLedger::Grouping::Source)
                    CHECK(t.received.fen() >= t.allocated.fen());
            }
            CHECK(allocated
                == c.scalar(QStringLiteral("SELECT COALESCE(sum(amount_fen), 0) FROM fund_allocation")).toLongLong());
            CHECK(disbursed
                == c.scalar(QStringLiteral("SELECT COALESCE(sum(amount_fen), 0) FROM fund_disbursement")).toLongLong());
        }
        // The one-reading balances agree with the groupings, row by row.
        const Result<FundBalances> balances = ledger.balances(day(9, 30));
        REQUIRE(balances.ok());
        const auto sourceTotals = ledger.totals(FundLedger::Grouping::Source, day(9, 30)).value();
        const auto projectTotals = ledger.totals(FundLedger::Grouping::Project, day(9, 30)).value();
        REQUIRE(balances->sources.size() == sourceTotals.size());
        REQUIRE(balances->projects.size() == projectTotals.size());
        qint64 received = 0;
        for (int i = 0; i < sourceTotals.size(); ++i) {
            CHECK(balances->sources.at(i).received.fen() == sourceTotals.at(i).received.fen());
            CHECK(balances->sources.at(i).disbursed.fen() == sourceTotals.at(i).disbursed.fen());
            received += sourceTotals.at(i).received.fen();
        }
        for (int i = 0; i < projectTotals.size(); ++i)
            CHECK(balances->projects.at(i).allocated.fen() == projectTotals.at(i).allocated.fen());
        CHECK(balances->county.received.fen() == received);
        CHECK(received
            == c.scalar(QStringLiteral(
                            "SELECT COALESCE(sum(amount_fen), 0) FROM fund_receipt WHERE received_on <= '2020-09-30'"))
                   .toLongLong());
    }
}

TEST_CASE("FundLedger: the demo county's funds reconcile to the fen")
{
    auto db = CountyDatabase::openInMemory();
    REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
    DemoOptions options;
    options.households = 600;
    options.seed = 10;
    options.lastYear = 2024;
    const Status s = DemoGenerator::generate(*db, options);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    FundLedger ledger(*db);
    const Result<QStringList> problems = ledger.reconcile(QDate(2024, 12, 31));
    REQUIRE(problems.ok());
    CHECK(problems.value() == QStringList());
    const Result<QList<FundTotals>> sources = ledger.totals(FundLedger::Grouping::Source, QDate(2024, 12, 31));
    REQUIRE(sources.ok());
    CHECK(sources->size() > 5);
    for (const FundTotals &t : sources.value()) {
        CHECK(t.received.fen() >= t.allocated.fen());
        CHECK(t.allocated.fen() >= t.disbursed.fen());
    }
}
