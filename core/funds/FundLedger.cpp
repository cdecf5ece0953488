// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/FundLedger.h"

#include "accounts/AccessPolicy.h"
#include "accounts/ReadScope.h"
#include "common/Money.h"
#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "db/RecordStamp.h"
#include "db/RecordStore.h"
#include "db/RecordWriter.h"
#include "db/SqliteReader.h"
#include "funds/AmountBounds.h"
#include "funds/FundsKinds.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <optional>

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString yuan(qint64 fen)
{
    return Money::fromFen(fen).toString();
}

// Appends an entry through the record machinery, under its kind's rule: uuid, stamps and audit.
template <typename T> Result<qint64> appendRow(const CountyDatabase &db, RecordWriter &w, T &row)
{
    if (Status s = AccessPolicy::checkWrite<T>(db, RecordStore::householdOf(row)); !s)
        return Result<qint64>::failure(s.error());
    if (Status s = RecordStore::insertRow(w, row); !s)
        return Result<qint64>::failure(s.error());
    return row.meta.id;
}

// The statuses a project may receive and pay out funds in: approved and after, not cancelled.
bool fundable(const QString &status)
{
    static const QStringList Statuses{QStringLiteral("approved"), QStringLiteral("tendering"),
        QStringLiteral("in_progress"), QStringLiteral("completed"), QStringLiteral("accepted"),
        QStringLiteral("announced")};
    return Statuses.contains(status);
}

// Net amounts by date of one balance (a source's received less allocated, a project's allocated
// less disbursed), ordered by date.
using Deltas = QList<std::pair<QString, qint64>>;

const QString SourceDeltas = QStringLiteral(
    "SELECT d, SUM(v) FROM (SELECT received_on AS d, amount_fen AS v FROM fund_receipt WHERE source_id = ?1 "
    "UNION ALL SELECT allocated_on, -amount_fen FROM fund_allocation WHERE source_id = ?1) GROUP BY d ORDER BY d");
const QString ProjectDeltas = QStringLiteral(
    "SELECT d, SUM(v) FROM (SELECT allocated_on AS d, amount_fen AS v FROM fund_allocation WHERE project_id = ?1 "
    "UNION ALL SELECT paid_on, -amount_fen FROM fund_disbursement WHERE project_id = ?1) GROUP BY d ORDER BY d");
const QString LineDeltas = QStringLiteral(
    "SELECT d, SUM(v) FROM (SELECT allocated_on AS d, amount_fen AS v FROM fund_allocation WHERE project_id = ?1 "
    "AND source_id = ?2 UNION ALL SELECT paid_on, -amount_fen FROM fund_disbursement WHERE project_id = ?1 AND "
    "source_id = ?2) GROUP BY d ORDER BY d");

Result<Deltas> readDeltas(sqlite3 *db, const QString &sql, qint64 first, qint64 second = 0)
{
    SqliteReader s(db, sql);
    s.bind(1, first);
    if (second)
        s.bind(2, second);
    Deltas deltas;
    while (s.step())
        deltas.append({s.text(0), s.integer(1)});
    if (!s.error().isEmpty())
        return Result<Deltas>::failure(AmountBounds::explain(db, s.error()));
    return deltas;
}

// The lowest the balance stands at the end of `from` or of any later day; nothing when a sum
// would overflow (only rows out of bounds can make it).
std::optional<qint64> lowestFrom(const Deltas &deltas, const QString &from)
{
    qint64 running = 0;
    std::optional<qint64> lowest;
    for (const auto &[day, delta] : deltas) {
        if (day > from && !lowest)
            lowest = running;
        if (!AmountBounds::add(running, delta))
            return std::nullopt;
        if (day > from)
            lowest = std::min(*lowest, running);
    }
    return lowest.value_or(running);
}

QString asOfText(const QDate &asOf)
{
    return iso(asOf.isValid() ? asOf : QDate::currentDate());
}

} // namespace

FundLedger::FundLedger(CountyDatabase &db) : m_db(db)
{ }

