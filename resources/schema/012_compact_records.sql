-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 12: a smaller county file (issue 17). The 100,000-household demo county was 969 MB, most of
-- it the same few things on every one of its 3.5 million record rows. Every record, history entry
-- (audit_log, status_event, ledger and loan events) and tombstone is kept; only their form changes:
-- * A uuid is its 16 bytes (a BLOB), not 36 characters of text. Read one in sqlite3 with
--     SELECT lower(hex(uuid)) FROM household WHERE id = 1;
--   (32 hex digits: the canonical text puts a - after digits 8, 12, 16 and 20), find a record by it with
--     SELECT * FROM household WHERE uuid = x'016f5e674b377bf3a6daf60d78f5bc4f';
--   and a row added by hand gets one from DEFAULT (randomblob(16)) where the table has a default.
--   audit_log.record_uuid names accounts by login and settings by key, so there it may be text too.
-- * A time that Fupin stamps (created_at, updated_at, deleted_at, changed_at) is whole seconds since
--   1970-01-01 UTC (an INTEGER), shown as local time as before. Read one with
--     SELECT datetime(updated_at, 'unixepoch', 'localtime') FROM household WHERE id = 1;
--   and write the current time with unixepoch(). Dates (visit_date, event_date ...) stay text
--   yyyy-MM-dd; the times of sign-in, drafts and duplicate decisions stay text too (few rows).
-- * A uuid keeps its UNIQUE index only where a record is looked up by it (divisions, households,
--   members, the forces, projects, the ledger, loans): incomes, living conditions, status events,
--   measures, visits, pairings, benefits, loan events and project beneficiaries are always reached
--   through their household, project or loan. Their append-only triggers check the id alone (without
--   a UNIQUE uuid, INSERT OR REPLACE cannot replace a row by its uuid).
-- * Indexes nothing uses are dropped: visit(cadre_id) and visit(household_id, cadre_id, visit_date)
--   (the covering visit_cadre_date and visit_household serve every query and trigger), and
--   visit_last(last_date). The member search keeps no column sizes (nothing ranks its matches).
-- The tables are rebuilt (create, copy, drop, rename) with fupin_uuid_bytes and fupin_unix_time,
-- which only Fupin provides (CountyDatabase::configure); after the upgrade Fupin compacts the file
-- (VACUUM), so that it really shrinks.

-- Triggers are dropped first and made again at the end: a rebuilt table takes its own with it,
-- and a trigger of another table must not name a table that is being rebuilt.
DROP TRIGGER member_search_insert;
DROP TRIGGER member_search_update;
DROP TRIGGER member_search_delete;
DROP TRIGGER fund_disbursement_same_line;
DROP TRIGGER fund_receipt_no_update;
DROP TRIGGER fund_receipt_no_delete;
DROP TRIGGER fund_allocation_no_update;
DROP TRIGGER fund_allocation_no_delete;
DROP TRIGGER fund_disbursement_no_update;
DROP TRIGGER fund_disbursement_no_delete;
DROP TRIGGER project_target_insert;
DROP TRIGGER project_target_update;
DROP TRIGGER project_event_no_update;
DROP TRIGGER project_event_no_delete;
DROP TRIGGER visit_last_insert;
DROP TRIGGER visit_last_companion_insert;
DROP TRIGGER visit_last_update;
DROP TRIGGER visit_last_delete;
DROP TRIGGER visit_last_companion_delete;
DROP TRIGGER loan_event_no_update;
DROP TRIGGER loan_event_no_delete;
DROP TRIGGER fund_receipt_no_replace;
DROP TRIGGER fund_allocation_no_replace;
DROP TRIGGER fund_disbursement_no_replace;
DROP TRIGGER project_event_no_replace;
DROP TRIGGER loan_event_no_replace;
DROP TRIGGER status_event_no_update;
DROP TRIGGER status_event_no_delete;
DROP TRIGGER status_event_no_replace;
DROP TRIGGER audit_log_no_update;
DROP TRIGGER audit_log_no_delete;
DROP TRIGGER audit_log_no_replace;
DROP TRIGGER fund_receipt_amount_bound;
DROP TRIGGER fund_allocation_amount_bound;
DROP TRIGGER fund_disbursement_amount_bound;
DROP TRIGGER loan_event_amount_bound;
DROP TRIGGER project_event_amount_bound;
DROP TRIGGER household_benefit_amount_insert;
DROP TRIGGER household_benefit_amount_update;
DROP TRIGGER project_budget_insert;
DROP TRIGGER project_budget_update;
DROP TRIGGER measure_amount_insert;
DROP TRIGGER measure_amount_update;
DROP TRIGGER fund_receipt_reversal_exact;
DROP TRIGGER fund_allocation_reversal_exact;
DROP TRIGGER fund_disbursement_reversal_exact;
DROP TRIGGER loan_event_reversal_exact;
DROP TRIGGER fund_disbursement_standing_allocation;
DROP TRIGGER fund_receipt_reversal_within_unallocated;
DROP TRIGGER fund_allocation_within_received;
DROP TRIGGER fund_allocation_reversal_within_unpaid;
DROP TRIGGER fund_disbursement_within_allocated;
DROP TRIGGER loan_event_within_outstanding;
DROP TRIGGER microloan_fixed_after_repayment;
DROP TRIGGER microloan_no_replace;

CREATE TABLE assistance_unit_new (            -- 帮扶单位
  id          INTEGER PRIMARY KEY,
  uuid        BLOB NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  form_code   TEXT NOT NULL,              -- one of the five forms (+ government)
  level_code  TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
, deleted_at INTEGER, deleted_reason TEXT, paired_region TEXT NOT NULL DEFAULT '', ownership TEXT NOT NULL DEFAULT ''
  CONSTRAINT assistance_unit_ownership CHECK (ownership IN ('', 'state', 'private')), contact_person TEXT NOT NULL DEFAULT '', contact_phone TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1
  CONSTRAINT assistance_unit_active CHECK (active IN (0, 1)));
INSERT INTO assistance_unit_new (id, uuid, name, form_code, level_code, created_at, updated_at, updated_by, revision, deleted_at, deleted_reason, paired_region, ownership, contact_person, contact_phone, active)
  SELECT id, fupin_uuid_bytes(uuid), name, form_code, level_code, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision, fupin_unix_time(deleted_at), deleted_reason, paired_region, ownership, contact_person, contact_phone, active FROM assistance_unit;
DROP TABLE assistance_unit;
ALTER TABLE assistance_unit_new RENAME TO assistance_unit;

CREATE TABLE cadre_new (                      -- 帮扶干部
  id             INTEGER PRIMARY KEY,
  uuid           BLOB NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  sex_code       TEXT NOT NULL,
  id_number      TEXT NOT NULL DEFAULT '',
  political_code TEXT NOT NULL DEFAULT '',
  unit_id        INTEGER REFERENCES assistance_unit(id),
  post           TEXT NOT NULL DEFAULT '',
  rank_zh        TEXT NOT NULL DEFAULT '一般干部',
  phone          TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
, deleted_at INTEGER, deleted_reason TEXT, first_secretary INTEGER NOT NULL DEFAULT 0
  CONSTRAINT cadre_first_secretary CHECK (first_secretary IN (0, 1)), active INTEGER NOT NULL DEFAULT 1
  CONSTRAINT cadre_active CHECK (active IN (0, 1)));
INSERT INTO cadre_new (id, uuid, name, sex_code, id_number, political_code, unit_id, post, rank_zh, phone, created_at, updated_at, updated_by, revision, deleted_at, deleted_reason, first_secretary, active)
  SELECT id, fupin_uuid_bytes(uuid), name, sex_code, id_number, political_code, unit_id, post, rank_zh, phone, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision, fupin_unix_time(deleted_at), deleted_reason, first_secretary, active FROM cadre;
DROP TABLE cadre;
ALTER TABLE cadre_new RENAME TO cadre;

CREATE TABLE pairing_new (                    -- household ↔ 帮扶责任人; a change adds a row
  id           INTEGER PRIMARY KEY,
  uuid         BLOB NOT NULL,
  household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  cadre_id     INTEGER NOT NULL REFERENCES cadre(id),
  start_date   TEXT NOT NULL,
  end_date     TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
, deleted_at INTEGER, deleted_reason TEXT, over_cap_reason TEXT NOT NULL DEFAULT '');
INSERT INTO pairing_new (id, uuid, household_id, cadre_id, start_date, end_date, created_at, updated_at, updated_by, revision, deleted_at, deleted_reason, over_cap_reason)
  SELECT id, fupin_uuid_bytes(uuid), household_id, cadre_id, start_date, end_date, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision, fupin_unix_time(deleted_at), deleted_reason, over_cap_reason FROM pairing;
