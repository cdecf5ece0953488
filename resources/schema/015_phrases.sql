-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 15: text that many records repeat word for word is stored once (issue 17). A status step's
-- reason is most often the procedure's own sentence (经农户申请、民主评议、两公示一公告，识别为建档立卡贫困户),
-- a visit's findings and actions and a measure's description are most often a cadre's usual words;
-- each was stored again in every row, about a quarter of the 100,000-household county's file.
-- * The phrase table keeps each such text once; visit.findings, visit.actions, status_event.reason,
--   measure.description and household_benefit.note hold the id of theirs (NULL for no text). Fupin adds a new text as it
--   saves (fupin_phrase, RecordStore). Nothing is lost: the history keeps the words themselves.
-- * Read them in sqlite3 with
--     SELECT v.id, f.text AS findings, a.text AS actions FROM visit v
--       LEFT JOIN phrase f ON f.id = v.findings LEFT JOIN phrase a ON a.id = v.actions;
--   and change one by adding the text first:
--     INSERT INTO phrase (text) VALUES ('...');  UPDATE visit SET findings = last_insert_rowid() WHERE id = 1;
-- * phrase_start finds a text by its length and first characters, so that a county whose visits
--   all say something different stores little more than before.
-- The columns are replaced in place (add, fill, drop, rename); after the upgrade Fupin compacts the
-- file (VACUUM), so that it really shrinks.

CREATE TABLE phrase (                         -- a text many records share, stored once
  id   INTEGER PRIMARY KEY,
  text TEXT NOT NULL CONSTRAINT phrase_text CHECK (text <> '')
);
CREATE UNIQUE INDEX phrase_upgrade ON phrase(text);  -- for this upgrade only
INSERT OR IGNORE INTO phrase (text) SELECT reason FROM status_event WHERE reason <> '' ORDER BY id;
INSERT OR IGNORE INTO phrase (text) SELECT findings FROM visit WHERE findings <> '' ORDER BY id;
INSERT OR IGNORE INTO phrase (text) SELECT actions FROM visit WHERE actions <> '' ORDER BY id;
INSERT OR IGNORE INTO phrase (text) SELECT description FROM measure WHERE description <> '' ORDER BY id;
INSERT OR IGNORE INTO phrase (text) SELECT note FROM household_benefit WHERE note <> '' ORDER BY id;

-- status_event is append-only: its triggers go while the column is replaced, and come back as they were.
DROP TRIGGER status_event_no_update;
DROP TRIGGER status_event_no_delete;
DROP TRIGGER status_event_no_replace;
ALTER TABLE status_event ADD COLUMN reason_phrase INTEGER REFERENCES phrase(id);
UPDATE status_event SET reason_phrase = (SELECT id FROM phrase WHERE text = status_event.reason);
ALTER TABLE status_event DROP COLUMN reason;
ALTER TABLE status_event RENAME COLUMN reason_phrase TO reason;
CREATE TRIGGER status_event_no_update BEFORE UPDATE ON status_event
  BEGIN SELECT RAISE(ABORT, 'status_history_append_only'); END;
CREATE TRIGGER status_event_no_delete BEFORE DELETE ON status_event
  BEGIN SELECT RAISE(ABORT, 'status_history_append_only'); END;
CREATE TRIGGER status_event_no_replace BEFORE INSERT ON status_event
  WHEN EXISTS (SELECT 1 FROM status_event WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'status_history_append_only'); END;

ALTER TABLE visit ADD COLUMN findings_phrase INTEGER REFERENCES phrase(id);
ALTER TABLE visit ADD COLUMN actions_phrase INTEGER REFERENCES phrase(id);
UPDATE visit SET findings_phrase = (SELECT id FROM phrase WHERE text = visit.findings),
                 actions_phrase = (SELECT id FROM phrase WHERE text = visit.actions);
ALTER TABLE visit DROP COLUMN findings;
ALTER TABLE visit DROP COLUMN actions;
ALTER TABLE visit RENAME COLUMN findings_phrase TO findings;
ALTER TABLE visit RENAME COLUMN actions_phrase TO actions;

ALTER TABLE measure ADD COLUMN description_phrase INTEGER REFERENCES phrase(id);
UPDATE measure SET description_phrase = (SELECT id FROM phrase WHERE text = measure.description);
ALTER TABLE measure DROP COLUMN description;
ALTER TABLE measure RENAME COLUMN description_phrase TO description;

ALTER TABLE household_benefit ADD COLUMN note_phrase INTEGER REFERENCES phrase(id);
UPDATE household_benefit SET note_phrase = (SELECT id FROM phrase WHERE text = household_benefit.note);
ALTER TABLE household_benefit DROP COLUMN note;
ALTER TABLE household_benefit RENAME COLUMN note_phrase TO note;

DROP INDEX phrase_upgrade;
CREATE INDEX phrase_start ON phrase(length(text), substr(text, 1, 8));
