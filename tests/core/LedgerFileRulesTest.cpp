// SPDX-License-Identifier: GPL-3.0-or-later
// The money rules that the county file keeps itself (schema 011), tried the way a person with the
// sqlite3 tool would: a connection of its own, no Fupin code, foreign keys and recursive triggers
// off (sqlite3's defaults). And what Fupin says about a row written past them.
#include "TestCounty.h"
#include "funds/FundLedger.h"
#include "funds/FundsKinds.h"
#include "funds/MicroloanBook.h"
#include "projects/ProjectLibrary.h"
#include "register/HouseholdRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <limits>

namespace {

// The sqlite3 tool on a copy of the county.
class Sqlite3Tool
{
public:
    Sqlite3Tool(TestCounty &c, const QTemporaryDir &dir)
    {
        m_path = dir.filePath(QStringLiteral("county.fupin"));
        c.exec(QStringLiteral("VACUUM INTO ?"), {m_path});
        REQUIRE(
            sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    }
    ~Sqlite3Tool() { sqlite3_close(m_db); }
    Sqlite3Tool(const Sqlite3Tool &) = delete;
    Sqlite3Tool &operator=(const Sqlite3Tool &) = delete;

    const QString &path() const { return m_path; }
    // SQLite's error text, empty when the statement ran.
    QString exec(const QString &sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString text = QString::fromUtf8(message ? message : "error");
        sqlite3_free(message);
        return text.isEmpty() ? QStringLiteral("error") : text;
    }
    QString value(const QString &sql)
    {
        sqlite3_stmt *stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK);
        QString v;
        if (sqlite3_step(stmt) == SQLITE_ROW)
            v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return v;
    }

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
};

struct Ledger
{
    qint64 source = 0;
    qint64 otherSource = 0;
    qint64 project = 0;
    qint64 receipt = 0;
    qint64 allocation = 0;
    qint64 reversedAllocation = 0;
    qint64 payment = 0;
};

qint64 ok(const Result<qint64> &r)
{
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

// Receipt 60,270.00 on 2020-03-01, allocations of 20,000.00 (standing) and 5,000.00 (reversed),
// a payment of 15,000.00.
Ledger fillLedger(TestCounty &c)
{
    Ledger l;
    auto source = [&](const QString &name) {
        FundSource s;
        s.name = name;
        s.typeCode = QStringLiteral("01");
        s.year = 2020;
        return ok(FundSourceRepository(*c.db).save(s));
    };
    l.source = source(QStringLiteral("2020年中央财政专项扶贫资金"));
    l.otherSource = source(QStringLiteral("2020年社会捐赠资金"));
    c.exec(QStringLiteral("INSERT INTO project (uuid, name, category_code, division_id, year, performance_target, "
                          "status, created_at, updated_at) VALUES ('p-1', '岜沙村通组公路硬化工程', '03', ?, 2020, "
                          "'解决100户出行难', 'approved', '2020-01-01', '2020-01-01')"),
        {c.village});
    l.project = c.scalar(QStringLiteral("SELECT max(id) FROM project")).toLongLong();
    FundLedger ledger(*c.db);
    LedgerEntry e;
    e.sourceId = l.source;
    e.date = QDate(2020, 3, 1);
    e.amountFen = 60'270'00;
    e.voucherNo = QStringLiteral("收-87");
    l.receipt = ok(ledger.receive(e));
    e.projectId = l.project;
    e.date = QDate(2020, 3, 10);
    e.amountFen = 20'000'00;
    e.voucherNo = QStringLiteral("拨-1");
    l.allocation = ok(ledger.allocate(e));
    e.amountFen = 5'000'00;
    l.reversedAllocation = ok(ledger.allocate(e));
    ok(ledger.reverse(LedgerKind::Allocation, l.reversedAllocation, QDate(2020, 3, 11), QStringLiteral("冲-1"),
        QStringLiteral("重复")));
    LedgerEntry p;
    p.allocationId = l.allocation;
    p.date = QDate(2020, 4, 1);
    p.amountFen = 15'000'00;
    p.payee = QStringLiteral("从江县路桥建设有限公司");
    p.voucherNo = QStringLiteral("付-1");
    l.payment = ok(ledger.disburse(p));
    return l;
}

QString receiptInsert(const Ledger &l, const QString &verb, const QString &id, qint64 fen, const char *date,
    const QString &reverses = QStringLiteral("NULL"), qint64 source = 0)
{
    return QStringLiteral("%1 INTO fund_receipt (id, uuid, source_id, received_on, amount_fen, voucher_no, "
                          "reverses_id, created_at, updated_at) VALUES (%2, 'r-%3', %4, '%5', %6, 'x', %7, '', '')")
        .arg(verb, id, QString::number(fen))
        .arg(source ? source : l.source)
        .arg(QLatin1String(date))
        .arg(fen)
        .arg(reverses);
}

} // namespace

TEST_CASE("the file refuses INSERT OR REPLACE over a row of an append-only table, whoever writes it")
{
    TestCounty c;
    const Ledger l = fillLedger(c);
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("5226331012010010001"), 1);
    const qint64 household = ok(repo.save(h));
    c.exec(QStringLiteral("INSERT INTO status_event (id, uuid, household_id, kind, event_date, created_at, "
                          "updated_at) VALUES (7, 's-7', ?, 'identify', '2014-05-01', '', '')"),
        {household});
    QTemporaryDir dir;
    Sqlite3Tool tool(c, dir);

