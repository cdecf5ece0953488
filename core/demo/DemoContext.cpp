// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoContext.h"

#include "db/RecordStore.h"
#include "forces/ForcesKinds.h"
#include "register/HouseholdKinds.h"
#include "register/IdNumber.h"

#include <QDate>

#include <sqlite3.h>

namespace demo {

Statement::Statement(sqlite3 *db, const char *sql) : m_db(db)
{
    check(sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::check(int rc)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw WriteError{QString::fromUtf8(sqlite3_errmsg(m_db))};
}

void Statement::bind(int index, int value)
{
    check(sqlite3_bind_int(m_stmt, index, value));
}

void Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
}

void Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
}

void Statement::bind(int index, std::string_view value)
{
    // SQLITE_STATIC: insert() binds and steps within one call, while its arguments are alive.
    check(sqlite3_bind_text(m_stmt, index, value.data() ? value.data() : "", int(value.size()), SQLITE_STATIC));
}

void Statement::bind(int index, const UuidBytes &value)
{
    check(sqlite3_bind_blob(m_stmt, index, value.bytes.data(), int(value.bytes.size()), SQLITE_STATIC));
}

void Statement::bind(int index, const char *value)
{
    if (value)
        bind(index, std::string_view(value));
    else
        bind(index, nullptr);
}

void Statement::bind(int index, std::nullptr_t)
{
    check(sqlite3_bind_null(m_stmt, index));
}

qint64 Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        check(rc == SQLITE_ROW ? SQLITE_MISUSE : rc);
    return sqlite3_last_insert_rowid(m_db);
}

namespace {

// The bulk path writes the columns the record machinery declares for the kind, in their order, so
// the demo keeps no column lists of its own for them.
template <typename T> QByteArray demoInsert(bool withPosition = false)
{
    const QStringList columns = RecordStore::insertColumns<T>(withPosition);
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size() + 2);
    return (QStringLiteral("INSERT INTO ") + RecordStore::table<T>() + QStringLiteral(" (") + columns.join(u',')
        + QStringLiteral(", created_at, updated_at, updated_by) VALUES (") + marks.join(u',')
        + QStringLiteral(", 'demo')"))
        .toUtf8();
}

} // namespace

