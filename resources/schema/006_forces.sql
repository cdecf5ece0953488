-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 6: the assistance forces become a working part of the file (issue 9).
-- * Units: the paired province or city of East-West cooperation, state-owned or private
--   enterprise, contact person and phone, and active (a unit in use is marked inactive, never
--   deleted).
-- * Cadres: first secretary or not, active or not.
-- * Pairings: the reason given when a pairing goes over the cadre's cap.
-- * Measures: their result (帮扶成效) and the cadre or unit that brought them.
-- * Visits: a follow-up date.
-- * Work team members: rows of their own (id, revision, soft delete), so that the record
--   machinery loads, saves and audits them like every other record.
-- * Indexes for the lists: a cadre's current households and a cadre's visits by date.

ALTER TABLE assistance_unit ADD COLUMN paired_region TEXT NOT NULL DEFAULT '';
ALTER TABLE assistance_unit ADD COLUMN ownership TEXT NOT NULL DEFAULT ''
  CONSTRAINT assistance_unit_ownership CHECK (ownership IN ('', 'state', 'private'));
ALTER TABLE assistance_unit ADD COLUMN contact_person TEXT NOT NULL DEFAULT '';
ALTER TABLE assistance_unit ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE assistance_unit ADD COLUMN active INTEGER NOT NULL DEFAULT 1
  CONSTRAINT assistance_unit_active CHECK (active IN (0, 1));

ALTER TABLE cadre ADD COLUMN first_secretary INTEGER NOT NULL DEFAULT 0
  CONSTRAINT cadre_first_secretary CHECK (first_secretary IN (0, 1));
ALTER TABLE cadre ADD COLUMN active INTEGER NOT NULL DEFAULT 1
  CONSTRAINT cadre_active CHECK (active IN (0, 1));

ALTER TABLE pairing ADD COLUMN over_cap_reason TEXT NOT NULL DEFAULT '';

ALTER TABLE measure ADD COLUMN result TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN cadre_id INTEGER REFERENCES cadre(id);
ALTER TABLE measure ADD COLUMN unit_id INTEGER REFERENCES assistance_unit(id);

ALTER TABLE visit ADD COLUMN follow_up_date TEXT;

CREATE TABLE work_team_member_new (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  team_id   INTEGER NOT NULL REFERENCES work_team(id) ON DELETE CASCADE,
  cadre_id  INTEGER NOT NULL REFERENCES cadre(id),
  role      TEXT NOT NULL DEFAULT 'member',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
  updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  deleted_at     TEXT,
  deleted_reason TEXT,
  CONSTRAINT work_team_member_role CHECK (role IN ('first_secretary', 'leader', 'member'))
);
INSERT INTO work_team_member_new (uuid, team_id, cadre_id, role)
  SELECT uuid, team_id, cadre_id, role FROM work_team_member ORDER BY team_id, cadre_id;
DROP TABLE work_team_member;
ALTER TABLE work_team_member_new RENAME TO work_team_member;
-- A cadre serves once in a team; a member who left (deleted) may join again.
CREATE UNIQUE INDEX work_team_member_once ON work_team_member(team_id, cadre_id) WHERE deleted_at IS NULL;
CREATE INDEX work_team_member_cadre ON work_team_member(cadre_id);

CREATE INDEX pairing_cadre_current ON pairing(cadre_id, household_id) WHERE end_date IS NULL AND deleted_at IS NULL;
-- A cadre's live visits by date, with the household: the "no visit in N days" list reads only this.
CREATE INDEX visit_cadre_date ON visit(cadre_id, visit_date, household_id) WHERE deleted_at IS NULL;
-- The "no visit in N days" list: a cadre's last live visit to a household, from the index alone.
CREATE INDEX visit_household_cadre ON visit(household_id, cadre_id, visit_date) WHERE deleted_at IS NULL;