    // Receipt 87 of 60,270.00 rewritten as 6,027,000.00 by REPLACE: refused, the row as it was.
    const QString receipt = QString::number(l.receipt);
    const QString sum = QStringLiteral("SELECT amount_fen || ':' || uuid FROM fund_receipt WHERE id = ") + receipt;
    const QString was = tool.value(sum);
    CHECK(tool.exec(receiptInsert(l, QStringLiteral("INSERT OR REPLACE"), receipt, 6'027'000'00, "2020-03-01"))
              .contains(QStringLiteral("append_only")));
    CHECK(tool.exec(QStringLiteral("REPLACE INTO fund_receipt SELECT id, uuid, source_id, received_on, amount_fen * "
                                   "100, voucher_no, reverses_id, note, created_at, updated_at, updated_by, revision "
                                   "FROM fund_receipt WHERE id = ")
                  + receipt)
              .contains(QStringLiteral("append_only")));
    CHECK(tool.value(sum) == was);

    // The same for every append-only table, by id or by uuid.
    const QStringList replaced{
        QStringLiteral("INSERT OR REPLACE INTO fund_allocation SELECT * FROM fund_allocation WHERE id = %1")
            .arg(l.allocation),
        QStringLiteral("INSERT OR REPLACE INTO fund_disbursement SELECT * FROM fund_disbursement WHERE id = %1")
            .arg(l.payment),
        QStringLiteral("INSERT OR REPLACE INTO fund_disbursement (uuid, allocation_id, source_id, project_id, "
                       "paid_on, amount_fen, payee, created_at, updated_at) SELECT uuid, allocation_id, source_id, "
                       "project_id, paid_on, 1, payee, '', '' FROM fund_disbursement WHERE id = %1")
            .arg(l.payment),
        QStringLiteral("INSERT OR REPLACE INTO status_event (id, uuid, household_id, kind, event_date, created_at, "
                       "updated_at) VALUES (7, 's-7b', %1, 'exit', '2020-05-01', '', '')")
            .arg(household),
        QStringLiteral("INSERT OR REPLACE INTO audit_log SELECT id, changed_at, 'nobody', table_name, record_uuid, "
                       "action, field, old_value, new_value FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)"),
    };
    const QString counts = QStringLiteral(
        "SELECT (SELECT group_concat(id || amount_fen) FROM fund_allocation) || (SELECT group_concat(id || amount_fen "
        "|| uuid) FROM fund_disbursement) || (SELECT group_concat(kind) FROM status_event) || (SELECT "
        "group_concat(changed_by) FROM audit_log)");
    const QString before = tool.value(counts);
    for (const QString &sql : replaced) {
        INFO(sql.toStdString());
        CHECK_FALSE(tool.exec(sql).isEmpty());
    }
    CHECK(tool.value(counts) == before);
    // Status steps and the audit log are append-only now as the ledger always was.
    CHECK_FALSE(tool.exec(QStringLiteral("UPDATE status_event SET event_date = '2015-01-01'")).isEmpty());
    CHECK_FALSE(tool.exec(QStringLiteral("DELETE FROM audit_log")).isEmpty());
    CHECK(tool.value(counts) == before);
}

TEST_CASE("the file keeps received >= allocated >= disbursed and exact reversals against raw SQL")
{
    TestCounty c;
    const Ledger l = fillLedger(c);
    QTemporaryDir dir;
    Sqlite3Tool tool(c, dir);
    const QString state = QStringLiteral(
        "SELECT (SELECT count(*) || total(amount_fen) FROM fund_receipt) || (SELECT count(*) || total(amount_fen) FROM "
        "fund_allocation) || (SELECT count(*) || total(amount_fen) FROM fund_disbursement)");
    const QString before = tool.value(state);
    auto allocate
        = [&](qint64 fen, const char *date, const QString &reverses = QStringLiteral("NULL"), qint64 source = 0) {
              return tool.exec(QStringLiteral("INSERT INTO fund_allocation (uuid, source_id, project_id, allocated_on, "
                                              "amount_fen, voucher_no, reverses_id, created_at, updated_at) VALUES "
                                              "(lower(hex(randomblob(8))), %1, %2, '%3', %4, 'x', %5, '', '')")
                                   .arg(source ? source : l.source)
                                   .arg(l.project)
                                   .arg(QLatin1String(date))
                                   .arg(fen)
                                   .arg(reverses));
          };
    auto pay = [&](qint64 allocation, qint64 fen, const char *date, const QString &reverses = QStringLiteral("NULL")) {
        return tool.exec(QStringLiteral("INSERT INTO fund_disbursement (uuid, allocation_id, source_id, project_id, "
                                        "paid_on, amount_fen, payee, reverses_id, created_at, updated_at) VALUES "
                                        "(lower(hex(randomblob(8))), %1, %2, %3, '%4', %5, 'x', %6, '', '')")
                             .arg(allocation)
                             .arg(l.source)
                             .arg(l.project)
                             .arg(QLatin1String(date))
                             .arg(fen)
                             .arg(reverses));
    };
    // 60,270.00 received, 20,000.00 allocated: 40,270.00 left, and nothing before 2020-03-01.
    CHECK(allocate(40'270'01, "2020-06-01").contains(QStringLiteral("allocated_exceeds_received")));
    CHECK(allocate(1'00, "2020-02-01").contains(QStringLiteral("allocated_exceeds_received")));
    // A receipt reversed below what was allocated from it.
    CHECK(tool.exec(receiptInsert(l, QStringLiteral("INSERT"), QStringLiteral("NULL"), -60'270'00, "2020-12-01",
                        QString::number(l.receipt)))
              .contains(QStringLiteral("allocated_exceeds_received")));
    // 20,000.00 allocated, 15,000.00 paid: 5,000.00 left on the line.
    CHECK(pay(l.allocation, 5'000'01, "2020-06-01").contains(QStringLiteral("disbursed_exceeds_allocated")));
    CHECK(pay(l.allocation, 1'00, "2020-03-05").contains(QStringLiteral("disbursed_exceeds_allocated")));
    CHECK(allocate(-20'000'00, "2020-06-01", QString::number(l.allocation))
              .contains(QStringLiteral("disbursed_exceeds_allocated")));
    // No payment out of a reversed allocation, whatever the line holds.
    CHECK(pay(l.reversedAllocation, 1'00, "2020-06-01").contains(QStringLiteral("fund_allocation_reversed")));
    // A reversal is exactly the negated amount, on the same line, once, dated no earlier.
    CHECK(tool.exec(receiptInsert(l, QStringLiteral("INSERT"), QStringLiteral("NULL"), -1'00, "2020-12-01",
                        QString::number(l.receipt)))
              .contains(QStringLiteral("reversal_not_exact")));
    CHECK_FALSE(tool.exec(receiptInsert(l, QStringLiteral("INSERT"), QStringLiteral("NULL"), -60'270'00, "2020-12-01",
                              QString::number(l.receipt), l.otherSource))
                    .isEmpty());
    CHECK_FALSE(tool.exec(receiptInsert(l, QStringLiteral("INSERT"), QStringLiteral("NULL"), -60'270'00, "2020-02-01",
                              QString::number(l.receipt)))
                    .isEmpty());
    CHECK(pay(l.allocation, -14'000'00, "2020-06-01", QString::number(l.payment))
              .contains(QStringLiteral("reversal_not_exact")));
    CHECK_FALSE(allocate(-5'000'00, "2020-06-01", QString::number(l.reversedAllocation)).isEmpty()); // twice
    // Amounts out of bounds, either way.
    CHECK(tool.exec(receiptInsert(l, QStringLiteral("INSERT"), QStringLiteral("NULL"),
                        std::numeric_limits<qint64>::max(), "2020-12-01"))
              .contains(QStringLiteral("amount_out_of_bounds")));
    CHECK(tool.value(state) == before);

    // What the rules allow, another tool may write.
    CHECK(pay(l.allocation, 5'000'00, "2020-06-01") == QString());
    CHECK(
        tool.exec(receiptInsert(l, QStringLiteral("INSERT"), QStringLiteral("NULL"), 1'00, "2020-12-01")) == QString());
}

TEST_CASE("the file keeps the loans' rules against raw SQL")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("5226331012010010001"), 1);
    const qint64 household = ok(repo.save(h));
    Microloan loan;
    loan.householdId = household;
    loan.memberId = c.scalar(QStringLiteral("SELECT id FROM member WHERE household_id = ? ORDER BY position LIMIT 1"),
                         {household})
                        .toLongLong();
    loan.bank = QStringLiteral("从江县农村信用合作联社");
    loan.amountFen = 10'000'00;
    loan.loanDate = QDate(2020, 6, 1);
    loan.termMonths = 12;
    loan.purposeCode = QStringLiteral("breeding");
    MicroloanBook book(*c.db);
    const qint64 id = ok(book.save(loan));
    const qint64 paid = ok(book.repay(id, QDate(2021, 1, 1), Money::fromFen(6'000'00)));
    QTemporaryDir dir;
    Sqlite3Tool tool(c, dir);
    const QString state = QStringLiteral("SELECT (SELECT group_concat(amount_fen || loan_date) FROM microloan) || "
                                         "(SELECT count(*) || total(amount_fen) FROM loan_event)");
    const QString before = tool.value(state);
    auto event = [&](qint64 fen, const QString &reverses = QStringLiteral("NULL"),
                     const QString &kind = QStringLiteral("repayment")) {
        return tool.exec(QStringLiteral("INSERT INTO loan_event (uuid, loan_id, kind, event_date, amount_fen, "
                                        "reverses_id, created_at) VALUES (lower(hex(randomblob(8))), %1, '%2', "
                                        "'2021-02-01', %3, %4, '')")
                             .arg(id)
                             .arg(kind)
                             .arg(fen)
                             .arg(reverses));
    };
    CHECK(event(4'000'01).contains(QStringLiteral("loan_outstanding_negative")));
    CHECK(event(-5'000'00, QString::number(paid)).contains(QStringLiteral("loan_reversal_not_exact")));
    CHECK(event(-6'000'00, QString::number(paid), QStringLiteral("subsidy"))
              .contains(QStringLiteral("loan_reversal_not_exact")));
    CHECK(tool.exec(QStringLiteral("UPDATE microloan SET amount_fen = 5000000")).contains(QStringLiteral("fixed")));
    CHECK(tool.exec(QStringLiteral("UPDATE microloan SET loan_date = '2020-01-01'")).contains(QStringLiteral("fixed")));
    CHECK(tool.exec(QStringLiteral("INSERT OR REPLACE INTO microloan SELECT * FROM microloan"))
              .contains(QStringLiteral("fixed")));
    CHECK_FALSE(tool.exec(QStringLiteral("INSERT OR REPLACE INTO loan_event SELECT * FROM loan_event")).isEmpty());
    CHECK(tool.exec(QStringLiteral("INSERT OR REPLACE INTO loan_event (id, uuid, loan_id, kind, event_date, "
                                   "amount_fen, created_at) SELECT id, uuid, loan_id, 'extension', event_date, 0, '' "
                                   "FROM loan_event"))
              .contains(QStringLiteral("append_only")));
    CHECK(tool.value(state) == before);
    // The exact reversal is what the file allows; then the amount may change.
    CHECK(event(-6'000'00, QString::number(paid)) == QString());
    CHECK(tool.exec(QStringLiteral("UPDATE microloan SET amount_fen = 5000000")) == QString());
}

TEST_CASE("an amount written past the file's rules is named in words, and no sum overflows")
{
    TestCounty c;
    const Ledger l = fillLedger(c);
    // Someone dropped the bound and wrote the largest integer SQLite holds.
    c.exec(QStringLiteral("DROP TRIGGER fund_receipt_amount_bound"));
    c.exec(QStringLiteral("INSERT INTO fund_receipt (id, uuid, source_id, received_on, amount_fen, voucher_no, "
                          "created_at, updated_at) VALUES (90, 'big', ?, '2020-05-01', 9223372036854775807, 'x', '', "
                          "'')"),
        {l.source});
    FundLedger ledger(*c.db);
    auto named = [](const QString &error) {
        INFO(error.toStdString());
        CHECK(error.contains(QStringLiteral("fund_receipt")));
        CHECK(error.contains(QStringLiteral("row 90")));
        CHECK(error.contains(QStringLiteral("9223372036854775807")));
        CHECK_FALSE(error.contains(QStringLiteral("overflow")));
        CHECK_FALSE(error.contains(QStringLiteral("database error")));
    };
    const Result<FundBalances> balances = ledger.balances(QDate(2020, 12, 31));
    REQUIRE_FALSE(balances.ok());
    named(balances.error());
    const Result<QList<FundTotals>> bySource = ledger.totals(FundLedger::Grouping::Type, QDate(2020, 12, 31));
    REQUIRE_FALSE(bySource.ok());
    named(bySource.error());
    const Result<QStringList> reconciled = ledger.reconcile(QDate(2020, 12, 31));
    REQUIRE_FALSE(reconciled.ok());
    named(reconciled.error());
    // An entry that needs the source's balance is refused with the same words.
    LedgerEntry e;
    e.sourceId = l.source;
    e.projectId = l.project;
    e.date = QDate(2020, 6, 1);
    e.amountFen = 1'00;
    e.voucherNo = QStringLiteral("拨-2");
    const Result<qint64> allocated = ledger.allocate(e);
    REQUIRE_FALSE(allocated.ok());
    named(allocated.error());
    // Only the bad row's sums: a total by household, which does not read receipts, still works.
    CHECK(ledger.totals(FundLedger::Grouping::Household, QDate(2020, 12, 31)).ok());

    // The project library's sums of allocations, as the notices read them.
    c.exec(QStringLiteral("DROP TRIGGER fund_allocation_amount_bound"));
    c.exec(QStringLiteral("DROP TRIGGER fund_allocation_within_received"));
    c.exec(QStringLiteral("INSERT INTO fund_allocation (uuid, source_id, project_id, allocated_on, amount_fen, "
                          "voucher_no, created_at, updated_at) VALUES ('big-a', ?, ?, '2020-05-01', "
                          "9223372036854775000, 'x', '', '')"),
        {l.source, l.project});
    const Result<QList<ProjectRow>> projects = ProjectLibrary(*c.db).list();
    REQUIRE_FALSE(projects.ok());
    named(projects.error());
}