// Every record the users edit is written with updated_by 'demo' and the default revision 1.
Statements::Statements(sqlite3 *db)
    : division(db,
        "INSERT INTO division (uuid, parent_id, level, code, name, poor_village, created_at, updated_at, "
        "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      annualTarget(db, "INSERT INTO annual_target (year, division_id, households, people) VALUES (?, ?, ?, ?)"),
      household(db, demoInsert<::Household>()),
      member(db, demoInsert<::Member>(true)),
      income(db, demoInsert<::IncomeRecord>()),
      living(db, demoInsert<::LivingConditions>()),
      event(db,
          "INSERT INTO status_event (uuid, household_id, kind, event_date, reason, notice_start, notice_days, "
          "monitoring_category, recorded_by, created_at, updated_at, updated_by) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?, 'demo')"),
      risk(db, "INSERT INTO household_risk (household_id, risk_code) VALUES (?, ?)"),
      unit(db, demoInsert<::AssistanceUnit>()),
      cadre(db, demoInsert<::Cadre>()),
      pairing(db, demoInsert<::Pairing>()),
      team(db, demoInsert<::WorkTeam>()),
      teamMember(db, "INSERT INTO work_team_member (team_id, cadre_id, role) VALUES (?, ?, ?)"),
      visit(db, demoInsert<::Visit>()),
      companion(db, "INSERT INTO visit_companion (visit_id, cadre_id, position) VALUES (?, ?, 1)"),
      project(db,
          "INSERT INTO project (uuid, name, category_code, nature, division_id, year, start_date, end_date, "
          "responsible_unit, content, budget_fen, performance_target, benefit_mechanism, status, cancel_reason, "
          "assistance_unit_id, created_at, updated_at, updated_by) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      projectEvent(db,
          "INSERT INTO project_event (uuid, project_id, from_status, to_status, event_date, reason, "
          "procurement_method, winning_bidder, contract_fen, progress_percent, milestone, accepted_by, audit_result, "
          "created_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      beneficiary(db, "INSERT INTO project_beneficiary (project_id, household_id) VALUES (?, ?)"),
      measure(db, demoInsert<::Measure>()),
      fundSource(db,
          "INSERT INTO fund_source (uuid, name, type_code, year, assistance_unit_id, created_at, updated_at, "
          "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'demo')"),
      receipt(db,
          "INSERT INTO fund_receipt (uuid, source_id, received_on, amount_fen, voucher_no, note, created_at, "
          "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      allocation(db,
          "INSERT INTO fund_allocation (uuid, source_id, project_id, allocated_on, amount_fen, voucher_no, "
          "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      disbursement(db,
          "INSERT INTO fund_disbursement (uuid, allocation_id, source_id, project_id, paid_on, amount_fen, payee, "
          "household_id, voucher_no, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "'demo')"),
      benefit(db,
          "INSERT INTO household_benefit (uuid, household_id, year, benefit_code, amount_fen, note, created_at, "
          "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      loan(db,
          "INSERT INTO microloan (uuid, household_id, member_id, borrower_name, borrower_id_number, bank, amount_fen, "
          "loan_date, term_months, due_date, purpose_code, purpose, interest_rate_permille, created_at, updated_at, "
          "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      loanEvent(db,
          "INSERT INTO loan_event (uuid, loan_id, kind, event_date, amount_fen, new_due_date, note, created_at, "
          "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo')")
{ }

qint64 Context::lineFor(int year) const
{
    if (povertyLine.empty())
        return 2800 + 150 * qint64(year - 2014);
    const auto it = povertyLine.upper_bound(year);
    if (it == povertyLine.begin())
        return it->second;
    const auto &[known, yuan] = *std::prev(it);
    // Past the last published year the line keeps rising by about 3% a year.
    qint64 line = yuan;
    for (int y = known; y < year; ++y)
        line = line * 103 / 100;
    return line;
}

qint64 Context::thresholdFor(int year) const
{
    if (threshold.empty())
        return 6000 + 500 * qint64(year - 2021);
    const auto it = threshold.upper_bound(year);
    if (it == threshold.begin())
        return it->second;
    const auto &[known, yuan] = *std::prev(it);
    return yuan + 500 * qint64(year - known);
}

std::string Context::idNumber(const QString &region, Day birth, bool male)
{
    const QDate date = QDate::fromJulianDay(julianOf(std::min(birth, today)));
    const quint64 regionKey = region.toULongLong();
    const quint64 dayKey = quint64(std::min(birth, today) + 100000);
    // Sequences 001–999 give 500 men and 499 women per region and day; a draw that is taken moves
    // on to the next free one of the same sex.
    int sequence = male ? 2 * rng.range(0, 499) + 1 : 2 * rng.range(1, 499);
    for (int tries = 0; tries < 500; ++tries) {
        const quint64 key = (regionKey << 32) | (dayKey << 10) | quint64(sequence);
        if (usedIds.insert(key).second) {
            const QString number = IdNumber::make(region, date, sequence);
            if (number.isEmpty())
                throw WriteError{
                    QStringLiteral("IdNumber::make(%1, %2, %3)").arg(region, date.toString(Qt::ISODate)).arg(sequence)};
            return number.toStdString();
        }
        sequence += 2;
        if (sequence > 999)
            sequence = male ? 1 : 2;
    }
    throw WriteError{QStringLiteral("no free ID number sequence on %1").arg(date.toString(Qt::ISODate))};
}

std::string Context::mobile()
{
    // Prefixes of the three mainland carriers.
    static constexpr const char *Prefixes[] = {"130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
        "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181",
        "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"};
    std::string phone(Prefixes[rng.below(int(std::size(Prefixes)))]);
    for (int i = 0; i < 8; ++i)
        phone += char('0' + rng.below(10));
    return phone;
}

} // namespace demo
