-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 4: the file keeps its own rules and stays open to other SQLite tools.
-- * The member search index no longer needs the app's functions: triggers only queue the changed
--   members (member_search_queue), and the app indexes them on open and before every search, so
--   sqlite3 or DB Browser can edit a member.
-- * CHECK constraints (flags 0/1, months 0-12, amounts >= 0, known status and step words), named
--   so that a refused value can be told by its rule. Tables are rebuilt (create new, copy, drop,
--   rename, recreate indexes and triggers); the migration runner turns foreign keys off around
--   the transaction and runs foreign_key_check before the commit.
-- * A uuid on every table users edit, soft delete for the assistance records, tombstones for
--   deleted child rows, and the indexes that joins and lookups need.

-- The search index: a queue of index entries that may be stale and the members to index again.
DROP TRIGGER IF EXISTS member_search_insert;
DROP TRIGGER IF EXISTS member_search_update;
DROP TRIGGER IF EXISTS member_search_delete;
CREATE TABLE member_search_queue (
  search_rowid INTEGER PRIMARY KEY,   -- an entry of member_search: (household_id << 24) | (id & 0xFFFFFF)
  member_id    INTEGER NOT NULL       -- the member to index again, if it still exists
);

-- division
CREATE TABLE division_new (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  parent_id  INTEGER REFERENCES division(id),
  level      INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  code       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  poor_village INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT flag_poor_village CHECK (poor_village IN (0, 1))
);
INSERT INTO division_new (id, uuid, parent_id, level, code, name, poor_village, created_at, updated_at, updated_by,
                          revision)
  SELECT id, uuid, parent_id, level, code, name, poor_village, created_at, updated_at, updated_by, revision
  FROM division;
DROP TABLE division;
ALTER TABLE division_new RENAME TO division;
CREATE INDEX division_parent ON division(parent_id);

-- household
CREATE TABLE household_new (
  id                  INTEGER PRIMARY KEY,
  uuid                TEXT NOT NULL UNIQUE,
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
  deleted_at          TEXT,                          -- soft delete: recoverable
  deleted_reason      TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT household_status CHECK (status_code IN ('0', '1', '3', '4', '9')),
  CONSTRAINT flag_military_family CHECK (military_family IN (0, 1)),
  CONSTRAINT flag_relocated CHECK (relocated IN (0, 1)),
  CONSTRAINT flag_cooperative CHECK (cooperative IN (0, 1)),
  CONSTRAINT flag_enterprise_led CHECK (enterprise_led IN (0, 1))
);
INSERT INTO household_new (id, uuid, code, township_id, village_id, group_id, address, phone, bank_name,
    bank_account, attribute_code, standard_code, status_code, identification_year, planned_exit_year, exit_year,
    main_cause_code, other_cause1_code, other_cause2_code, monitoring_category, military_family, relocated,
    relocation_mode, settlement_address, cooperative, enterprise_led, deleted_at, deleted_reason, created_at,
    updated_at, updated_by, revision)
  SELECT id, uuid, code, township_id, village_id, group_id, address, phone, bank_name,
    bank_account, attribute_code, standard_code, status_code, identification_year, planned_exit_year, exit_year,
    main_cause_code, other_cause1_code, other_cause2_code, monitoring_category, military_family, relocated,
    relocation_mode, settlement_address, cooperative, enterprise_led, deleted_at, deleted_reason, created_at,
    updated_at, updated_by, revision
  FROM household;
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

