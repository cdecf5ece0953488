-- SPDX-License-Identifier: GPL-3.0-or-later
-- Fupin county database, level 1. One county per file. Money is integer fen, dates ISO-8601 text.
-- Every record users edit carries uuid, created_at, updated_at, updated_by and revision so that
-- records can later be merged between PCs.

CREATE TABLE county_info (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Code lists (codes/*.csv), copied in on creation so a county can relabel its own copy.
CREATE TABLE code_item (
  list       TEXT NOT NULL,
  code       TEXT NOT NULL,
  name_zh    TEXT NOT NULL,
  name_en    TEXT NOT NULL,
  extra      TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL,
  PRIMARY KEY (list, code)
) WITHOUT ROWID;

CREATE TABLE poverty_line (
  year     INTEGER PRIMARY KEY,
  line_fen INTEGER NOT NULL CHECK (line_fen > 0),
  note     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE monitoring_threshold (
  year          INTEGER PRIMARY KEY,
  threshold_fen INTEGER NOT NULL CHECK (threshold_fen > 0),
  note          TEXT NOT NULL DEFAULT ''
);

CREATE TABLE cadre_rank (
  rank_zh        TEXT PRIMARY KEY,
  rank_en        TEXT NOT NULL,
  max_households INTEGER NOT NULL CHECK (max_households > 0)
);

-- County (1) → township (2) → administrative village (3) → villager group (4).
CREATE TABLE division (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  parent_id  INTEGER REFERENCES division(id),
  level      INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  code       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  poor_village INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX division_parent ON division(parent_id);

CREATE TABLE household (
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
  status_code         TEXT NOT NULL,                 -- 贫困户状态
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
  revision   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX household_village ON household(village_id);
CREATE INDEX household_township ON household(township_id);
CREATE INDEX household_status ON household(status_code);

CREATE TABLE member (
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
  revision   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX member_household ON member(household_id, position);
CREATE INDEX member_id_number ON member(id_number) WHERE id_number <> '';
CREATE INDEX member_head ON member(household_id) WHERE relation_code = '01';

-- Income of one household in one year, all in fen.
CREATE TABLE income (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  household_id      INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  year              INTEGER NOT NULL,
  household_size    INTEGER NOT NULL CHECK (household_size > 0),
  wage_migrant      INTEGER NOT NULL DEFAULT 0,
  wage_welfare_job  INTEGER NOT NULL DEFAULT 0,
  op_crops          INTEGER NOT NULL DEFAULT 0,
  op_livestock      INTEGER NOT NULL DEFAULT 0,
  op_forestry       INTEGER NOT NULL DEFAULT 0,
  op_other          INTEGER NOT NULL DEFAULT 0,
  prop_dividend     INTEGER NOT NULL DEFAULT 0,
  prop_land_transfer INTEGER NOT NULL DEFAULT 0,
  tr_family_planning INTEGER NOT NULL DEFAULT 0,
  tr_subsistence    INTEGER NOT NULL DEFAULT 0,
  tr_extreme_support INTEGER NOT NULL DEFAULT 0,
  tr_pension        INTEGER NOT NULL DEFAULT 0,
  tr_eco_compensation INTEGER NOT NULL DEFAULT 0,
  tr_subsidies      INTEGER NOT NULL DEFAULT 0,
  tr_alimony        INTEGER NOT NULL DEFAULT 0,
  tr_insurance      INTEGER NOT NULL DEFAULT 0,
  op_costs          INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  UNIQUE (household_id, year)
);

-- Living conditions and 两不愁三保障 of one household in one year.
CREATE TABLE living_condition (
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
  UNIQUE (household_id, year)
);

-- Procedure steps: identify, exit_proposal, exit_notice, exit, relapse, monitor, risk_eliminated.
CREATE TABLE status_event (
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
  revision   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX status_event_household ON status_event(household_id, event_date);

CREATE TABLE household_risk (              -- 风险类型 of a monitoring household, up to 5
  household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  risk_code    TEXT NOT NULL,
  PRIMARY KEY (household_id, risk_code)
) WITHOUT ROWID;

CREATE TABLE assistance_unit (            -- 帮扶单位
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  form_code   TEXT NOT NULL,              -- one of the five forms (+ government)
  level_code  TEXT NOT NULL,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE cadre (                      -- 帮扶干部
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  sex_code       TEXT NOT NULL,
  id_number      TEXT NOT NULL DEFAULT '',
  political_code TEXT NOT NULL DEFAULT '',
  unit_id        INTEGER REFERENCES assistance_unit(id),
  post           TEXT NOT NULL DEFAULT '',
  rank_zh        TEXT NOT NULL DEFAULT '一般干部',
  phone          TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE pairing (                    -- household ↔ 帮扶责任人; a change adds a row
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  cadre_id     INTEGER NOT NULL REFERENCES cadre(id),
  start_date   TEXT NOT NULL,
  end_date     TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX pairing_household ON pairing(household_id);
CREATE INDEX pairing_cadre ON pairing(cadre_id);
CREATE INDEX pairing_current ON pairing(household_id) WHERE end_date IS NULL;

CREATE TABLE work_team (                  -- 驻村工作队
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  village_id  INTEGER NOT NULL REFERENCES division(id),
  unit_id     INTEGER REFERENCES assistance_unit(id),
  start_date  TEXT NOT NULL,
  end_date    TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE work_team_member (
  team_id   INTEGER NOT NULL REFERENCES work_team(id) ON DELETE CASCADE,
  cadre_id  INTEGER NOT NULL REFERENCES cadre(id),
  role      TEXT NOT NULL DEFAULT 'member', -- first_secretary, leader, member
  PRIMARY KEY (team_id, cadre_id)
) WITHOUT ROWID;

CREATE TABLE visit (                      -- 走访记录
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  cadre_id     INTEGER NOT NULL REFERENCES cadre(id),
  visit_date   TEXT NOT NULL,
  findings     TEXT NOT NULL DEFAULT '',
  actions      TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX visit_household ON visit(household_id, visit_date);

CREATE TABLE project (                    -- 项目库
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
  revision   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE project_beneficiary (
  project_id   INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  PRIMARY KEY (project_id, household_id)
) WITHOUT ROWID;

-- Assistance measures a household receives (帮扶措施).
CREATE TABLE measure (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  household_id  INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  category_code TEXT NOT NULL,
  description   TEXT NOT NULL DEFAULT '',
  start_date    TEXT NOT NULL,
  amount_fen    INTEGER NOT NULL DEFAULT 0,
  project_id    INTEGER REFERENCES project(id),
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX measure_household ON measure(household_id);

CREATE TABLE fund_source (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,
  name               TEXT NOT NULL,
  type_code          TEXT NOT NULL,
  year               INTEGER NOT NULL,
  assistance_unit_id INTEGER REFERENCES assistance_unit(id),
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE fund_receipt (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  source_id  INTEGER NOT NULL REFERENCES fund_source(id),
  received_on TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  note       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE fund_allocation (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  source_id   INTEGER NOT NULL REFERENCES fund_source(id),
  project_id  INTEGER NOT NULL REFERENCES project(id),
  allocated_on TEXT NOT NULL,
  amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE fund_disbursement (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  allocation_id INTEGER NOT NULL REFERENCES fund_allocation(id),
  paid_on       TEXT NOT NULL,
  amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
  payee         TEXT NOT NULL,
  household_id  INTEGER REFERENCES household(id),
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE annual_target (              -- 年度减贫目标
  year          INTEGER NOT NULL,
  division_id   INTEGER NOT NULL REFERENCES division(id),
  households    INTEGER NOT NULL DEFAULT 0,
  people        INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (year, division_id)
) WITHOUT ROWID;

CREATE TABLE app_user (
  id            INTEGER PRIMARY KEY,
  login         TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL DEFAULT 'village',  -- county, township, village
  division_id   INTEGER REFERENCES division(id),
  password_hash TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);

-- Who changed which field of which record, from what to what, and when.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  changed_at  TEXT NOT NULL,
  changed_by  TEXT NOT NULL,
  table_name  TEXT NOT NULL,
  record_uuid TEXT NOT NULL,
  action      TEXT NOT NULL,              -- insert, update, delete, restore
  field       TEXT NOT NULL DEFAULT '',
  old_value   TEXT,
  new_value   TEXT
);
CREATE INDEX audit_record ON audit_log(record_uuid, id);
