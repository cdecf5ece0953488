#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes county_level3.fupin: a county at schema level 3 with one row in every table users edit,
for the migration tests. Run from the source root: python3 tests/data/make_county_level3.py"""
import os
import sqlite3

OUT = 'tests/data/county_level3.fupin'
if os.path.exists(OUT):
    os.remove(OUT)
db = sqlite3.connect(OUT)
db.create_function('fupin_chars', 1, lambda s: ' '.join(c for c in (s or '') if not c.isspace()), deterministic=True)
db.create_function('fupin_reverse', 1, lambda s: (s or '')[::-1], deterministic=True)
for name in ('001_initial.sql', '002_register_entry.sql', '003_audit_household.sql'):
    db.executescript(open('resources/schema/' + name, encoding='utf-8').read())
T = "'2024-03-01T09:00:00'"
common = f"{T}, {T}, 'admin', 1"
db.executescript(f"""
PRAGMA foreign_keys = ON;
INSERT INTO division VALUES (1, 'd0000000-0000-4000-8000-000000000001', NULL, 1, '522633', '从江县', 0, {common});
INSERT INTO division VALUES (2, 'd0000000-0000-4000-8000-000000000002', 1, 2, '522633100', '丙妹镇', 0, {common});
INSERT INTO division VALUES (3, 'd0000000-0000-4000-8000-000000000003', 2, 3, '522633100201', '岜沙村', 1, {common});
INSERT INTO division VALUES (4, 'd0000000-0000-4000-8000-000000000004', 3, 4, '522633100201001', '一组', 0, {common});
INSERT INTO household (id, uuid, code, township_id, village_id, group_id, attribute_code, status_code,
  identification_year, main_cause_code, relocated, created_at, updated_at, updated_by)
  VALUES (7, 'h0000000-0000-4000-8000-000000000007', '5226331002010010001', 2, 3, 4, '1', '0', 2014, '05', 1,
          {T}, {T}, 'admin');
INSERT INTO member (id, uuid, household_id, position, name, sex_code, id_number, birth_date, relation_code,
  months_worked, welfare_job, welfare_job_months, created_at, updated_at, updated_by)
  VALUES (11, 'm0000000-0000-4000-8000-000000000011', 7, 1, '滚老岩', '1', '522633196501010031', '1965-01-01', '01',
          10, 1, 12, {T}, {T}, 'admin'),
         (12, 'm0000000-0000-4000-8000-000000000012', 7, 2, '贾妹', '2', '522633196803020046', '1968-03-02', '10',
          6, 0, 0, {T}, {T}, 'admin');
INSERT INTO income (uuid, household_id, year, household_size, wage_migrant, op_crops, op_costs, created_at,
  updated_at, updated_by) VALUES ('i0000000-0000-4000-8000-000000000001', 7, 2023, 2, 1200000, 350000, 80000,
  {T}, {T}, 'admin');
INSERT INTO living_condition (uuid, household_id, year, farmland_mu, water_safe, housing_secure, created_at,
  updated_at, updated_by) VALUES ('l0000000-0000-4000-8000-000000000001', 7, 2023, 2.5, 1, 1, {T}, {T}, 'admin');
INSERT INTO status_event (uuid, household_id, kind, event_date, reason, created_at, updated_at, updated_by)
  VALUES ('s0000000-0000-4000-8000-000000000001', 7, 'identify', '2014-10-01', '建档立卡', {T}, {T}, 'admin');
INSERT INTO household_risk VALUES (7, '2');
INSERT INTO assistance_unit VALUES (1, 'u0000000-0000-4000-8000-000000000001', '县农业农村局', '6', '4', {common});
INSERT INTO cadre (id, uuid, name, sex_code, unit_id, created_at, updated_at, updated_by)
  VALUES (1, 'c0000000-0000-4000-8000-000000000001', '王干部', '1', 1, {T}, {T}, 'admin');
INSERT INTO pairing (uuid, household_id, cadre_id, start_date, created_at, updated_at, updated_by)
  VALUES ('p0000000-0000-4000-8000-000000000001', 7, 1, '2016-01-01', {T}, {T}, 'admin');
INSERT INTO work_team (id, uuid, village_id, unit_id, start_date, created_at, updated_at, updated_by)
  VALUES (1, 'w0000000-0000-4000-8000-000000000001', 3, 1, '2018-03-01', {T}, {T}, 'admin');
INSERT INTO work_team_member VALUES (1, 1, 'first_secretary');
INSERT INTO visit (uuid, household_id, cadre_id, visit_date, findings, created_at, updated_at, updated_by)
  VALUES ('v0000000-0000-4000-8000-000000000001', 7, 1, '2023-05-04', '住房安全', {T}, {T}, 'admin');
INSERT INTO project (id, uuid, name, category_code, division_id, year, budget_fen, performance_target, status,
  created_at, updated_at, updated_by)
  VALUES (1, 'j0000000-0000-4000-8000-000000000001', '岜沙村产业路', '03', 3, 2023, 50000000, '硬化道路 3 公里',
          'in_progress', {T}, {T}, 'admin');
INSERT INTO project_beneficiary VALUES (1, 7);
INSERT INTO measure (uuid, household_id, category_code, start_date, amount_fen, project_id, created_at,
  updated_at, updated_by)
  VALUES ('e0000000-0000-4000-8000-000000000001', 7, '01', '2023-04-01', 300000, 1, {T}, {T}, 'admin');
INSERT INTO fund_source (id, uuid, name, type_code, year, created_at, updated_at, updated_by)
  VALUES (1, 'f0000000-0000-4000-8000-000000000001', '中央财政专项扶贫资金', '01', 2023, {T}, {T}, 'admin');
INSERT INTO fund_allocation (id, uuid, source_id, project_id, allocated_on, amount_fen, created_at, updated_at,
  updated_by) VALUES (1, 'a0000000-0000-4000-8000-000000000001', 1, 1, '2023-03-01', 40000000, {T}, {T}, 'admin');
INSERT INTO fund_disbursement (uuid, allocation_id, paid_on, amount_fen, payee, household_id, created_at,
  updated_at, updated_by) VALUES ('b0000000-0000-4000-8000-000000000001', 1, '2023-06-01', 10000000, '施工单位',
  NULL, {T}, {T}, 'admin');
INSERT INTO annual_target VALUES (2023, 1, 120, 480);
INSERT INTO distinct_person VALUES ('m0000000-0000-4000-8000-000000000011', 'm0000000-0000-4000-8000-000000000012',
  'admin', {T});
INSERT INTO audit_log (changed_at, changed_by, table_name, record_uuid, action, household_id)
  VALUES ({T}, 'admin', 'household', 'h0000000-0000-4000-8000-000000000007', 'insert', 7);
INSERT INTO county_info (key, value) VALUES ('note', 'level 3 fixture');
PRAGMA user_version = 3;
PRAGMA application_id = 1179996233;  -- "FUPI"
""")
assert db.execute('PRAGMA foreign_key_check').fetchall() == []
db.commit()
db.execute('VACUUM')
db.close()