DROP TABLE pairing;
ALTER TABLE pairing_new RENAME TO pairing;
CREATE INDEX pairing_household ON pairing(household_id);
CREATE INDEX pairing_cadre ON pairing(cadre_id);
CREATE INDEX pairing_current ON pairing(household_id) WHERE end_date IS NULL;
CREATE INDEX pairing_cadre_current ON pairing(cadre_id, household_id, end_date, deleted_at)
  WHERE end_date IS NULL AND deleted_at IS NULL;

CREATE TABLE work_team_new (                  -- 驻村工作队
  id          INTEGER PRIMARY KEY,
  uuid        BLOB NOT NULL UNIQUE,
  village_id  INTEGER NOT NULL REFERENCES division(id),
  unit_id     INTEGER REFERENCES assistance_unit(id),
  start_date  TEXT NOT NULL,
  end_date    TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
, deleted_at INTEGER, deleted_reason TEXT);
INSERT INTO work_team_new (id, uuid, village_id, unit_id, start_date, end_date, created_at, updated_at, updated_by, revision, deleted_at, deleted_reason)
  SELECT id, fupin_uuid_bytes(uuid), village_id, unit_id, start_date, end_date, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision, fupin_unix_time(deleted_at), deleted_reason FROM work_team;
DROP TABLE work_team;
ALTER TABLE work_team_new RENAME TO work_team;
CREATE INDEX work_team_village ON work_team(village_id);

CREATE TABLE visit_new (                      -- 走访记录
  id           INTEGER PRIMARY KEY,
  uuid         BLOB NOT NULL,
  household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  cadre_id     INTEGER NOT NULL REFERENCES cadre(id),
  visit_date   TEXT NOT NULL,
  findings     TEXT NOT NULL DEFAULT '',
  actions      TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
, deleted_at INTEGER, deleted_reason TEXT, follow_up_date TEXT);
INSERT INTO visit_new (id, uuid, household_id, cadre_id, visit_date, findings, actions, created_at, updated_at, updated_by, revision, deleted_at, deleted_reason, follow_up_date)
  SELECT id, fupin_uuid_bytes(uuid), household_id, cadre_id, visit_date, findings, actions, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision, fupin_unix_time(deleted_at), deleted_reason, follow_up_date FROM visit;
DROP TABLE visit;
ALTER TABLE visit_new RENAME TO visit;
CREATE INDEX visit_household ON visit(household_id, visit_date);
CREATE INDEX visit_cadre_date ON visit(cadre_id, visit_date, household_id) WHERE deleted_at IS NULL;

CREATE TABLE fund_source_new (
  id                 INTEGER PRIMARY KEY,
  uuid               BLOB NOT NULL UNIQUE,
  name               TEXT NOT NULL,
  type_code          TEXT NOT NULL,
  year               INTEGER NOT NULL,
  assistance_unit_id INTEGER REFERENCES assistance_unit(id),
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
);
INSERT INTO fund_source_new (id, uuid, name, type_code, year, assistance_unit_id, created_at, updated_at, updated_by, revision)
  SELECT id, fupin_uuid_bytes(uuid), name, type_code, year, assistance_unit_id, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision FROM fund_source;
DROP TABLE fund_source;
ALTER TABLE fund_source_new RENAME TO fund_source;
CREATE INDEX fund_source_year ON fund_source(year);

CREATE TABLE audit_log_new (
  id          INTEGER PRIMARY KEY,
  changed_at  INTEGER NOT NULL,
  changed_by  TEXT NOT NULL,
  table_name  TEXT NOT NULL,
  record_uuid BLOB NOT NULL,
  action      TEXT NOT NULL,              -- insert, update, delete, restore
  field       TEXT NOT NULL DEFAULT '',
  old_value   TEXT,
  new_value   TEXT
, household_id INTEGER);
INSERT INTO audit_log_new (id, changed_at, changed_by, table_name, record_uuid, action, field, old_value, new_value, household_id)
  SELECT id, fupin_unix_time(changed_at), changed_by, table_name, fupin_uuid_bytes(record_uuid), action, field, old_value, new_value, household_id FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_record ON audit_log(record_uuid, id);
CREATE INDEX audit_household ON audit_log(household_id, id);

CREATE TABLE division_new (
  id         INTEGER PRIMARY KEY,
  uuid       BLOB NOT NULL UNIQUE,
  parent_id  INTEGER REFERENCES division(id),
  level      INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  code       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  poor_village INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT flag_poor_village CHECK (poor_village IN (0, 1))
);
INSERT INTO division_new (id, uuid, parent_id, level, code, name, poor_village, created_at, updated_at, updated_by, revision)
  SELECT id, fupin_uuid_bytes(uuid), parent_id, level, code, name, poor_village, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision FROM division;
DROP TABLE division;
ALTER TABLE division_new RENAME TO division;
CREATE INDEX division_parent ON division(parent_id);

CREATE TABLE household_new (
  id                  INTEGER PRIMARY KEY,
  uuid                BLOB NOT NULL UNIQUE,
  code                TEXT NOT NULL UNIQUE,          -- 户编号
  township_id         INTEGER NOT NULL REFERENCES division(id),
  village_id          INTEGER NOT NULL REFERENCES division(id),
  group_id            INTEGER REFERENCES division(id),
  address             TEXT NOT NULL DEFAULT '',
  phone               TEXT NOT NULL DEFAULT '',
  bank_name           TEXT NOT NULL DEFAULT '',
  bank_account        TEXT NOT NULL DEFAULT '',
  attribute_code      TEXT NOT NULL,                 -- 户属性
  standard_code       TEXT NOT NULL DEFAULT '1',     -- 识别标准
  status_code         TEXT NOT NULL,                 -- 贫困户状态 (household_status.csv)
  identification_year INTEGER,
  planned_exit_year   INTEGER,
  exit_year           INTEGER,
  main_cause_code     TEXT NOT NULL,                 -- 主要致贫原因
  other_cause1_code   TEXT,
  other_cause2_code   TEXT,
  monitoring_category TEXT,                          -- 监测对象类别, NULL when not monitored
  military_family     INTEGER NOT NULL DEFAULT 0,
  relocated           INTEGER NOT NULL DEFAULT 0,    -- 易地扶贫搬迁户
  relocation_mode     TEXT NOT NULL DEFAULT '',
  settlement_address  TEXT NOT NULL DEFAULT '',
  cooperative         INTEGER NOT NULL DEFAULT 0,
  enterprise_led      INTEGER NOT NULL DEFAULT 0,
  deleted_at          INTEGER,                          -- soft delete: recoverable
  deleted_reason      TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT household_status CHECK (status_code IN ('0', '1', '3', '4', '9')),
  CONSTRAINT flag_military_family CHECK (military_family IN (0, 1)),
  CONSTRAINT flag_relocated CHECK (relocated IN (0, 1)),
  CONSTRAINT flag_cooperative CHECK (cooperative IN (0, 1)),
  CONSTRAINT flag_enterprise_led CHECK (enterprise_led IN (0, 1))
);
INSERT INTO household_new (id, uuid, code, township_id, village_id, group_id, address, phone, bank_name, bank_account, attribute_code, standard_code, status_code, identification_year, planned_exit_year, exit_year, main_cause_code, other_cause1_code, other_cause2_code, monitoring_category, military_family, relocated, relocation_mode, settlement_address, cooperative, enterprise_led, deleted_at, deleted_reason, created_at, updated_at, updated_by, revision)
  SELECT id, fupin_uuid_bytes(uuid), code, township_id, village_id, group_id, address, phone, bank_name, bank_account, attribute_code, standard_code, status_code, identification_year, planned_exit_year, exit_year, main_cause_code, other_cause1_code, other_cause2_code, monitoring_category, military_family, relocated, relocation_mode, settlement_address, cooperative, enterprise_led, fupin_unix_time(deleted_at), deleted_reason, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision FROM household;
DROP TABLE household;
ALTER TABLE household_new RENAME TO household;
CREATE INDEX household_village ON household(village_id);
CREATE INDEX household_township ON household(township_id);
CREATE INDEX household_group ON household(group_id);
CREATE INDEX household_status ON household(status_code);
CREATE INDEX household_deleted ON household(id) WHERE deleted_at IS NOT NULL;
CREATE INDEX household_phone ON household(phone) WHERE phone <> '';
CREATE INDEX household_attribute ON household(attribute_code);
CREATE INDEX household_cause ON household(main_cause_code);
CREATE INDEX household_monitoring ON household(monitoring_category) WHERE monitoring_category IS NOT NULL;