-- member
CREATE TABLE member_new (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
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
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
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
INSERT INTO member_new (id, uuid, household_id, position, name, sex_code, id_number, birth_date, relation_code,
    ethnicity_code, political_code, education_code, schooling_code, health_codes, labour_code, work_status_code,
    work_place, months_worked, medical_insurance, serious_illness_insurance, commercial_insurance,
    pension_insurance, subsistence_allowance, extreme_poverty_support, medical_assistance, welfare_job,
    welfare_job_months, dropout_reason, created_at, updated_at, updated_by, revision)
  SELECT id, uuid, household_id, position, name, sex_code, id_number, birth_date, relation_code,
    ethnicity_code, political_code, education_code, schooling_code, health_codes, labour_code, work_status_code,
    work_place, months_worked, medical_insurance, serious_illness_insurance, commercial_insurance,
    pension_insurance, subsistence_allowance, extreme_poverty_support, medical_assistance, welfare_job,
    welfare_job_months, dropout_reason, created_at, updated_at, updated_by, revision
  FROM member;
DROP TABLE member;
ALTER TABLE member_new RENAME TO member;
CREATE INDEX member_household ON member(household_id, position);
CREATE INDEX member_id_number ON member(id_number) WHERE id_number <> '';
CREATE INDEX member_head ON member(household_id) WHERE relation_code = '01';
CREATE INDEX member_name_birth ON member(name, birth_date);

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

-- income: every amount in fen, none negative
CREATE TABLE income_new (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
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
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  UNIQUE (household_id, year),
  CONSTRAINT income_amounts CHECK (wage_migrant >= 0 AND wage_welfare_job >= 0 AND op_crops >= 0 AND op_livestock >= 0 AND op_forestry >= 0 AND op_other >= 0 AND prop_dividend >= 0 AND prop_land_transfer >= 0 AND tr_family_planning >= 0 AND tr_subsistence >= 0 AND tr_extreme_support >= 0 AND tr_pension >= 0 AND tr_eco_compensation >= 0 AND tr_subsidies >= 0 AND tr_alimony >= 0 AND tr_insurance >= 0 AND op_costs >= 0)
);
INSERT INTO income_new (id, uuid, household_id, year, household_size, wage_migrant, wage_welfare_job, op_crops, op_livestock, op_forestry, op_other, prop_dividend, prop_land_transfer, tr_family_planning, tr_subsistence, tr_extreme_support, tr_pension, tr_eco_compensation, tr_subsidies, tr_alimony, tr_insurance, op_costs, created_at, updated_at, updated_by, revision)
  SELECT id, uuid, household_id, year, household_size, wage_migrant, wage_welfare_job, op_crops, op_livestock, op_forestry, op_other, prop_dividend, prop_land_transfer, tr_family_planning, tr_subsistence, tr_extreme_support, tr_pension, tr_eco_compensation, tr_subsidies, tr_alimony, tr_insurance, op_costs, created_at, updated_at, updated_by, revision FROM income;
DROP TABLE income;
ALTER TABLE income_new RENAME TO income;

-- living_condition: flags 0/1, areas and distances not negative
CREATE TABLE living_condition_new (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,
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
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
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
  SELECT id, uuid, household_id, year, farmland_mu, irrigated_mu, forest_mu, returned_farmland_mu, fruit_forest_mu, pasture_mu, water_surface_mu, production_power, household_power, radio_tv, road_distance_km, road_surface_code, housing_area_m2, house_rating_code, renovation_year, water_difficulty, water_safe, sanitary_toilet, cooking_fuel_code, food_secure, clothing_secure, education_secure, medical_secure, housing_secure, created_at, updated_at, updated_by, revision FROM living_condition;
DROP TABLE living_condition;
ALTER TABLE living_condition_new RENAME TO living_condition;

-- status_event: the procedure's step words (StatusProcedure)
CREATE TABLE status_event_new (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  household_id  INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL,
  event_date    TEXT NOT NULL,
  reason        TEXT NOT NULL DEFAULT '',
  notice_start  TEXT,
  notice_days   INTEGER,
  monitoring_category TEXT,
  recorded_by   TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT status_event_kind CHECK (kind IN ('identify', 'exit_proposal', 'exit_notice', 'exit', 'relapse',
                                               'monitor', 'risk_eliminated')),
  CONSTRAINT status_event_notice_days CHECK (notice_days IS NULL OR notice_days >= 0)
);
INSERT INTO status_event_new (id, uuid, household_id, kind, event_date, reason, notice_start, notice_days,
    monitoring_category, recorded_by, created_at, updated_at, updated_by, revision)
  SELECT id, uuid, household_id, kind, event_date, reason, notice_start, notice_days,
    monitoring_category, recorded_by, created_at, updated_at, updated_by, revision
  FROM status_event;
DROP TABLE status_event;
ALTER TABLE status_event_new RENAME TO status_event;
CREATE INDEX status_event_household ON status_event(household_id, event_date);

-- household_risk: a uuid for every row (existing rows get one from the default)
CREATE TABLE household_risk_new (
  household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  risk_code    TEXT NOT NULL,
  uuid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  PRIMARY KEY (household_id, risk_code)
) WITHOUT ROWID;
INSERT INTO household_risk_new (household_id, risk_code) SELECT household_id, risk_code FROM household_risk;
DROP TABLE household_risk;
ALTER TABLE household_risk_new RENAME TO household_risk;

-- Soft delete for the assistance records (NULL = live).
ALTER TABLE assistance_unit ADD COLUMN deleted_at TEXT;
ALTER TABLE assistance_unit ADD COLUMN deleted_reason TEXT;
ALTER TABLE cadre ADD COLUMN deleted_at TEXT;
ALTER TABLE cadre ADD COLUMN deleted_reason TEXT;
ALTER TABLE pairing ADD COLUMN deleted_at TEXT;
ALTER TABLE pairing ADD COLUMN deleted_reason TEXT;
ALTER TABLE work_team ADD COLUMN deleted_at TEXT;
ALTER TABLE work_team ADD COLUMN deleted_reason TEXT;
ALTER TABLE visit ADD COLUMN deleted_at TEXT;
ALTER TABLE visit ADD COLUMN deleted_reason TEXT;
CREATE INDEX work_team_village ON work_team(village_id);
CREATE INDEX visit_cadre ON visit(cadre_id);

-- work_team_member: a uuid, and the known roles
CREATE TABLE work_team_member_new (
  team_id   INTEGER NOT NULL REFERENCES work_team(id) ON DELETE CASCADE,
  cadre_id  INTEGER NOT NULL REFERENCES cadre(id),
  role      TEXT NOT NULL DEFAULT 'member',
  uuid      TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  PRIMARY KEY (team_id, cadre_id),
  CONSTRAINT work_team_member_role CHECK (role IN ('first_secretary', 'leader', 'member'))
) WITHOUT ROWID;
INSERT INTO work_team_member_new (team_id, cadre_id, role) SELECT team_id, cadre_id, role FROM work_team_member;
DROP TABLE work_team_member;
ALTER TABLE work_team_member_new RENAME TO work_team_member;

-- project: the lifecycle words (DOMAIN.md 5), nature, budget
CREATE TABLE project_new (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,
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
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT project_nature CHECK (nature IN ('new', 'extension')),
  CONSTRAINT project_status CHECK (status IN ('proposed', 'in_library', 'approved', 'tendering', 'in_progress',
                                              'completed', 'accepted', 'announced', 'cancelled')),
  CONSTRAINT project_budget CHECK (budget_fen >= 0)
);
INSERT INTO project_new (id, uuid, name, category_code, nature, division_id, year, start_date, end_date,
    responsible_unit, content, budget_fen, performance_target, benefit_mechanism, status, cancel_reason,
    assistance_unit_id, created_at, updated_at, updated_by, revision)
  SELECT id, uuid, name, category_code, nature, division_id, year, start_date, end_date,
    responsible_unit, content, budget_fen, performance_target, benefit_mechanism, status, cancel_reason,
    assistance_unit_id, created_at, updated_at, updated_by, revision
  FROM project;
DROP TABLE project;
ALTER TABLE project_new RENAME TO project;

-- project_beneficiary: a uuid
CREATE TABLE project_beneficiary_new (
  project_id   INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  uuid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  PRIMARY KEY (project_id, household_id)
) WITHOUT ROWID;
INSERT INTO project_beneficiary_new (project_id, household_id)
  SELECT project_id, household_id FROM project_beneficiary;
DROP TABLE project_beneficiary;
ALTER TABLE project_beneficiary_new RENAME TO project_beneficiary;

-- measure: amount not negative, soft delete
CREATE TABLE measure_new (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  household_id  INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  category_code TEXT NOT NULL,
  description   TEXT NOT NULL DEFAULT '',
  start_date    TEXT NOT NULL,
  amount_fen    INTEGER NOT NULL DEFAULT 0,
  project_id    INTEGER REFERENCES project(id),
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  deleted_at     TEXT,
  deleted_reason TEXT,
  CONSTRAINT measure_amount CHECK (amount_fen >= 0)
);
INSERT INTO measure_new (id, uuid, household_id, category_code, description, start_date, amount_fen, project_id,
    created_at, updated_at, updated_by, revision)
  SELECT id, uuid, household_id, category_code, description, start_date, amount_fen, project_id,
    created_at, updated_at, updated_by, revision
  FROM measure;
DROP TABLE measure;
ALTER TABLE measure_new RENAME TO measure;
CREATE INDEX measure_household ON measure(household_id);
CREATE INDEX measure_project ON measure(project_id);

CREATE INDEX fund_allocation_source_project ON fund_allocation(source_id, project_id);
CREATE INDEX fund_disbursement_allocation ON fund_disbursement(allocation_id);

-- annual_target: a uuid, counts not negative
CREATE TABLE annual_target_new (
  year          INTEGER NOT NULL,
  division_id   INTEGER NOT NULL REFERENCES division(id),
  households    INTEGER NOT NULL DEFAULT 0,
  people        INTEGER NOT NULL DEFAULT 0,
  uuid          TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  PRIMARY KEY (year, division_id),
  CONSTRAINT annual_target_counts CHECK (households >= 0 AND people >= 0)
) WITHOUT ROWID;
INSERT INTO annual_target_new (year, division_id, households, people)
  SELECT year, division_id, households, people FROM annual_target;
DROP TABLE annual_target;
ALTER TABLE annual_target_new RENAME TO annual_target;

-- distinct_person: a uuid
CREATE TABLE distinct_person_new (
  member_uuid_a TEXT NOT NULL,
  member_uuid_b TEXT NOT NULL,
  decided_by    TEXT NOT NULL,
  decided_at    TEXT NOT NULL,
  uuid          TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  PRIMARY KEY (member_uuid_a, member_uuid_b),
  CHECK (member_uuid_a < member_uuid_b)
) WITHOUT ROWID;
INSERT INTO distinct_person_new (member_uuid_a, member_uuid_b, decided_by, decided_at)
  SELECT member_uuid_a, member_uuid_b, decided_by, decided_at FROM distinct_person;
DROP TABLE distinct_person;
ALTER TABLE distinct_person_new RENAME TO distinct_person;

-- A deleted child row leaves its uuid here, so that an exchange between PCs can carry the delete.
CREATE TABLE tombstone (uuid TEXT PRIMARY KEY, table_name TEXT NOT NULL, deleted_at TEXT NOT NULL, deleted_by TEXT NOT NULL) WITHOUT ROWID;