QString FundLedger::kindName(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Receipt:
        return tr("Receipt");
    case LedgerKind::Allocation:
        return tr("Allocation");
    case LedgerKind::Disbursement:
        break;
    }
    return tr("Disbursement");
}

Result<qint64> FundLedger::receive(const LedgerEntry &entry)
{
    LedgerEntry e = entry;
    e.kind = LedgerKind::Receipt;
    e.reversesId = 0;
    return append(e);
}

Result<qint64> FundLedger::allocate(const LedgerEntry &entry)
{
    LedgerEntry e = entry;
    e.kind = LedgerKind::Allocation;
    e.reversesId = 0;
    return append(e);
}

Result<qint64> FundLedger::disburse(const LedgerEntry &entry)
{
    LedgerEntry e = entry;
    e.kind = LedgerKind::Disbursement;
    e.reversesId = 0;
    return append(e);
}

Result<qint64> FundLedger::reverse(
    LedgerKind kind, qint64 entryId, const QDate &date, const QString &voucherNo, const QString &reason)
{
    using R = Result<qint64>;
    const Result<LedgerEntry> original = entry(kind, entryId);
    if (!original)
        return R::failure(original.error());
    if (original->reversesId)
        return R::failure(tr("%1 %2 is itself a reversal and cannot be reversed; enter the correct entry anew.")
                              .arg(kindName(kind))
                              .arg(entryId));
    if (original->reversedById)
        return R::failure(tr("%1 %2 has already been reversed by entry %3.")
                              .arg(kindName(kind))
                              .arg(entryId)
                              .arg(original->reversedById));
    if (reason.trimmed().isEmpty())
        return R::failure(tr("Give the reason for reversing %1 %2.").arg(kindName(kind)).arg(entryId));
    if (date.isValid() && date < original->date)
        return R::failure(tr("A reversal cannot be dated before the entry it reverses (%1).").arg(iso(original->date)));
    LedgerEntry e = original.value();
    e.id = 0;
    e.reversedById = 0;
    e.reversesId = entryId;
    e.amountFen = -original->amountFen;
    e.date = date;
    e.voucherNo = voucherNo;
    e.note = reason.trimmed();
    return append(e);
}

