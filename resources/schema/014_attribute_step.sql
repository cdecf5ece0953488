-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 14: a household's attribute (户属性, e.g. 一般贫困户 → 低保贫困户 in the annual adjustment)
-- is changed by a status step of its own, StatusProcedure's "attribute", which records the new
-- attribute in the step. status_event's kind is a CHECK constraint, so the table is rebuilt with the
-- new kind and the new column, in level 12's form (16-byte uuid, integer times); the append-only
-- triggers of level 12 go with the old table and are created again unchanged.

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
  attribute_code TEXT,                      -- attribute: the household's new attribute
  CONSTRAINT status_event_kind CHECK (kind IN ('identify', 'exit_proposal', 'exit_notice', 'exit', 'relapse',
                                               'monitor', 'risk_eliminated', 'attribute')),
  CONSTRAINT status_event_notice_days CHECK (notice_days IS NULL OR notice_days >= 0),
  CONSTRAINT status_event_attribute CHECK ((kind = 'attribute') = (attribute_code IS NOT NULL))
);
INSERT INTO status_event_new (id, uuid, household_id, kind, event_date, reason, notice_start, notice_days,
    monitoring_category, recorded_by, created_at, updated_at, updated_by, revision)
  SELECT id, uuid, household_id, kind, event_date, reason, notice_start, notice_days,
    monitoring_category, recorded_by, created_at, updated_at, updated_by, revision
  FROM status_event;
DROP TABLE status_event;
ALTER TABLE status_event_new RENAME TO status_event;
CREATE INDEX status_event_household ON status_event(household_id, event_date);

CREATE TRIGGER status_event_no_update BEFORE UPDATE ON status_event
  BEGIN SELECT RAISE(ABORT, 'status_history_append_only'); END;
CREATE TRIGGER status_event_no_delete BEFORE DELETE ON status_event
  BEGIN SELECT RAISE(ABORT, 'status_history_append_only'); END;
CREATE TRIGGER status_event_no_replace BEFORE INSERT ON status_event
  WHEN EXISTS (SELECT 1 FROM status_event WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'status_history_append_only'); END;