CREATE TABLE member_new (
  id              INTEGER PRIMARY KEY,
  uuid            BLOB NOT NULL UNIQUE,
  household_id    INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,                  -- order in the booklet
  name            TEXT NOT NULL,
  sex_code        TEXT NOT NULL,
  id_number       TEXT NOT NULL DEFAULT '',
  birth_date      TEXT,
  relation_code   TEXT NOT NULL,
  ethnicity_code  TEXT NOT NULL DEFAULT '01',
  political_code  TEXT NOT NULL DEFAULT '13',
  education_code  TEXT NOT NULL DEFAULT '',
  schooling_code  TEXT NOT NULL DEFAULT '00',
  health_codes    TEXT NOT NULL DEFAULT '1',          -- comma-separated: conditions may combine
  labour_code     TEXT NOT NULL DEFAULT '',
  work_status_code TEXT NOT NULL DEFAULT '',
  work_place      TEXT NOT NULL DEFAULT '',
  months_worked   INTEGER NOT NULL DEFAULT 0,
  medical_insurance        INTEGER NOT NULL DEFAULT 0,
  serious_illness_insurance INTEGER NOT NULL DEFAULT 0,
  commercial_insurance     INTEGER NOT NULL DEFAULT 0,
  pension_insurance        INTEGER NOT NULL DEFAULT 0,
  subsistence_allowance    INTEGER NOT NULL DEFAULT 0,  -- 低保
  extreme_poverty_support  INTEGER NOT NULL DEFAULT 0,  -- 特困供养
  medical_assistance       INTEGER NOT NULL DEFAULT 0,
  welfare_job              INTEGER NOT NULL DEFAULT 0,  -- 公益岗位
  welfare_job_months       INTEGER NOT NULL DEFAULT 0,
  dropout_reason  TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT member_months_worked CHECK (months_worked BETWEEN 0 AND 12),
  CONSTRAINT member_welfare_job_months CHECK (welfare_job_months BETWEEN 0 AND 12),
  CONSTRAINT flag_medical_insurance CHECK (medical_insurance IN (0, 1)),
  CONSTRAINT flag_serious_illness_insurance CHECK (serious_illness_insurance IN (0, 1)),
  CONSTRAINT flag_commercial_insurance CHECK (commercial_insurance IN (0, 1)),
  CONSTRAINT flag_pension_insurance CHECK (pension_insurance IN (0, 1)),
  CONSTRAINT flag_subsistence_allowance CHECK (subsistence_allowance IN (0, 1)),
  CONSTRAINT flag_extreme_poverty_support CHECK (extreme_poverty_support IN (0, 1)),
  CONSTRAINT flag_medical_assistance CHECK (medical_assistance IN (0, 1)),
  CONSTRAINT flag_welfare_job CHECK (welfare_job IN (0, 1))
);
INSERT INTO member_new (id, uuid, household_id, position, name, sex_code, id_number, birth_date, relation_code, ethnicity_code, political_code, education_code, schooling_code, health_codes, labour_code, work_status_code, work_place, months_worked, medical_insurance, serious_illness_insurance, commercial_insurance, pension_insurance, subsistence_allowance, extreme_poverty_support, medical_assistance, welfare_job, welfare_job_months, dropout_reason, created_at, updated_at, updated_by, revision)
  SELECT id, fupin_uuid_bytes(uuid), household_id, position, name, sex_code, id_number, birth_date, relation_code, ethnicity_code, political_code, education_code, schooling_code, health_codes, labour_code, work_status_code, work_place, months_worked, medical_insurance, serious_illness_insurance, commercial_insurance, pension_insurance, subsistence_allowance, extreme_poverty_support, medical_assistance, welfare_job, welfare_job_months, dropout_reason, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision FROM member;
DROP TABLE member;
ALTER TABLE member_new RENAME TO member;
CREATE INDEX member_household ON member(household_id, position);
CREATE INDEX member_id_number ON member(id_number) WHERE id_number <> '';
CREATE INDEX member_head ON member(household_id) WHERE relation_code = '01';
CREATE INDEX member_name_birth ON member(name, birth_date);

CREATE TABLE income_new (
  id                INTEGER PRIMARY KEY,
  uuid              BLOB NOT NULL,
  household_id      INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  year              INTEGER NOT NULL,
  household_size    INTEGER NOT NULL CHECK (household_size > 0),
  wage_migrant        INTEGER NOT NULL DEFAULT 0,
  wage_welfare_job    INTEGER NOT NULL DEFAULT 0,
  op_crops            INTEGER NOT NULL DEFAULT 0,
  op_livestock        INTEGER NOT NULL DEFAULT 0,
  op_forestry         INTEGER NOT NULL DEFAULT 0,
  op_other            INTEGER NOT NULL DEFAULT 0,
  prop_dividend       INTEGER NOT NULL DEFAULT 0,
  prop_land_transfer  INTEGER NOT NULL DEFAULT 0,
  tr_family_planning  INTEGER NOT NULL DEFAULT 0,
  tr_subsistence      INTEGER NOT NULL DEFAULT 0,
  tr_extreme_support  INTEGER NOT NULL DEFAULT 0,
  tr_pension          INTEGER NOT NULL DEFAULT 0,
  tr_eco_compensation INTEGER NOT NULL DEFAULT 0,
  tr_subsidies        INTEGER NOT NULL DEFAULT 0,
  tr_alimony          INTEGER NOT NULL DEFAULT 0,
  tr_insurance        INTEGER NOT NULL DEFAULT 0,
  op_costs            INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  UNIQUE (household_id, year),
  CONSTRAINT income_amounts CHECK (wage_migrant >= 0 AND wage_welfare_job >= 0 AND op_crops >= 0 AND op_livestock >= 0 AND op_forestry >= 0 AND op_other >= 0 AND prop_dividend >= 0 AND prop_land_transfer >= 0 AND tr_family_planning >= 0 AND tr_subsistence >= 0 AND tr_extreme_support >= 0 AND tr_pension >= 0 AND tr_eco_compensation >= 0 AND tr_subsidies >= 0 AND tr_alimony >= 0 AND tr_insurance >= 0 AND op_costs >= 0)
);
INSERT INTO income_new (id, uuid, household_id, year, household_size, wage_migrant, wage_welfare_job, op_crops, op_livestock, op_forestry, op_other, prop_dividend, prop_land_transfer, tr_family_planning, tr_subsistence, tr_extreme_support, tr_pension, tr_eco_compensation, tr_subsidies, tr_alimony, tr_insurance, op_costs, created_at, updated_at, updated_by, revision)
  SELECT id, fupin_uuid_bytes(uuid), household_id, year, household_size, wage_migrant, wage_welfare_job, op_crops, op_livestock, op_forestry, op_other, prop_dividend, prop_land_transfer, tr_family_planning, tr_subsistence, tr_extreme_support, tr_pension, tr_eco_compensation, tr_subsidies, tr_alimony, tr_insurance, op_costs, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision FROM income;
DROP TABLE income;
ALTER TABLE income_new RENAME TO income;

