// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoContext.h"

#include "county/CountyKinds.h"
#include "db/BulkInsert.h"
#include "db/RecordStore.h"
#include "forces/ForcesKinds.h"
#include "funds/FundsKinds.h"
#include "progress/ProgressKinds.h"
#include "projects/ProjectKinds.h"
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

// The bulk path writes the columns the record machinery declares for the kind (BulkInsert), so the
// demo keeps no column lists or SQL of its own.
template <typename T>
QByteArray demoInsert(bool withPosition = false, const QStringList &extra = {}, bool createdAlways = false)
{
    return BulkInsert::recordSql<T>(QStringLiteral("demo"), withPosition, extra, createdAlways).toUtf8();
}

QByteArray demoInsert(const RecordFields::LinkKind &kind)
{
    return BulkInsert::linkSql(kind).toUtf8();
}

} // namespace

// Every record the users edit is written with updated_by 'demo' and the default revision 1.
Statements::Statements(sqlite3 *db)
    : division(db, demoInsert<DivisionRow>()),
      annualTarget(db, demoInsert<AnnualGoal>(false, {}, true)),
      household(db, demoInsert<::Household>()),
      member(db, demoInsert<::Member>(true)),
      income(db, demoInsert<::IncomeRecord>()),
      living(db, demoInsert<::LivingConditions>()),
      event(db, demoInsert<StatusEventRow>()),
      risk(db, demoInsert(householdRisks())),
      unit(db, demoInsert<::AssistanceUnit>()),
      cadre(db, demoInsert<::Cadre>()),
      pairing(db, demoInsert<::Pairing>()),
      team(db, demoInsert<::WorkTeam>()),
      teamMember(db, demoInsert<WorkTeamMember>()),
      visit(db, demoInsert<::Visit>()),
      companion(db, demoInsert(visitCompanions())),
      project(db, demoInsert<::Project>(false, {QStringLiteral("status"), QStringLiteral("cancel_reason")})),
      projectEvent(db, demoInsert<ProjectEventRow>()),
      beneficiary(db, demoInsert(projectBeneficiaries())),
      measure(db, demoInsert<::Measure>()),
      fundSource(db, demoInsert<FundSource>()),
      receipt(db, demoInsert<FundReceiptRow>()),
      allocation(db, demoInsert<FundAllocationRow>()),
      disbursement(db, demoInsert<FundDisbursementRow>()),
      benefit(db, demoInsert<HouseholdBenefit>()),
      loan(db, demoInsert<Microloan>()),
      loanEvent(db, demoInsert<LoanEventRow>())
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
