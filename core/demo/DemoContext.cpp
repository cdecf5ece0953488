// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoContext.h"

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

// Every record the users edit is written with updated_by 'demo' and the default revision 1.
Statements::Statements(sqlite3 *db)
    : division(db,
        "INSERT INTO division (uuid, parent_id, level, code, name, poor_village, created_at, updated_at, "
        "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      annualTarget(db, "INSERT INTO annual_target (year, division_id, households, people) VALUES (?, ?, ?, ?)"),
      household(db,
          "INSERT INTO household (uuid, code, township_id, village_id, group_id, address, phone, bank_name, "
          "bank_account, attribute_code, standard_code, status_code, identification_year, planned_exit_year, "
          "exit_year, main_cause_code, other_cause1_code, other_cause2_code, monitoring_category, military_family, "
          "relocated, relocation_mode, settlement_address, cooperative, enterprise_led, created_at, updated_at, "
          "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "'demo')"),
      member(db,
          "INSERT INTO member (uuid, household_id, position, name, sex_code, id_number, birth_date, relation_code, "
          "ethnicity_code, political_code, education_code, schooling_code, health_codes, labour_code, "
          "work_status_code, work_place, months_worked, medical_insurance, serious_illness_insurance, "
          "commercial_insurance, pension_insurance, subsistence_allowance, extreme_poverty_support, "
          "medical_assistance, welfare_job, welfare_job_months, dropout_reason, created_at, updated_at, updated_by) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      income(db,
          "INSERT INTO income (uuid, household_id, year, household_size, wage_migrant, wage_welfare_job, op_crops, "
          "op_livestock, op_forestry, op_other, prop_dividend, prop_land_transfer, tr_family_planning, "
          "tr_subsistence, tr_extreme_support, tr_pension, tr_eco_compensation, tr_subsidies, tr_alimony, "
          "tr_insurance, op_costs, created_at, updated_at, updated_by) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      living(db,
          "INSERT INTO living_condition (uuid, household_id, year, farmland_mu, irrigated_mu, forest_mu, "
          "returned_farmland_mu, fruit_forest_mu, pasture_mu, water_surface_mu, production_power, household_power, "
          "radio_tv, road_distance_km, road_surface_code, housing_area_m2, house_rating_code, renovation_year, "
          "water_difficulty, water_safe, sanitary_toilet, cooking_fuel_code, food_secure, clothing_secure, "
          "education_secure, medical_secure, housing_secure, created_at, updated_at, updated_by) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      event(db,
          "INSERT INTO status_event (uuid, household_id, kind, event_date, reason, notice_start, notice_days, "
          "monitoring_category, recorded_by, created_at, updated_at, updated_by) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?, 'demo')"),
      risk(db, "INSERT INTO household_risk (household_id, risk_code) VALUES (?, ?)"),
      unit(db,
          "INSERT INTO assistance_unit (uuid, name, form_code, level_code, created_at, updated_at, updated_by) "
          "VALUES (?, ?, ?, ?, ?, ?, 'demo')"),
      cadre(db,
          "INSERT INTO cadre (uuid, name, sex_code, id_number, political_code, unit_id, post, rank_zh, phone, "
          "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      pairing(db,
          "INSERT INTO pairing (uuid, household_id, cadre_id, start_date, end_date, created_at, updated_at, "
          "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'demo')"),
      team(db,
          "INSERT INTO work_team (uuid, village_id, unit_id, start_date, end_date, created_at, updated_at, "
          "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'demo')"),
      teamMember(db, "INSERT INTO work_team_member (team_id, cadre_id, role) VALUES (?, ?, ?)"),
      visit(db,
          "INSERT INTO visit (uuid, household_id, cadre_id, visit_date, findings, actions, created_at, updated_at, "
          "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      project(db,
          "INSERT INTO project (uuid, name, category_code, nature, division_id, year, start_date, end_date, "
          "responsible_unit, content, budget_fen, performance_target, benefit_mechanism, status, cancel_reason, "
          "assistance_unit_id, created_at, updated_at, updated_by) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      beneficiary(db, "INSERT INTO project_beneficiary (project_id, household_id) VALUES (?, ?)"),
      measure(db,
          "INSERT INTO measure (uuid, household_id, category_code, description, start_date, amount_fen, project_id, "
          "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
      fundSource(db,
          "INSERT INTO fund_source (uuid, name, type_code, year, assistance_unit_id, created_at, updated_at, "
          "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'demo')"),
      receipt(db,
          "INSERT INTO fund_receipt (uuid, source_id, received_on, amount_fen, note, created_at, updated_at, "
          "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'demo')"),
      allocation(db,
          "INSERT INTO fund_allocation (uuid, source_id, project_id, allocated_on, amount_fen, created_at, "
          "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'demo')"),
      disbursement(db,
          "INSERT INTO fund_disbursement (uuid, allocation_id, paid_on, amount_fen, payee, household_id, "
          "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo')")
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