CREATE TABLE living_condition_new (
  id                 INTEGER PRIMARY KEY,
  uuid               BLOB NOT NULL,
  household_id       INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  year               INTEGER NOT NULL,
  farmland_mu        REAL NOT NULL DEFAULT 0,
  irrigated_mu       REAL NOT NULL DEFAULT 0,
  forest_mu          REAL NOT NULL DEFAULT 0,
  returned_farmland_mu REAL NOT NULL DEFAULT 0,
  fruit_forest_mu    REAL NOT NULL DEFAULT 0,
  pasture_mu         REAL NOT NULL DEFAULT 0,
  water_surface_mu   REAL NOT NULL DEFAULT 0,
  production_power   INTEGER NOT NULL DEFAULT 1,
  household_power    INTEGER NOT NULL DEFAULT 1,
  radio_tv           INTEGER NOT NULL DEFAULT 1,
  road_distance_km   REAL NOT NULL DEFAULT 0,
  road_surface_code  TEXT NOT NULL DEFAULT '',
  housing_area_m2    REAL NOT NULL DEFAULT 0,
  house_rating_code  TEXT NOT NULL DEFAULT '',
  renovation_year    INTEGER,
  water_difficulty   INTEGER NOT NULL DEFAULT 0,
  water_safe         INTEGER NOT NULL DEFAULT 1,
  sanitary_toilet    INTEGER NOT NULL DEFAULT 0,
  cooking_fuel_code  TEXT NOT NULL DEFAULT '',
  food_secure        INTEGER NOT NULL DEFAULT 1,   -- 不愁吃
  clothing_secure    INTEGER NOT NULL DEFAULT 1,   -- 不愁穿
  education_secure   INTEGER NOT NULL DEFAULT 1,   -- 义务教育有保障
  medical_secure     INTEGER NOT NULL DEFAULT 1,   -- 基本医疗有保障
  housing_secure     INTEGER NOT NULL DEFAULT 1,   -- 住房安全有保障
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  UNIQUE (household_id, year),
  CONSTRAINT living_condition_areas CHECK (farmland_mu >= 0 AND irrigated_mu >= 0 AND forest_mu >= 0 AND returned_farmland_mu >= 0 AND fruit_forest_mu >= 0 AND pasture_mu >= 0 AND water_surface_mu >= 0 AND road_distance_km >= 0 AND housing_area_m2 >= 0),
  CONSTRAINT flag_production_power CHECK (production_power IN (0, 1)),
  CONSTRAINT flag_household_power CHECK (household_power IN (0, 1)),
  CONSTRAINT flag_radio_tv CHECK (radio_tv IN (0, 1)),
  CONSTRAINT flag_water_difficulty CHECK (water_difficulty IN (0, 1)),
  CONSTRAINT flag_water_safe CHECK (water_safe IN (0, 1)),
  CONSTRAINT flag_sanitary_toilet CHECK (sanitary_toilet IN (0, 1)),
  CONSTRAINT flag_food_secure CHECK (food_secure IN (0, 1)),
  CONSTRAINT flag_clothing_secure CHECK (clothing_secure IN (0, 1)),
  CONSTRAINT flag_education_secure CHECK (education_secure IN (0, 1)),
  CONSTRAINT flag_medical_secure CHECK (medical_secure IN (0, 1)),
  CONSTRAINT flag_housing_secure CHECK (housing_secure IN (0, 1))
);
INSERT INTO living_condition_new (id, uuid, household_id, year, farmland_mu, irrigated_mu, forest_mu, returned_farmland_mu, fruit_forest_mu, pasture_mu, water_surface_mu, production_power, household_power, radio_tv, road_distance_km, road_surface_code, housing_area_m2, house_rating_code, renovation_year, water_difficulty, water_safe, sanitary_toilet, cooking_fuel_code, food_secure, clothing_secure, education_secure, medical_secure, housing_secure, created_at, updated_at, updated_by, revision)
  SELECT id, fupin_uuid_bytes(uuid), household_id, year, farmland_mu, irrigated_mu, forest_mu, returned_farmland_mu, fruit_forest_mu, pasture_mu, water_surface_mu, production_power, household_power, radio_tv, road_distance_km, road_surface_code, housing_area_m2, house_rating_code, renovation_year, water_difficulty, water_safe, sanitary_toilet, cooking_fuel_code, food_secure, clothing_secure, education_secure, medical_secure, housing_secure, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision FROM living_condition;
DROP TABLE living_condition;
ALTER TABLE living_condition_new RENAME TO living_condition;

CREATE TABLE status_event_new (
  id            INTEGER PRIMARY KEY,
  uuid          BLOB NOT NULL,
  household_id  INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL,
  event_date    TEXT NOT NULL,
  reason        TEXT NOT NULL DEFAULT '',
  notice_start  TEXT,
  notice_days   INTEGER,
  monitoring_category TEXT,
  recorded_by   TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT status_event_kind CHECK (kind IN ('identify', 'exit_proposal', 'exit_notice', 'exit', 'relapse',
                                               'monitor', 'risk_eliminated')),
  CONSTRAINT status_event_notice_days CHECK (notice_days IS NULL OR notice_days >= 0)
);
INSERT INTO status_event_new (id, uuid, household_id, kind, event_date, reason, notice_start, notice_days, monitoring_category, recorded_by, created_at, updated_at, updated_by, revision)
  SELECT id, fupin_uuid_bytes(uuid), household_id, kind, event_date, reason, notice_start, notice_days, monitoring_category, recorded_by, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision FROM status_event;
DROP TABLE status_event;
ALTER TABLE status_event_new RENAME TO status_event;
CREATE INDEX status_event_household ON status_event(household_id, event_date);

CREATE TABLE household_risk_new (
  household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  risk_code    TEXT NOT NULL,
  uuid         BLOB NOT NULL UNIQUE DEFAULT (randomblob(16)),
  PRIMARY KEY (household_id, risk_code)
) WITHOUT ROWID;
INSERT INTO household_risk_new (household_id, risk_code, uuid)
  SELECT household_id, risk_code, fupin_uuid_bytes(uuid) FROM household_risk;
DROP TABLE household_risk;
ALTER TABLE household_risk_new RENAME TO household_risk;

CREATE TABLE project_new (
  id                 INTEGER PRIMARY KEY,
  uuid               BLOB NOT NULL UNIQUE,
  name               TEXT NOT NULL,
  category_code      TEXT NOT NULL,
  nature             TEXT NOT NULL DEFAULT 'new',   -- new, extension
  division_id        INTEGER REFERENCES division(id),
  year               INTEGER NOT NULL,
  start_date         TEXT, end_date TEXT,
  responsible_unit   TEXT NOT NULL DEFAULT '',
  content            TEXT NOT NULL DEFAULT '',
  budget_fen         INTEGER NOT NULL DEFAULT 0,
  performance_target TEXT NOT NULL,
  benefit_mechanism  TEXT NOT NULL DEFAULT '',
  status             TEXT NOT NULL DEFAULT 'proposed',
  cancel_reason      TEXT,
  assistance_unit_id INTEGER REFERENCES assistance_unit(id),
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT project_nature CHECK (nature IN ('new', 'extension')),
  CONSTRAINT project_status CHECK (status IN ('proposed', 'in_library', 'approved', 'tendering', 'in_progress',
                                              'completed', 'accepted', 'announced', 'cancelled')),
  CONSTRAINT project_budget CHECK (budget_fen >= 0)
);
INSERT INTO project_new (id, uuid, name, category_code, nature, division_id, year, start_date, end_date, responsible_unit, content, budget_fen, performance_target, benefit_mechanism, status, cancel_reason, assistance_unit_id, created_at, updated_at, updated_by, revision)
  SELECT id, fupin_uuid_bytes(uuid), name, category_code, nature, division_id, year, start_date, end_date, responsible_unit, content, budget_fen, performance_target, benefit_mechanism, status, cancel_reason, assistance_unit_id, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision FROM project;
DROP TABLE project;
ALTER TABLE project_new RENAME TO project;
CREATE INDEX project_year_status ON project(year, status);

CREATE TABLE project_beneficiary_new (
  project_id   INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  uuid         BLOB NOT NULL DEFAULT (randomblob(16)),
  PRIMARY KEY (project_id, household_id)
) WITHOUT ROWID;
INSERT INTO project_beneficiary_new (project_id, household_id, uuid)
  SELECT project_id, household_id, fupin_uuid_bytes(uuid) FROM project_beneficiary;
DROP TABLE project_beneficiary;
ALTER TABLE project_beneficiary_new RENAME TO project_beneficiary;

CREATE TABLE measure_new (
  id            INTEGER PRIMARY KEY,
  uuid          BLOB NOT NULL,
  household_id  INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  category_code TEXT NOT NULL,
  description   TEXT NOT NULL DEFAULT '',
  start_date    TEXT NOT NULL,
  amount_fen    INTEGER NOT NULL DEFAULT 0,
  project_id    INTEGER REFERENCES project(id),
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  deleted_at     INTEGER,
  deleted_reason TEXT, result TEXT NOT NULL DEFAULT '', cadre_id INTEGER REFERENCES cadre(id), unit_id INTEGER REFERENCES assistance_unit(id),
  CONSTRAINT measure_amount CHECK (amount_fen >= 0)
);
INSERT INTO measure_new (id, uuid, household_id, category_code, description, start_date, amount_fen, project_id, created_at, updated_at, updated_by, revision, deleted_at, deleted_reason, result, cadre_id, unit_id)
  SELECT id, fupin_uuid_bytes(uuid), household_id, category_code, description, start_date, amount_fen, project_id, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision, fupin_unix_time(deleted_at), deleted_reason, result, cadre_id, unit_id FROM measure;
DROP TABLE measure;
ALTER TABLE measure_new RENAME TO measure;
CREATE INDEX measure_household ON measure(household_id);
CREATE INDEX measure_project ON measure(project_id);

CREATE TABLE annual_target_new (
  year          INTEGER NOT NULL,
  division_id   INTEGER NOT NULL REFERENCES division(id),
  households    INTEGER NOT NULL DEFAULT 0,
  people        INTEGER NOT NULL DEFAULT 0,
  uuid         BLOB NOT NULL UNIQUE DEFAULT (randomblob(16)),
  PRIMARY KEY (year, division_id),
  CONSTRAINT annual_target_counts CHECK (households >= 0 AND people >= 0)
) WITHOUT ROWID;
INSERT INTO annual_target_new (year, division_id, households, people, uuid)
  SELECT year, division_id, households, people, fupin_uuid_bytes(uuid) FROM annual_target;
