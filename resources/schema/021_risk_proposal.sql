-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 21: the proposal of a risk elimination (风险消除) becomes a step of its own, kind
-- 'risk_proposal': villages and townships propose, for a selection of monitoring households at once
-- (core/progress/BulkProposal), and the county eliminates. status_event's kind is a CHECK constraint,
-- so the table is rebuilt with the same columns, rows, index and append-only triggers.
DROP TRIGGER status_event_no_update;
DROP TRIGGER status_event_no_delete;
DROP TRIGGER status_event_no_replace;
CREATE TABLE status_event_new (
  id            INTEGER PRIMARY KEY,
  uuid          BLOB NOT NULL,
  household_id  INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL,
  event_date    TEXT NOT NULL,
  notice_start  TEXT,
  notice_days   INTEGER,
  monitoring_category TEXT,
  recorded_by   TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  attribute_code TEXT, reason INTEGER REFERENCES phrase(id),                      -- attribute: the household's new attribute
  CONSTRAINT status_event_kind CHECK (kind IN ('identify', 'exit_proposal', 'exit_notice', 'exit', 'relapse',
                                               'monitor', 'risk_proposal', 'risk_eliminated', 'attribute')),
  CONSTRAINT status_event_notice_days CHECK (notice_days IS NULL OR notice_days >= 0),
  CONSTRAINT status_event_attribute CHECK ((kind = 'attribute') = (attribute_code IS NOT NULL))
);
INSERT INTO status_event_new (id, uuid, household_id, kind, event_date, notice_start, notice_days, monitoring_category,
    recorded_by, created_at, updated_at, updated_by, revision, attribute_code, reason)
  SELECT id, uuid, household_id, kind, event_date, notice_start, notice_days, monitoring_category,
    recorded_by, created_at, updated_at, updated_by, revision, attribute_code, reason
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