Result<qint64> FundLedger::append(LedgerEntry e)
{
    using R = Result<qint64>;
    e.voucherNo = e.voucherNo.trimmed();
    e.payee = e.payee.trimmed();
    e.note = e.note.trimmed();
    if (!e.date.isValid())
        return R::failure(tr("Enter the date of the %1.").arg(kindName(e.kind).toLower()));
    if (e.voucherNo.isEmpty())
        return R::failure(tr("Enter the voucher number (凭证号) of the %1.").arg(kindName(e.kind).toLower()));
    if (!e.reversesId && e.amountFen <= 0)
        return R::failure(tr("The amount of a %1 must be more than 0.00 yuan.").arg(kindName(e.kind).toLower()));
    if (!AmountBounds::within(e.amountFen))
        return R::failure(tr("The amount of a %1 can be at most %2 yuan.")
                              .arg(kindName(e.kind).toLower(), yuan(AmountBounds::MaxFen)));

    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    sqlite3 *db = m_db.handle();
    auto exists = [&](const QString &sql, qint64 id) {
        SqliteReader s(db, sql);
        s.bind(1, id);
        return s.step();
    };
    if (e.kind == LedgerKind::Disbursement) {
        SqliteReader s(db,
            QStringLiteral("SELECT a.source_id, a.project_id, a.allocated_on, a.reverses_id, (SELECT x.id FROM "
                           "fund_allocation x WHERE x.reverses_id = a.id) FROM fund_allocation a WHERE a.id = ?1"));
        s.bind(1, e.allocationId);
        if (!s.step())
            return R::failure(tr("Allocation %1 does not exist; a payment is made out of an allocation to a project.")
                                  .arg(e.allocationId));
        if (!s.isNull(3))
            return R::failure(tr("Allocation %1 is a reversal; pay out of the allocation itself.").arg(e.allocationId));
        // A reversed allocation is void: nothing more is paid out of it (its payments may be reversed).
        if (!e.reversesId && !s.isNull(4))
            return R::failure(tr("Refused: allocation %1 was reversed by allocation %2, so no payment can be made out "
                                 "of it. Pay out of a standing allocation to the project.")
                                  .arg(e.allocationId)
                                  .arg(s.integer(4)));
        e.sourceId = s.integer(0);
        e.projectId = s.integer(1);
        if (!e.reversesId && iso(e.date) < s.text(2))
            return R::failure(
                tr("A payment cannot be dated before the allocation it is paid from (%1).").arg(s.text(2)));
        if (e.payee.isEmpty())
            return R::failure(tr("Enter who the payment goes to (a household or a contractor)."));
        if (e.householdId && !exists(QStringLiteral("SELECT 1 FROM household WHERE id = ?1"), e.householdId))
            return R::failure(tr("Household %1 does not exist.").arg(e.householdId));
    }
    if (e.kind != LedgerKind::Disbursement
        && !exists(QStringLiteral("SELECT 1 FROM fund_source WHERE id = ?1"), e.sourceId))
        return R::failure(tr("Fund source %1 does not exist.").arg(e.sourceId));
    if (e.kind != LedgerKind::Receipt) {
        SqliteReader s(db, QStringLiteral("SELECT status, name FROM project WHERE id = ?1"));
        s.bind(1, e.projectId);
        if (!s.step())
            return R::failure(tr("Project %1 does not exist.").arg(e.projectId));
        // Money goes back from any project, but goes to approved projects only.
        if (!e.reversesId && !fundable(s.text(0)))
            return R::failure(tr("The project \"%1\" is %2: funds are allocated to and paid for approved projects "
                                 "only, and never for cancelled ones.")
                                  .arg(s.text(1), s.text(0)));
    }
    if (Status s = checkEffect(e); !s)
        return R::failure(s.error());

    RecordWriter w(m_db.sql(), m_db.currentUser());
    w.setHousehold(e.householdId);
    Result<qint64> id = R::failure(QString());
    switch (e.kind) {
    case LedgerKind::Receipt: {
        FundReceiptRow row{{}, e.sourceId, e.date, e.amountFen, e.voucherNo, e.reversesId, e.note};
        id = appendRow(m_db, w, row);
        break;
    }
    case LedgerKind::Allocation: {
        FundAllocationRow row{{}, e.sourceId, e.projectId, e.date, e.amountFen, e.voucherNo, e.reversesId, e.note};
        id = appendRow(m_db, w, row);
        break;
    }
    case LedgerKind::Disbursement: {
        FundDisbursementRow row{{}, e.allocationId, e.sourceId, e.projectId, e.date, e.payee, e.householdId,
            e.amountFen, e.voucherNo, e.reversesId, e.note};
        id = appendRow(m_db, w, row);
        break;
    }
    }
    if (!id)
        return id;
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status FundLedger::checkEffect(const LedgerEntry &e) const
{
    sqlite3 *db = m_db.handle();
    const QString day = iso(e.date);
    // How much a balance may fall from `day` on without going below zero on any day.
    auto headroom = [&](const QString &sql, qint64 first, qint64 second) -> Result<qint64> {
        const Result<Deltas> d = readDeltas(db, sql, first, second);
        if (!d)
            return Result<qint64>::failure(d.error());
        const std::optional<qint64> lowest = lowestFrom(d.value(), day);
        if (!lowest)
            return Result<qint64>::failure(AmountBounds::explain(db, tr("The ledger's sums overflow.")));
        return *lowest;
    };
    auto sourceName = [&](qint64 id) {
        SqliteReader s(db, QStringLiteral("SELECT name FROM fund_source WHERE id = ?1"));
        s.bind(1, id);
        return s.step() ? s.text(0) : QString::number(id);
    };
    auto projectName = [&](qint64 id) {
        SqliteReader s(db, QStringLiteral("SELECT name FROM project WHERE id = ?1"));
        s.bind(1, id);
        return s.step() ? s.text(0) : QString::number(id);
    };
    const bool lowersSource
        = (e.kind == LedgerKind::Receipt && e.amountFen < 0) || (e.kind == LedgerKind::Allocation && e.amountFen > 0);
    const bool lowersProject = (e.kind == LedgerKind::Allocation && e.amountFen < 0)
        || (e.kind == LedgerKind::Disbursement && e.amountFen > 0);
    const qint64 by = std::abs(e.amountFen);
    if (lowersSource) {
        const Result<qint64> room = headroom(SourceDeltas, e.sourceId, 0);
        if (!room)
            return Status::failure(room.error());
        if (room.value() < by)
            return Status::failure(
                tr("Refused: allocated would exceed received for the fund source \"%1\". From %2 "
                   "on, at most %3 yuan of it is unallocated, and this needs %4 yuan.")
                    .arg(sourceName(e.sourceId), day, yuan(std::max<qint64>(0, room.value())), yuan(by)));
    }
    if (lowersProject) {
        const Result<qint64> room = headroom(ProjectDeltas, e.projectId, 0);
        if (!room)
            return Status::failure(room.error());
        if (room.value() < by)
            return Status::failure(
                tr("Refused: disbursed would exceed allocated for the project \"%1\". From %2 on, "
                   "at most %3 yuan of its allocations is unpaid, and this needs %4 yuan.")
                    .arg(projectName(e.projectId), day, yuan(std::max<qint64>(0, room.value())), yuan(by)));
        const Result<qint64> line = headroom(LineDeltas, e.projectId, e.sourceId);
        if (!line)
            return Status::failure(line.error());
        if (line.value() < by)
            return Status::failure(tr("Refused: disbursed would exceed what the fund source \"%1\" allocated to the "
                                      "project \"%2\". From %3 on, at most %4 yuan of it is unpaid, and this needs "
                                      "%5 yuan.")
                                       .arg(sourceName(e.sourceId), projectName(e.projectId), day,
                                           yuan(std::max<qint64>(0, line.value())), yuan(by)));
    }
    return {};
}

Result<LedgerEntry> FundLedger::entry(LedgerKind kind, qint64 id) const
{
    // A payment to a household outside the acting account's villages is refused naming the
    // village, not reported missing (read() leaves it out).
    if (kind == LedgerKind::Disbursement) {
        SqliteReader s(m_db.handle(), QStringLiteral("SELECT household_id FROM fund_disbursement WHERE id = ?"));
        s.bind(1, id);
        if (s.step() && s.integer(0) != 0) {
            if (Status allowed = AccessPolicy::checkReadHousehold(m_db, s.integer(0)); !allowed)
                return Result<LedgerEntry>::failure(allowed.error());
        }
    }
    Result<QList<LedgerEntry>> found = read(kind, 0, 0, 0, {}, id);
    if (!found)
        return Result<LedgerEntry>::failure(found.error());
    if (found->isEmpty())
        return Result<LedgerEntry>::failure(tr("%1 %2 does not exist.").arg(kindName(kind)).arg(id));
    return found->first();
}

Result<QList<LedgerEntry>> FundLedger::entries(
    LedgerKind kind, qint64 sourceId, qint64 projectId, qint64 householdId, const QDate &asOf) const
{
    return read(kind, sourceId, projectId, householdId, asOf, 0);
}

Result<QList<LedgerEntry>> FundLedger::read(
    LedgerKind kind, qint64 sourceId, qint64 projectId, qint64 householdId, const QDate &asOf, qint64 id) const
{
    QString sql;
    switch (kind) {
    case LedgerKind::Receipt:
        sql = QStringLiteral(
            "SELECT t.id, t.source_id, 0, 0, 0, t.received_on, t.amount_fen, t.voucher_no, '', t.note, t.reverses_id, "
            "(SELECT x.id FROM fund_receipt x WHERE x.reverses_id = t.id), t.updated_by, coalesce(t.created_at, "
            "t.updated_at) "
            "FROM fund_receipt t WHERE (?1 = 0 OR t.source_id = ?1) AND ?2 = 0 AND ?3 = 0 "
            "AND (?4 = '' OR t.received_on <= ?4) AND (?5 = 0 OR t.id = ?5) ORDER BY t.received_on, t.id");
        break;
    case LedgerKind::Allocation:
        sql = QStringLiteral(
            "SELECT t.id, t.source_id, t.project_id, 0, 0, t.allocated_on, t.amount_fen, t.voucher_no, '', t.note, "
            "t.reverses_id, (SELECT x.id FROM fund_allocation x WHERE x.reverses_id = t.id), t.updated_by, "
            "coalesce(t.created_at, t.updated_at) FROM fund_allocation t WHERE (?1 = 0 OR t.source_id = ?1) AND (?2 = "
            "0 OR t.project_id = ?2) "
            "AND ?3 = 0 AND (?4 = '' OR t.allocated_on <= ?4) AND (?5 = 0 OR t.id = ?5) ORDER BY t.allocated_on, t.id");
        break;
    case LedgerKind::Disbursement:
        sql = QStringLiteral(
            "SELECT t.id, t.source_id, t.project_id, t.allocation_id, t.household_id, t.paid_on, t.amount_fen, "
            "t.voucher_no, t.payee, t.note, t.reverses_id, (SELECT x.id FROM fund_disbursement x WHERE x.reverses_id = "
            "t.id), t.updated_by, coalesce(t.created_at, t.updated_at) FROM fund_disbursement t JOIN fund_allocation a "
            "ON a.id = "
            "t.allocation_id "
            "WHERE (?1 = 0 OR a.source_id = ?1) AND (?2 = 0 OR a.project_id = ?2) AND (?3 = 0 OR t.household_id = ?3) "
            "AND (?4 = '' OR t.paid_on <= ?4) AND (?5 = 0 OR t.id = ?5)");
        // A payment to a household names it: outside the acting account's villages it is left out
        // (AccessPolicy's read scope). Payments to contractors are county data and stay.
        if (const Result<ReadScope> scope = AccessPolicy::readScope(m_db); !scope)
            return Result<QList<LedgerEntry>>::failure(scope.error());
        else if (!scope->isCountyWide())
            sql += QStringLiteral(" AND (t.household_id IS NULL OR EXISTS (SELECT 1 FROM household h WHERE h.id = "
                                  "t.household_id")
                + scope->andVillageIn(QStringLiteral("h.village_id")) + QStringLiteral("))");
        sql += QStringLiteral(" ORDER BY t.paid_on, t.id");
        break;
    }
    SqliteReader s(m_db.handle(), sql);
    s.bind(1, sourceId);
    s.bind(2, projectId);
    s.bind(3, householdId);
    s.bind(4, asOf.isValid() ? iso(asOf) : QString(QLatin1String("")));
    s.bind(5, id);
    QList<LedgerEntry> rows;
    while (s.step()) {
        LedgerEntry e;
        e.kind = kind;
        e.id = s.integer(0);
        e.sourceId = s.integer(1);
        e.projectId = s.integer(2);
        e.allocationId = s.integer(3);
        e.householdId = s.integer(4);
        e.date = QDate::fromString(s.text(5), Qt::ISODate);
        e.amountFen = s.integer(6);
        e.voucherNo = s.text(7);
        e.payee = s.text(8);
        e.note = s.text(9);
        e.reversesId = s.integer(10);
        e.reversedById = s.integer(11);
        e.enteredBy = s.text(12);
        e.enteredAt = s.timeText(13);
        rows.append(std::move(e));
    }
    if (!s.error().isEmpty())
        return Result<QList<LedgerEntry>>::failure(s.error());
    return rows;
}

// Per source received, and per (source, project) line allocated and disbursed, as of the end of a
// day: three scans of covering indexes, from which every grouping is summed.
struct FundLedger::Sums
{
    QHash<qint64, qint64> received;
    QHash<std::pair<qint64, qint64>, std::pair<qint64, qint64>> lines;
    QHash<qint64, qint64> households;
};

Result<FundLedger::Sums> FundLedger::readSums(const QDate &asOf, bool households) const
{
    sqlite3 *db = m_db.handle();
    const QString day = asOfText(asOf);
    Sums sums;
    QString error;
    bool bounded = true;
    // Each query ends with its rows' smallest and largest amounts: a row out of bounds (written
    // past the file's rules) is named instead of summed.
    auto read = [&](const QString &sql, int minColumn, auto &&each) {
        SqliteReader s(db, sql);
        s.bind(1, day);
        while (s.step()) {
            if (!AmountBounds::within(s.integer(minColumn)) || !AmountBounds::within(s.integer(minColumn + 1)))
                bounded = false;
            else if (!each(s))
                bounded = false;
        }
        if (!s.error().isEmpty() && error.isEmpty())
            error = s.error();
    };
    if (households) {
        // Households outside the acting account's villages are left out (AccessPolicy's read scope).
        const Result<ReadScope> scope = AccessPolicy::readScope(m_db);
        if (!scope)
            return Result<Sums>::failure(scope.error());
        const QString inScope = scope->isCountyWide()
            ? QString()
            : QStringLiteral(" AND EXISTS (SELECT 1 FROM household h WHERE h.id = household_id")
                + scope->andVillageIn(QStringLiteral("h.village_id")) + u')';
        read(QStringLiteral("SELECT household_id, SUM(amount_fen), MIN(amount_fen), MAX(amount_fen) FROM "
                            "fund_disbursement WHERE household_id IS NOT NULL AND paid_on <= ?1")
                + inScope + QStringLiteral(" GROUP BY household_id"),
            2, [&](SqliteReader &s) { return AmountBounds::add(sums.households[s.integer(0)], s.integer(1)); });
    } else {
        read(QStringLiteral("SELECT source_id, SUM(amount_fen), MIN(amount_fen), MAX(amount_fen) FROM fund_receipt "
                            "WHERE received_on <= ?1 GROUP BY source_id"),
            2, [&](SqliteReader &s) { return AmountBounds::add(sums.received[s.integer(0)], s.integer(1)); });
        read(QStringLiteral("SELECT source_id, project_id, SUM(amount_fen), MIN(amount_fen), MAX(amount_fen) FROM "
                            "fund_allocation WHERE allocated_on <= ?1 GROUP BY source_id, project_id"),
            3, [&](SqliteReader &s) {
                return AmountBounds::add(sums.lines[{s.integer(0), s.integer(1)}].first, s.integer(2));
            });
        read(QStringLiteral("SELECT source_id, project_id, SUM(amount_fen), MIN(amount_fen), MAX(amount_fen) FROM "
                            "fund_disbursement WHERE paid_on <= ?1 GROUP BY project_id, source_id"),
            3, [&](SqliteReader &s) {
                return AmountBounds::add(sums.lines[{s.integer(0), s.integer(1)}].second, s.integer(2));
            });
    }
    if (!error.isEmpty() || !bounded)
        return Result<Sums>::failure(
            AmountBounds::explain(db, error.isEmpty() ? tr("The ledger's sums overflow.") : error));
    return sums;
}

Result<QList<FundTotals>> FundLedger::group(Grouping by, const Sums &sums) const
{
    using R = Result<QList<FundTotals>>;
    sqlite3 *db = m_db.handle();
    const QString name = CodeLists::chineseNames() ? QStringLiteral("name_zh") : QStringLiteral("name_en");
    QString error;
    // Small lookups: source, project or household id → (group key, group label).
    auto groupsOf = [&](const QString &sql) {
        QHash<qint64, std::pair<QString, QString>> map;
        SqliteReader s(db, sql);
        while (s.step())
            map.insert(s.integer(0), {s.text(1), s.text(2)});
        if (!s.error().isEmpty() && error.isEmpty())
            error = s.error();
        return map;
    };
    QHash<qint64, std::pair<QString, QString>> groups;
    switch (by) {
    case Grouping::Source:
        groups = groupsOf(QStringLiteral("SELECT id, id, name FROM fund_source"));
        break;
    case Grouping::Type:
        groups
            = groupsOf(QStringLiteral("SELECT s.id, s.type_code, COALESCE(c.%1, s.type_code) FROM fund_source s "
                                      "LEFT JOIN code_item c ON c.list = 'fund_source_type' AND c.code = s.type_code")
                           .arg(name));
        break;
    case Grouping::Form:
        groups = groupsOf(QStringLiteral("SELECT s.id, COALESCE(u.form_code, ''), COALESCE(c.%1, u.form_code, '') FROM "
                                         "fund_source s LEFT JOIN assistance_unit u ON u.id = s.assistance_unit_id "
                                         "LEFT JOIN code_item c ON c.list = 'assistance_form' AND c.code = u.form_code")
                              .arg(name));
        break;
    case Grouping::Unit:
        groups = groupsOf(QStringLiteral("SELECT s.id, COALESCE(u.id, 0), COALESCE(u.name, '') FROM fund_source s "
                                         "LEFT JOIN assistance_unit u ON u.id = s.assistance_unit_id"));
        break;
    case Grouping::Project:
        groups = groupsOf(QStringLiteral("SELECT id, id, name FROM project"));
        break;
    case Grouping::Division:
        groups = groupsOf(QStringLiteral("SELECT p.id, COALESCE(v.id, 0), COALESCE(v.name, '') FROM project p LEFT "
                                         "JOIN division v ON v.id = p.division_id"));
        break;
    case Grouping::Household:
        groups = groupsOf(QStringLiteral("SELECT id, id, code FROM household"));
        break;
    }
    if (!error.isEmpty())
        return R::failure(error);

    std::map<QString, FundTotals> totals;
    bool overflow = false;
    auto add = [&](Money &sum, qint64 fen) { overflow = !AmountBounds::add(sum, fen) || overflow; };
    auto at = [&](qint64 id) -> FundTotals & {
        const auto g = groups.value(id, {QString::number(id), QString()});
        FundTotals &t = totals[g.first];
        t.key = g.first;
        t.label = g.second;
        return t;
    };
    const bool bySource
        = by == Grouping::Source || by == Grouping::Type || by == Grouping::Form || by == Grouping::Unit;
    if (by == Grouping::Household) {
        for (auto it = sums.households.cbegin(); it != sums.households.cend(); ++it)
            add(at(it.key()).disbursed, it.value());
    } else {
        if (bySource) {
            for (auto it = sums.received.cbegin(); it != sums.received.cend(); ++it)
                add(at(it.key()).received, it.value());
        }
        for (auto it = sums.lines.cbegin(); it != sums.lines.cend(); ++it) {
            FundTotals &t = at(bySource ? it.key().first : it.key().second);
            add(t.allocated, it.value().first);
            add(t.disbursed, it.value().second);
        }
    }
    if (overflow)
        return R::failure(AmountBounds::explain(db, tr("The ledger's sums overflow.")));
    QList<FundTotals> rows;
    rows.reserve(qsizetype(totals.size()));
    for (auto &[key, t] : totals) {
        if (t.label.isEmpty())
            t.label = by == Grouping::Form || by == Grouping::Unit ? tr("(no assistance unit)") : key;
        rows.append(std::move(t));
    }
    // Ids sort as numbers, codes as text.
    std::sort(rows.begin(), rows.end(), [](const FundTotals &a, const FundTotals &b) {
        bool okA = false, okB = false;
        const qint64 x = a.key.toLongLong(&okA), y = b.key.toLongLong(&okB);
        return okA && okB ? x < y : a.key < b.key;
    });
    return rows;
}

Result<QList<FundTotals>> FundLedger::totals(Grouping by, const QDate &asOf) const
{
    const Result<Sums> sums = readSums(asOf, by == Grouping::Household);
    if (!sums)
        return Result<QList<FundTotals>>::failure(sums.error());
    return group(by, sums.value());
}

Result<FundBalances> FundLedger::balances(const QDate &asOf) const
{
    using R = Result<FundBalances>;
    const Result<Sums> sums = readSums(asOf, false);
    if (!sums)
        return R::failure(sums.error());
    Result<QList<FundTotals>> sources = group(Grouping::Source, sums.value());
    Result<QList<FundTotals>> projects = group(Grouping::Project, sums.value());
    if (!sources || !projects)
        return R::failure(!sources ? sources.error() : projects.error());
    FundBalances b;
    b.sources = std::move(sources).value();
    b.projects = std::move(projects).value();
    bool overflow = false;
    for (const FundTotals &t : std::as_const(b.sources)) {
        overflow = !AmountBounds::add(b.county.received, t.received) || overflow;
        overflow = !AmountBounds::add(b.county.allocated, t.allocated) || overflow;
        overflow = !AmountBounds::add(b.county.disbursed, t.disbursed) || overflow;
    }
    if (overflow)
        return R::failure(AmountBounds::explain(m_db.handle(), tr("The ledger's sums overflow.")));
    return b;
}

Result<QStringList> FundLedger::reconcile(const QDate &asOf) const
{
    using R = Result<QStringList>;
    const QString day = asOfText(asOf);
    QStringList problems;
    // One pass per rule over the day-by-day sums, ordered by the balance they belong to.
    auto walk = [&](const QString &sql, auto &&describe) -> Status {
        SqliteReader s(m_db.handle(), sql);
        s.bind(1, day);
        std::pair<qint64, qint64> current{-1, -1};
        qint64 running = 0;
        bool reported = false;
        while (s.step()) {
            const std::pair<qint64, qint64> key{s.integer(0), s.integer(1)};
            if (key != current) {
                current = key;
                running = 0;
                reported = false;
            }
            if (!AmountBounds::add(running, s.integer(3)))
                return Status::failure(AmountBounds::explain(m_db.handle(), tr("The ledger's sums overflow.")));
            if (running < 0 && !reported) {
                problems << describe(key, s.text(2), -running);
                reported = true;
            }
        }
        return s.error().isEmpty() ? Status() : Status::failure(AmountBounds::explain(m_db.handle(), s.error()));
    };
    if (Status s
        = walk(QStringLiteral("SELECT k, 0, d, SUM(v) FROM (SELECT source_id AS k, received_on AS d, amount_fen "
                              "AS v FROM fund_receipt WHERE received_on <= ?1 UNION ALL SELECT source_id, "
                              "allocated_on, -amount_fen FROM fund_allocation WHERE allocated_on <= ?1) "
                              "GROUP BY k, d ORDER BY k, d"),
            [](auto key, const QString &d, qint64 fen) {
                return tr("Fund source %1: on %2 allocated exceeds received by %3 yuan.")
                    .arg(key.first)
                    .arg(d, yuan(fen));
            });
        !s)
        return R::failure(s.error());
    if (Status s = walk(QStringLiteral("SELECT k, 0, d, SUM(v) FROM (SELECT project_id AS k, allocated_on AS d, "
                                       "amount_fen AS v FROM fund_allocation WHERE allocated_on <= ?1 UNION ALL SELECT "
                                       "project_id, paid_on, -amount_fen FROM fund_disbursement WHERE paid_on <= ?1) "
                                       "GROUP BY k, d ORDER BY k, d"),
            [](auto key, const QString &d, qint64 fen) {
                return tr("Project %1: on %2 disbursed exceeds allocated by %3 yuan.").arg(key.first).arg(d, yuan(fen));
            });
        !s)
        return R::failure(s.error());
    if (Status s
        = walk(QStringLiteral("SELECT p, k, d, SUM(v) FROM (SELECT project_id AS p, source_id AS k, "
                              "allocated_on AS d, amount_fen AS v FROM fund_allocation WHERE allocated_on <= ?1 "
                              "UNION ALL SELECT project_id, source_id, paid_on, -amount_fen FROM "
                              "fund_disbursement WHERE paid_on <= ?1) GROUP BY p, k, d ORDER BY p, k, d"),
            [](auto key, const QString &d, qint64 fen) {
                return tr("Project %1, fund source %2: on %3 disbursed exceeds allocated by %4 yuan.")
                    .arg(key.first)
                    .arg(key.second)
                    .arg(d, yuan(fen));
            });
        !s)
        return R::failure(s.error());
    return problems;
}