DROP TABLE annual_target;
ALTER TABLE annual_target_new RENAME TO annual_target;

CREATE TABLE distinct_person_new (
  member_uuid_a BLOB NOT NULL,
  member_uuid_b BLOB NOT NULL,
  decided_by    TEXT NOT NULL,
  decided_at    TEXT NOT NULL,
  uuid         BLOB NOT NULL UNIQUE DEFAULT (randomblob(16)),
  PRIMARY KEY (member_uuid_a, member_uuid_b),
  CHECK (member_uuid_a < member_uuid_b)
) WITHOUT ROWID;
INSERT INTO distinct_person_new (member_uuid_a, member_uuid_b, decided_by, decided_at, uuid)
  SELECT fupin_uuid_bytes(member_uuid_a), fupin_uuid_bytes(member_uuid_b), decided_by, decided_at, fupin_uuid_bytes(uuid) FROM distinct_person;
DROP TABLE distinct_person;
ALTER TABLE distinct_person_new RENAME TO distinct_person;

CREATE TABLE tombstone_new (uuid BLOB PRIMARY KEY, table_name TEXT NOT NULL, deleted_at INTEGER NOT NULL, deleted_by TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO tombstone_new (uuid, table_name, deleted_at, deleted_by)
  SELECT fupin_uuid_bytes(uuid), table_name, fupin_unix_time(deleted_at), deleted_by FROM tombstone;
DROP TABLE tombstone;
ALTER TABLE tombstone_new RENAME TO tombstone;

CREATE TABLE app_user_new (
  id            INTEGER PRIMARY KEY,
  login         TEXT NOT NULL COLLATE NOCASE,
  full_name     TEXT NOT NULL DEFAULT '',
  phone         TEXT NOT NULL DEFAULT '',
  role          TEXT NOT NULL,
  active        INTEGER NOT NULL DEFAULT 1,
  password_hash TEXT NOT NULL DEFAULT '',
  failed_logins INTEGER NOT NULL DEFAULT 0,    -- wrong passwords in a row
  locked_until  TEXT,                          -- set after too many wrong passwords
  last_login_at TEXT,
  created_at    INTEGER NOT NULL,
  created_by    TEXT NOT NULL DEFAULT '',
  changed_at    INTEGER NOT NULL,
  changed_by    TEXT NOT NULL DEFAULT '',
  CONSTRAINT app_user_login UNIQUE (login),
  CONSTRAINT app_user_role CHECK (role IN ('admin', 'county', 'township', 'village', 'auditor')),
  CONSTRAINT flag_active CHECK (active IN (0, 1)),
  CONSTRAINT app_user_failed_logins CHECK (failed_logins >= 0)
);
INSERT INTO app_user_new (id, login, full_name, phone, role, active, password_hash, failed_logins, locked_until, last_login_at, created_at, created_by, changed_at, changed_by)
  SELECT id, login, full_name, phone, role, active, password_hash, failed_logins, locked_until, last_login_at, fupin_unix_time(created_at), created_by, fupin_unix_time(changed_at), changed_by FROM app_user;
DROP TABLE app_user;
ALTER TABLE app_user_new RENAME TO app_user;

CREATE TABLE work_team_member_new (
  id        INTEGER PRIMARY KEY,
  uuid      BLOB NOT NULL UNIQUE DEFAULT (randomblob(16)),
  team_id   INTEGER NOT NULL REFERENCES work_team(id) ON DELETE CASCADE,
  cadre_id  INTEGER NOT NULL REFERENCES cadre(id),
  role      TEXT NOT NULL DEFAULT 'member',
  created_at INTEGER NOT NULL DEFAULT (unixepoch()),
  updated_at INTEGER NOT NULL DEFAULT (unixepoch()),
  updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  deleted_at     INTEGER,
  deleted_reason TEXT,
  CONSTRAINT work_team_member_role CHECK (role IN ('first_secretary', 'leader', 'member'))
);
INSERT INTO work_team_member_new (id, uuid, team_id, cadre_id, role, created_at, updated_at, updated_by, revision, deleted_at, deleted_reason)
  SELECT id, fupin_uuid_bytes(uuid), team_id, cadre_id, role, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision, fupin_unix_time(deleted_at), deleted_reason FROM work_team_member;
DROP TABLE work_team_member;
ALTER TABLE work_team_member_new RENAME TO work_team_member;
CREATE UNIQUE INDEX work_team_member_once ON work_team_member(team_id, cadre_id) WHERE deleted_at IS NULL;
CREATE INDEX work_team_member_cadre ON work_team_member(cadre_id);

CREATE TABLE fund_receipt_new (
  id          INTEGER PRIMARY KEY,
  uuid        BLOB NOT NULL UNIQUE,
  source_id   INTEGER NOT NULL REFERENCES fund_source(id),
  received_on TEXT NOT NULL,
  amount_fen  INTEGER NOT NULL,
  voucher_no  TEXT NOT NULL DEFAULT '',
  reverses_id INTEGER UNIQUE REFERENCES fund_receipt(id),
  note        TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT fund_receipt_amount CHECK ((reverses_id IS NULL AND amount_fen > 0) OR (reverses_id IS NOT NULL AND amount_fen < 0))
);
INSERT INTO fund_receipt_new (id, uuid, source_id, received_on, amount_fen, voucher_no, reverses_id, note, created_at, updated_at, updated_by, revision)
  SELECT id, fupin_uuid_bytes(uuid), source_id, received_on, amount_fen, voucher_no, reverses_id, note, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision FROM fund_receipt;
DROP TABLE fund_receipt;
ALTER TABLE fund_receipt_new RENAME TO fund_receipt;
CREATE INDEX fund_receipt_source ON fund_receipt(source_id, received_on, amount_fen);

CREATE TABLE fund_allocation_new (
  id           INTEGER PRIMARY KEY,
  uuid         BLOB NOT NULL UNIQUE,
  source_id    INTEGER NOT NULL REFERENCES fund_source(id),
  project_id   INTEGER NOT NULL REFERENCES project(id),
  allocated_on TEXT NOT NULL,
  amount_fen   INTEGER NOT NULL,
  voucher_no   TEXT NOT NULL DEFAULT '',
  reverses_id  INTEGER UNIQUE REFERENCES fund_allocation(id),
  note         TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT fund_allocation_amount CHECK ((reverses_id IS NULL AND amount_fen > 0) OR (reverses_id IS NOT NULL AND amount_fen < 0))
);
INSERT INTO fund_allocation_new (id, uuid, source_id, project_id, allocated_on, amount_fen, voucher_no, reverses_id, note, created_at, updated_at, updated_by, revision)
  SELECT id, fupin_uuid_bytes(uuid), source_id, project_id, allocated_on, amount_fen, voucher_no, reverses_id, note, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision FROM fund_allocation;
DROP TABLE fund_allocation;
ALTER TABLE fund_allocation_new RENAME TO fund_allocation;
CREATE INDEX fund_allocation_source_project ON fund_allocation(source_id, project_id, allocated_on, amount_fen);
CREATE INDEX fund_allocation_project ON fund_allocation(project_id, allocated_on, amount_fen);

CREATE TABLE fund_disbursement_new (
  id            INTEGER PRIMARY KEY,
  uuid          BLOB NOT NULL UNIQUE,
  allocation_id INTEGER NOT NULL REFERENCES fund_allocation(id),
  source_id     INTEGER NOT NULL REFERENCES fund_source(id),  -- the allocation's, copied: a ledger row never
  project_id    INTEGER NOT NULL REFERENCES project(id),      -- changes, and balances need no join
  paid_on       TEXT NOT NULL,
  amount_fen    INTEGER NOT NULL,
  payee         TEXT NOT NULL,
  household_id  INTEGER REFERENCES household(id),
  voucher_no    TEXT NOT NULL DEFAULT '',
  reverses_id   INTEGER UNIQUE REFERENCES fund_disbursement(id),
  note          TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT fund_disbursement_amount CHECK ((reverses_id IS NULL AND amount_fen > 0) OR (reverses_id IS NOT NULL AND amount_fen < 0))
);
INSERT INTO fund_disbursement_new (id, uuid, allocation_id, source_id, project_id, paid_on, amount_fen, payee, household_id, voucher_no, reverses_id, note, created_at, updated_at, updated_by, revision)
  SELECT id, fupin_uuid_bytes(uuid), allocation_id, source_id, project_id, paid_on, amount_fen, payee, household_id, voucher_no, reverses_id, note, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision FROM fund_disbursement;
DROP TABLE fund_disbursement;
ALTER TABLE fund_disbursement_new RENAME TO fund_disbursement;
CREATE INDEX fund_disbursement_allocation ON fund_disbursement(allocation_id);
CREATE INDEX fund_disbursement_line ON fund_disbursement(project_id, source_id, paid_on, amount_fen);
CREATE INDEX fund_disbursement_household ON fund_disbursement(household_id, paid_on, amount_fen) WHERE household_id IS NOT NULL;

CREATE TABLE project_event_new (
  id                 INTEGER PRIMARY KEY,
  uuid               BLOB NOT NULL UNIQUE,
  project_id         INTEGER NOT NULL REFERENCES project(id),
  from_status        TEXT NOT NULL,
  to_status          TEXT NOT NULL,
  event_date         TEXT NOT NULL,
  reason             TEXT NOT NULL DEFAULT '',   -- cancelled: why
  procurement_method TEXT NOT NULL DEFAULT '',   -- tendering: 公开招标, 竞争性磋商 ...
  winning_bidder     TEXT NOT NULL DEFAULT '',
  contract_fen       INTEGER NOT NULL DEFAULT 0 CHECK (contract_fen >= 0),
  progress_percent   INTEGER NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
  milestone          TEXT NOT NULL DEFAULT '',
  accepted_by        TEXT NOT NULL DEFAULT '',   -- accepted: the acceptance (验收) group
  audit_result       TEXT NOT NULL DEFAULT '',   -- accepted: the third-party audit
  created_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  CONSTRAINT project_event_status CHECK (to_status IN ('proposed', 'in_library', 'approved', 'tendering', 'in_progress',
                                                      'completed', 'accepted', 'announced', 'cancelled'))
);
INSERT INTO project_event_new (id, uuid, project_id, from_status, to_status, event_date, reason, procurement_method, winning_bidder, contract_fen, progress_percent, milestone, accepted_by, audit_result, created_at, updated_by)
  SELECT id, fupin_uuid_bytes(uuid), project_id, from_status, to_status, event_date, reason, procurement_method, winning_bidder, contract_fen, progress_percent, milestone, accepted_by, audit_result, fupin_unix_time(created_at), updated_by FROM project_event;
DROP TABLE project_event;
ALTER TABLE project_event_new RENAME TO project_event;
CREATE INDEX project_event_project ON project_event(project_id, event_date);

CREATE TABLE microloan_new (
  id                   INTEGER PRIMARY KEY,
  uuid                 BLOB NOT NULL UNIQUE,
  household_id         INTEGER NOT NULL REFERENCES household(id),
  member_id            INTEGER REFERENCES member(id) ON DELETE SET NULL,
  borrower_name        TEXT NOT NULL,            -- as on the loan date: the member may leave the household
  borrower_id_number   TEXT NOT NULL,
  bank                 TEXT NOT NULL,
  amount_fen           INTEGER NOT NULL,
  loan_date            TEXT NOT NULL,
  term_months          INTEGER NOT NULL,
  due_date             TEXT NOT NULL,
  purpose_code         TEXT NOT NULL,            -- planting, breeding, processing, trade, tourism
  purpose              TEXT NOT NULL DEFAULT '',
  interest_rate_permille INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  deleted_at     INTEGER,
  deleted_reason TEXT,
  CONSTRAINT microloan_amount CHECK (amount_fen > 0 AND amount_fen <= 5000000),
  CONSTRAINT microloan_term CHECK (term_months BETWEEN 1 AND 36)
);
INSERT INTO microloan_new (id, uuid, household_id, member_id, borrower_name, borrower_id_number, bank, amount_fen, loan_date, term_months, due_date, purpose_code, purpose, interest_rate_permille, created_at, updated_at, updated_by, revision, deleted_at, deleted_reason)
  SELECT id, fupin_uuid_bytes(uuid), household_id, member_id, borrower_name, borrower_id_number, bank, amount_fen, loan_date, term_months, due_date, purpose_code, purpose, interest_rate_permille, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision, fupin_unix_time(deleted_at), deleted_reason FROM microloan;
DROP TABLE microloan;
ALTER TABLE microloan_new RENAME TO microloan;
CREATE INDEX microloan_household ON microloan(household_id);
CREATE INDEX microloan_due ON microloan(due_date);

CREATE TABLE household_benefit_new (
  id           INTEGER PRIMARY KEY,
  uuid         BLOB NOT NULL,
  household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  year         INTEGER NOT NULL,
  benefit_code TEXT NOT NULL,
  amount_fen   INTEGER NOT NULL DEFAULT 0,
  note         TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  deleted_at     INTEGER,
  deleted_reason TEXT,
  CONSTRAINT household_benefit_amount CHECK (amount_fen >= 0)
);
INSERT INTO household_benefit_new (id, uuid, household_id, year, benefit_code, amount_fen, note, created_at, updated_at, updated_by, revision, deleted_at, deleted_reason)
  SELECT id, fupin_uuid_bytes(uuid), household_id, year, benefit_code, amount_fen, note, fupin_unix_time(created_at), fupin_unix_time(updated_at), updated_by, revision, fupin_unix_time(deleted_at), deleted_reason FROM household_benefit;
DROP TABLE household_benefit;
ALTER TABLE household_benefit_new RENAME TO household_benefit;
CREATE INDEX household_benefit_household ON household_benefit(household_id, year);

CREATE TABLE visit_photo_new (
  id         INTEGER PRIMARY KEY,
  uuid       BLOB NOT NULL UNIQUE,
  visit_id   INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
  bytes      BLOB NOT NULL,
  mime       TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  deleted_at INTEGER
, deleted_with_visit INTEGER NOT NULL DEFAULT 0
  CONSTRAINT visit_photo_deleted_with_visit CHECK (deleted_with_visit IN (0, 1)));
INSERT INTO visit_photo_new (id, uuid, visit_id, bytes, mime, created_at, created_by, deleted_at, deleted_with_visit)
  SELECT id, fupin_uuid_bytes(uuid), visit_id, bytes, mime, fupin_unix_time(created_at), created_by, fupin_unix_time(deleted_at), deleted_with_visit FROM visit_photo;
DROP TABLE visit_photo;
ALTER TABLE visit_photo_new RENAME TO visit_photo;
CREATE INDEX visit_photo_visit ON visit_photo(visit_id) WHERE deleted_at IS NULL;

CREATE TABLE loan_event_new (
  id           INTEGER PRIMARY KEY,
  uuid         BLOB NOT NULL,
  loan_id      INTEGER NOT NULL REFERENCES microloan(id),
  kind         TEXT NOT NULL,                    -- repayment, extension, subsidy
  event_date   TEXT NOT NULL,
  amount_fen   INTEGER NOT NULL DEFAULT 0,
  new_due_date TEXT,
  reverses_id  INTEGER UNIQUE REFERENCES loan_event(id),
  note         TEXT NOT NULL DEFAULT '',         -- a reversal's reason
  created_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  CONSTRAINT loan_event_kind CHECK (kind IN ('repayment', 'extension', 'subsidy')),
  CONSTRAINT loan_event_amount CHECK ((reverses_id IS NULL AND amount_fen >= 0) OR (reverses_id IS NOT NULL AND amount_fen <= 0))
);
INSERT INTO loan_event_new (id, uuid, loan_id, kind, event_date, amount_fen, new_due_date, reverses_id, note, created_at, updated_by)
  SELECT id, fupin_uuid_bytes(uuid), loan_id, kind, event_date, amount_fen, new_due_date, reverses_id, note, fupin_unix_time(created_at), updated_by FROM loan_event;
DROP TABLE loan_event;
ALTER TABLE loan_event_new RENAME TO loan_event;
CREATE INDEX loan_event_loan ON loan_event(loan_id, kind, event_date, amount_fen);

-- The triggers again.
CREATE TRIGGER member_search_insert AFTER INSERT ON member BEGIN
  INSERT OR IGNORE INTO member_search_queue (search_rowid, member_id)
  VALUES ((new.household_id << 24) | (new.id & 16777215), new.id);
END;
CREATE TRIGGER member_search_update AFTER UPDATE OF name, id_number, household_id ON member BEGIN
  INSERT OR IGNORE INTO member_search_queue (search_rowid, member_id)
  VALUES ((old.household_id << 24) | (old.id & 16777215), old.id);
  INSERT OR IGNORE INTO member_search_queue (search_rowid, member_id)
  VALUES ((new.household_id << 24) | (new.id & 16777215), new.id);
END;
CREATE TRIGGER member_search_delete AFTER DELETE ON member BEGIN
  INSERT OR IGNORE INTO member_search_queue (search_rowid, member_id)
  VALUES ((old.household_id << 24) | (old.id & 16777215), old.id);
END;
CREATE TRIGGER fund_disbursement_same_line BEFORE INSERT ON fund_disbursement
  WHEN NOT EXISTS (SELECT 1 FROM fund_allocation a WHERE a.id = NEW.allocation_id AND a.source_id = NEW.source_id
                   AND a.project_id = NEW.project_id)
  BEGIN SELECT RAISE(ABORT, 'fund_disbursement_line'); END;
CREATE TRIGGER fund_receipt_no_update BEFORE UPDATE ON fund_receipt
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_receipt_no_delete BEFORE DELETE ON fund_receipt
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_allocation_no_update BEFORE UPDATE ON fund_allocation
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_allocation_no_delete BEFORE DELETE ON fund_allocation
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_disbursement_no_update BEFORE UPDATE ON fund_disbursement
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_disbursement_no_delete BEFORE DELETE ON fund_disbursement
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER project_target_insert BEFORE INSERT ON project
  WHEN trim(NEW.performance_target) = '' AND NEW.status NOT IN ('proposed', 'cancelled')
  BEGIN SELECT RAISE(ABORT, 'project_performance_target'); END;
CREATE TRIGGER project_target_update BEFORE UPDATE OF performance_target, status ON project
  WHEN trim(NEW.performance_target) = '' AND NEW.status NOT IN ('proposed', 'cancelled')
  BEGIN SELECT RAISE(ABORT, 'project_performance_target'); END;
CREATE TRIGGER project_event_no_update BEFORE UPDATE ON project_event
  BEGIN SELECT RAISE(ABORT, 'project_history_append_only'); END;
CREATE TRIGGER project_event_no_delete BEFORE DELETE ON project_event
  BEGIN SELECT RAISE(ABORT, 'project_history_append_only'); END;
CREATE TRIGGER visit_last_insert AFTER INSERT ON visit WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO visit_last (cadre_id, household_id, last_date) VALUES (new.cadre_id, new.household_id, new.visit_date)
    ON CONFLICT (cadre_id, household_id) DO UPDATE SET last_date = max(last_date, excluded.last_date);
END;
CREATE TRIGGER visit_last_companion_insert AFTER INSERT ON visit_companion BEGIN
  INSERT INTO visit_last (cadre_id, household_id, last_date)
    SELECT new.cadre_id, v.household_id, v.visit_date FROM visit v WHERE v.id = new.visit_id AND v.deleted_at IS NULL
    ON CONFLICT (cadre_id, household_id) DO UPDATE SET last_date = max(last_date, excluded.last_date);
END;
CREATE TRIGGER visit_last_update AFTER UPDATE OF household_id, cadre_id, visit_date, deleted_at ON visit BEGIN
  DELETE FROM visit_last WHERE household_id IN (old.household_id, new.household_id);
  INSERT INTO visit_last (cadre_id, household_id, last_date)
    SELECT a.cadre_id, a.household_id, max(a.visit_date) FROM (
      SELECT v.cadre_id, v.household_id, v.visit_date FROM visit v
        WHERE v.household_id IN (old.household_id, new.household_id) AND v.deleted_at IS NULL
      UNION ALL
      SELECT c.cadre_id, v.household_id, v.visit_date FROM visit v JOIN visit_companion c ON c.visit_id = v.id
        WHERE v.household_id IN (old.household_id, new.household_id) AND v.deleted_at IS NULL) a
    GROUP BY a.cadre_id, a.household_id;
END;
CREATE TRIGGER visit_last_delete AFTER DELETE ON visit BEGIN
  DELETE FROM visit_last WHERE household_id = old.household_id;
  INSERT INTO visit_last (cadre_id, household_id, last_date)
    SELECT a.cadre_id, old.household_id, max(a.visit_date) FROM (
      SELECT v.cadre_id, v.visit_date FROM visit v WHERE v.household_id = old.household_id AND v.deleted_at IS NULL
      UNION ALL
      SELECT c.cadre_id, v.visit_date FROM visit v JOIN visit_companion c ON c.visit_id = v.id
        WHERE v.household_id = old.household_id AND v.deleted_at IS NULL) a
    GROUP BY a.cadre_id;
END;
CREATE TRIGGER visit_last_companion_delete AFTER DELETE ON visit_companion BEGIN
  DELETE FROM visit_last WHERE household_id = (SELECT household_id FROM visit WHERE id = old.visit_id);
  INSERT INTO visit_last (cadre_id, household_id, last_date)
    SELECT a.cadre_id, a.household_id, max(a.visit_date) FROM (
      SELECT v.cadre_id, v.household_id, v.visit_date FROM visit v
        WHERE v.household_id = (SELECT household_id FROM visit WHERE id = old.visit_id) AND v.deleted_at IS NULL
      UNION ALL
      SELECT c.cadre_id, v.household_id, v.visit_date FROM visit v JOIN visit_companion c ON c.visit_id = v.id
        WHERE v.household_id = (SELECT household_id FROM visit WHERE id = old.visit_id) AND v.deleted_at IS NULL) a
    GROUP BY a.cadre_id, a.household_id;
END;
CREATE TRIGGER loan_event_no_update BEFORE UPDATE ON loan_event
  BEGIN SELECT RAISE(ABORT, 'loan_history_append_only'); END;
CREATE TRIGGER loan_event_no_delete BEFORE DELETE ON loan_event
  BEGIN SELECT RAISE(ABORT, 'loan_history_append_only'); END;
CREATE TRIGGER fund_receipt_no_replace BEFORE INSERT ON fund_receipt
  WHEN EXISTS (SELECT 1 FROM fund_receipt WHERE id = NEW.id OR uuid = NEW.uuid)
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_allocation_no_replace BEFORE INSERT ON fund_allocation
  WHEN EXISTS (SELECT 1 FROM fund_allocation WHERE id = NEW.id OR uuid = NEW.uuid)
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_disbursement_no_replace BEFORE INSERT ON fund_disbursement
  WHEN EXISTS (SELECT 1 FROM fund_disbursement WHERE id = NEW.id OR uuid = NEW.uuid)
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER project_event_no_replace BEFORE INSERT ON project_event
  WHEN EXISTS (SELECT 1 FROM project_event WHERE id = NEW.id OR uuid = NEW.uuid)
  BEGIN SELECT RAISE(ABORT, 'project_history_append_only'); END;
CREATE TRIGGER loan_event_no_replace BEFORE INSERT ON loan_event
  WHEN EXISTS (SELECT 1 FROM loan_event WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'loan_history_append_only'); END;
CREATE TRIGGER status_event_no_update BEFORE UPDATE ON status_event
  BEGIN SELECT RAISE(ABORT, 'status_history_append_only'); END;
CREATE TRIGGER status_event_no_delete BEFORE DELETE ON status_event
  BEGIN SELECT RAISE(ABORT, 'status_history_append_only'); END;
CREATE TRIGGER status_event_no_replace BEFORE INSERT ON status_event
  WHEN EXISTS (SELECT 1 FROM status_event WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'status_history_append_only'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log_append_only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log_append_only'); END;
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
  WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'audit_log_append_only'); END;
CREATE TRIGGER fund_receipt_amount_bound BEFORE INSERT ON fund_receipt
  WHEN NEW.amount_fen > 1000000000000 OR NEW.amount_fen < -1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER fund_allocation_amount_bound BEFORE INSERT ON fund_allocation
  WHEN NEW.amount_fen > 1000000000000 OR NEW.amount_fen < -1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER fund_disbursement_amount_bound BEFORE INSERT ON fund_disbursement
  WHEN NEW.amount_fen > 1000000000000 OR NEW.amount_fen < -1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER loan_event_amount_bound BEFORE INSERT ON loan_event
  WHEN NEW.amount_fen > 1000000000000 OR NEW.amount_fen < -1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER project_event_amount_bound BEFORE INSERT ON project_event
  WHEN NEW.contract_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER household_benefit_amount_insert BEFORE INSERT ON household_benefit
  WHEN NEW.amount_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER household_benefit_amount_update BEFORE UPDATE OF amount_fen ON household_benefit
  WHEN NEW.amount_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER project_budget_insert BEFORE INSERT ON project
  WHEN NEW.budget_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER project_budget_update BEFORE UPDATE OF budget_fen ON project
  WHEN NEW.budget_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER measure_amount_insert BEFORE INSERT ON measure
  WHEN NEW.amount_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER measure_amount_update BEFORE UPDATE OF amount_fen ON measure
  WHEN NEW.amount_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER fund_receipt_reversal_exact BEFORE INSERT ON fund_receipt
  WHEN NEW.reverses_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM fund_receipt o WHERE o.id = NEW.reverses_id AND o.reverses_id IS NULL
      AND o.source_id = NEW.source_id AND o.amount_fen = -NEW.amount_fen AND o.received_on <= NEW.received_on)
  BEGIN SELECT RAISE(ABORT, 'fund_reversal_not_exact'); END;
CREATE TRIGGER fund_allocation_reversal_exact BEFORE INSERT ON fund_allocation
  WHEN NEW.reverses_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM fund_allocation o WHERE o.id = NEW.reverses_id AND o.reverses_id IS NULL
      AND o.source_id = NEW.source_id AND o.project_id = NEW.project_id AND o.amount_fen = -NEW.amount_fen
      AND o.allocated_on <= NEW.allocated_on)
  BEGIN SELECT RAISE(ABORT, 'fund_reversal_not_exact'); END;
CREATE TRIGGER fund_disbursement_reversal_exact BEFORE INSERT ON fund_disbursement
  WHEN NEW.reverses_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM fund_disbursement o WHERE o.id = NEW.reverses_id AND o.reverses_id IS NULL
      AND o.allocation_id = NEW.allocation_id AND o.household_id IS NEW.household_id
      AND o.amount_fen = -NEW.amount_fen AND o.paid_on <= NEW.paid_on)
  BEGIN SELECT RAISE(ABORT, 'fund_reversal_not_exact'); END;
CREATE TRIGGER loan_event_reversal_exact BEFORE INSERT ON loan_event
  WHEN NEW.reverses_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM loan_event o WHERE o.id = NEW.reverses_id AND o.reverses_id IS NULL
      AND o.loan_id = NEW.loan_id AND o.kind = NEW.kind AND o.amount_fen = -NEW.amount_fen
      AND o.event_date <= NEW.event_date)
  BEGIN SELECT RAISE(ABORT, 'loan_reversal_not_exact'); END;
CREATE TRIGGER fund_disbursement_standing_allocation BEFORE INSERT ON fund_disbursement
  WHEN NEW.reverses_id IS NULL AND EXISTS (
    SELECT 1 FROM fund_allocation a WHERE (a.id = NEW.allocation_id AND a.reverses_id IS NOT NULL)
      OR a.reverses_id = NEW.allocation_id)
  BEGIN SELECT RAISE(ABORT, 'fund_allocation_reversed'); END;
CREATE TRIGGER fund_receipt_reversal_within_unallocated BEFORE INSERT ON fund_receipt
  WHEN NEW.amount_fen < 0 AND EXISTS (
    SELECT 1 FROM (SELECT d, SUM(v) OVER (ORDER BY d) AS balance FROM (
        SELECT '' AS d, (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_receipt
                           WHERE source_id = NEW.source_id AND received_on < NEW.received_on)
                      - (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_allocation
                           WHERE source_id = NEW.source_id AND allocated_on < NEW.received_on) AS v
        UNION ALL SELECT received_on, amount_fen FROM fund_receipt
          WHERE source_id = NEW.source_id AND received_on >= NEW.received_on
        UNION ALL SELECT allocated_on, -amount_fen FROM fund_allocation
          WHERE source_id = NEW.source_id AND allocated_on >= NEW.received_on
        UNION ALL SELECT NEW.received_on, 0))
    WHERE d >= NEW.received_on AND balance < -NEW.amount_fen)
  BEGIN SELECT RAISE(ABORT, 'fund_allocated_exceeds_received'); END;
CREATE TRIGGER fund_allocation_within_received BEFORE INSERT ON fund_allocation
  WHEN NEW.amount_fen > 0 AND EXISTS (
    SELECT 1 FROM (SELECT d, SUM(v) OVER (ORDER BY d) AS balance FROM (
        SELECT '' AS d, (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_receipt
                           WHERE source_id = NEW.source_id AND received_on < NEW.allocated_on)
                      - (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_allocation
                           WHERE source_id = NEW.source_id AND allocated_on < NEW.allocated_on) AS v
        UNION ALL SELECT received_on, amount_fen FROM fund_receipt
          WHERE source_id = NEW.source_id AND received_on >= NEW.allocated_on
        UNION ALL SELECT allocated_on, -amount_fen FROM fund_allocation
          WHERE source_id = NEW.source_id AND allocated_on >= NEW.allocated_on
        UNION ALL SELECT NEW.allocated_on, 0))
    WHERE d >= NEW.allocated_on AND balance < NEW.amount_fen)
  BEGIN SELECT RAISE(ABORT, 'fund_allocated_exceeds_received'); END;
CREATE TRIGGER fund_allocation_reversal_within_unpaid BEFORE INSERT ON fund_allocation
  WHEN NEW.amount_fen < 0 AND EXISTS (
    SELECT 1 FROM (SELECT d, SUM(v) OVER (ORDER BY d) AS balance FROM (
        SELECT '' AS d, (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_allocation WHERE project_id = NEW.project_id
                           AND source_id = NEW.source_id AND allocated_on < NEW.allocated_on)
                      - (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_disbursement WHERE project_id = NEW.project_id
                           AND source_id = NEW.source_id AND paid_on < NEW.allocated_on) AS v
        UNION ALL SELECT allocated_on, amount_fen FROM fund_allocation
          WHERE project_id = NEW.project_id AND source_id = NEW.source_id AND allocated_on >= NEW.allocated_on
        UNION ALL SELECT paid_on, -amount_fen FROM fund_disbursement
          WHERE project_id = NEW.project_id AND source_id = NEW.source_id AND paid_on >= NEW.allocated_on
        UNION ALL SELECT NEW.allocated_on, 0))
    WHERE d >= NEW.allocated_on AND balance < -NEW.amount_fen)
  BEGIN SELECT RAISE(ABORT, 'fund_disbursed_exceeds_allocated'); END;
CREATE TRIGGER fund_disbursement_within_allocated BEFORE INSERT ON fund_disbursement
  WHEN NEW.amount_fen > 0 AND EXISTS (
    SELECT 1 FROM (SELECT d, SUM(v) OVER (ORDER BY d) AS balance FROM (
        SELECT '' AS d, (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_allocation WHERE project_id = NEW.project_id
                           AND source_id = NEW.source_id AND allocated_on < NEW.paid_on)
                      - (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_disbursement WHERE project_id = NEW.project_id
                           AND source_id = NEW.source_id AND paid_on < NEW.paid_on) AS v
        UNION ALL SELECT allocated_on, amount_fen FROM fund_allocation
          WHERE project_id = NEW.project_id AND source_id = NEW.source_id AND allocated_on >= NEW.paid_on
        UNION ALL SELECT paid_on, -amount_fen FROM fund_disbursement
          WHERE project_id = NEW.project_id AND source_id = NEW.source_id AND paid_on >= NEW.paid_on
        UNION ALL SELECT NEW.paid_on, 0))
    WHERE d >= NEW.paid_on AND balance < NEW.amount_fen)
  BEGIN SELECT RAISE(ABORT, 'fund_disbursed_exceeds_allocated'); END;
CREATE TRIGGER loan_event_within_outstanding BEFORE INSERT ON loan_event
  WHEN NEW.kind = 'repayment' AND NEW.amount_fen > 0
    AND (SELECT COALESCE(SUM(amount_fen), 0) FROM loan_event WHERE loan_id = NEW.loan_id AND kind = 'repayment')
        + NEW.amount_fen > (SELECT amount_fen FROM microloan WHERE id = NEW.loan_id)
  BEGIN SELECT RAISE(ABORT, 'loan_outstanding_negative'); END;
CREATE TRIGGER microloan_fixed_after_repayment BEFORE UPDATE OF amount_fen, loan_date ON microloan
  WHEN (NEW.amount_fen IS NOT OLD.amount_fen OR NEW.loan_date IS NOT OLD.loan_date) AND EXISTS (
    SELECT 1 FROM loan_event e WHERE e.loan_id = OLD.id AND e.kind = 'repayment' AND e.reverses_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM loan_event r WHERE r.reverses_id = e.id))
  BEGIN SELECT RAISE(ABORT, 'loan_fixed_after_repayment'); END;
CREATE TRIGGER microloan_no_replace BEFORE INSERT ON microloan
  WHEN EXISTS (SELECT 1 FROM microloan WHERE id = NEW.id OR uuid = NEW.uuid)
  BEGIN SELECT RAISE(ABORT, 'loan_fixed_after_repayment'); END;

DROP INDEX visit_last_date;

-- The member search again, without column sizes (schema 002 describes its rowids and tokens).
DROP TABLE member_search;
CREATE VIRTUAL TABLE member_search USING fts5(chars, rid, tokenize = 'unicode61', columnsize = 0);
INSERT INTO member_search (rowid, chars, rid)
  SELECT (household_id << 24) | (id & 16777215), fupin_chars(name), fupin_reverse(id_number) FROM member;
DELETE FROM member_search_queue;
