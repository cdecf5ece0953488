-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 23: a record's creation time is stored only where it differs from its last change, and the
-- member search keeps no copy of the names it finds (issue 17).
-- Most records are never changed after they are entered (incomes, living conditions, status steps,
-- visits, measures, ledger entries), and each kept the same four-byte time twice, in 2.7 million rows
-- of the 100,000-household county. Nothing is lost:
-- * created_at is NULL while a record is as it was entered: it was created when it was last changed.
--   Read it in sqlite3 with
--     SELECT datetime(coalesce(created_at, updated_at), 'unixepoch', 'localtime') FROM income WHERE id = 1;
-- * Changing updated_at (Fupin on every save, or by hand) first keeps the old time as created_at
--   (the trigger <table>_created_kept), so the creation time is never lost; writing created_at
--   itself always works.
-- The column is replaced in place (add, fill, drop, rename): it moves to the end of the table. After
-- the upgrade Fupin compacts the file (VACUUM), so that it really shrinks.

-- Entries that are only ever appended refuse every UPDATE: their triggers go while the column is
-- replaced, and come back as they were.
DROP TRIGGER status_event_no_update;
DROP TRIGGER fund_receipt_no_update;
DROP TRIGGER fund_allocation_no_update;
DROP TRIGGER fund_disbursement_no_update;

ALTER TABLE division ADD COLUMN created_since INTEGER;
UPDATE division SET created_since = nullif(created_at, updated_at);
ALTER TABLE division DROP COLUMN created_at;
ALTER TABLE division RENAME COLUMN created_since TO created_at;
CREATE TRIGGER division_created_kept AFTER UPDATE OF updated_at ON division
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE division SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE household ADD COLUMN created_since INTEGER;
UPDATE household SET created_since = nullif(created_at, updated_at);
ALTER TABLE household DROP COLUMN created_at;
ALTER TABLE household RENAME COLUMN created_since TO created_at;
CREATE TRIGGER household_created_kept AFTER UPDATE OF updated_at ON household
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE household SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE member ADD COLUMN created_since INTEGER;
UPDATE member SET created_since = nullif(created_at, updated_at);
ALTER TABLE member DROP COLUMN created_at;
ALTER TABLE member RENAME COLUMN created_since TO created_at;
CREATE TRIGGER member_created_kept AFTER UPDATE OF updated_at ON member
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE member SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE income ADD COLUMN created_since INTEGER;
UPDATE income SET created_since = nullif(created_at, updated_at);
ALTER TABLE income DROP COLUMN created_at;
ALTER TABLE income RENAME COLUMN created_since TO created_at;
CREATE TRIGGER income_created_kept AFTER UPDATE OF updated_at ON income
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE income SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE living_condition ADD COLUMN created_since INTEGER;
UPDATE living_condition SET created_since = nullif(created_at, updated_at);
ALTER TABLE living_condition DROP COLUMN created_at;
ALTER TABLE living_condition RENAME COLUMN created_since TO created_at;
CREATE TRIGGER living_condition_created_kept AFTER UPDATE OF updated_at ON living_condition
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE living_condition SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE status_event ADD COLUMN created_since INTEGER;
UPDATE status_event SET created_since = nullif(created_at, updated_at);
ALTER TABLE status_event DROP COLUMN created_at;
ALTER TABLE status_event RENAME COLUMN created_since TO created_at;
CREATE TRIGGER status_event_created_kept AFTER UPDATE OF updated_at ON status_event
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE status_event SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE assistance_unit ADD COLUMN created_since INTEGER;
UPDATE assistance_unit SET created_since = nullif(created_at, updated_at);
ALTER TABLE assistance_unit DROP COLUMN created_at;
ALTER TABLE assistance_unit RENAME COLUMN created_since TO created_at;
CREATE TRIGGER assistance_unit_created_kept AFTER UPDATE OF updated_at ON assistance_unit
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE assistance_unit SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE cadre ADD COLUMN created_since INTEGER;
UPDATE cadre SET created_since = nullif(created_at, updated_at);
ALTER TABLE cadre DROP COLUMN created_at;
ALTER TABLE cadre RENAME COLUMN created_since TO created_at;
CREATE TRIGGER cadre_created_kept AFTER UPDATE OF updated_at ON cadre
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE cadre SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE pairing ADD COLUMN created_since INTEGER;
UPDATE pairing SET created_since = nullif(created_at, updated_at);
ALTER TABLE pairing DROP COLUMN created_at;
ALTER TABLE pairing RENAME COLUMN created_since TO created_at;
CREATE TRIGGER pairing_created_kept AFTER UPDATE OF updated_at ON pairing
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE pairing SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE work_team ADD COLUMN created_since INTEGER;
UPDATE work_team SET created_since = nullif(created_at, updated_at);
ALTER TABLE work_team DROP COLUMN created_at;
ALTER TABLE work_team RENAME COLUMN created_since TO created_at;
CREATE TRIGGER work_team_created_kept AFTER UPDATE OF updated_at ON work_team
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE work_team SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE work_team_member ADD COLUMN created_since INTEGER;
UPDATE work_team_member SET created_since = nullif(created_at, updated_at);
ALTER TABLE work_team_member DROP COLUMN created_at;
ALTER TABLE work_team_member RENAME COLUMN created_since TO created_at;
CREATE TRIGGER work_team_member_created_kept AFTER UPDATE OF updated_at ON work_team_member
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE work_team_member SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE visit ADD COLUMN created_since INTEGER;
UPDATE visit SET created_since = nullif(created_at, updated_at);
ALTER TABLE visit DROP COLUMN created_at;
ALTER TABLE visit RENAME COLUMN created_since TO created_at;
CREATE TRIGGER visit_created_kept AFTER UPDATE OF updated_at ON visit
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE visit SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE measure ADD COLUMN created_since INTEGER;
UPDATE measure SET created_since = nullif(created_at, updated_at);
ALTER TABLE measure DROP COLUMN created_at;
ALTER TABLE measure RENAME COLUMN created_since TO created_at;
CREATE TRIGGER measure_created_kept AFTER UPDATE OF updated_at ON measure
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE measure SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE project ADD COLUMN created_since INTEGER;
UPDATE project SET created_since = nullif(created_at, updated_at);
ALTER TABLE project DROP COLUMN created_at;
ALTER TABLE project RENAME COLUMN created_since TO created_at;
CREATE TRIGGER project_created_kept AFTER UPDATE OF updated_at ON project
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE project SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE fund_source ADD COLUMN created_since INTEGER;
UPDATE fund_source SET created_since = nullif(created_at, updated_at);
ALTER TABLE fund_source DROP COLUMN created_at;
ALTER TABLE fund_source RENAME COLUMN created_since TO created_at;
CREATE TRIGGER fund_source_created_kept AFTER UPDATE OF updated_at ON fund_source
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE fund_source SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE fund_receipt ADD COLUMN created_since INTEGER;
UPDATE fund_receipt SET created_since = nullif(created_at, updated_at);
ALTER TABLE fund_receipt DROP COLUMN created_at;
ALTER TABLE fund_receipt RENAME COLUMN created_since TO created_at;
CREATE TRIGGER fund_receipt_created_kept AFTER UPDATE OF updated_at ON fund_receipt
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE fund_receipt SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE fund_allocation ADD COLUMN created_since INTEGER;
UPDATE fund_allocation SET created_since = nullif(created_at, updated_at);
ALTER TABLE fund_allocation DROP COLUMN created_at;
ALTER TABLE fund_allocation RENAME COLUMN created_since TO created_at;
CREATE TRIGGER fund_allocation_created_kept AFTER UPDATE OF updated_at ON fund_allocation
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE fund_allocation SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE fund_disbursement ADD COLUMN created_since INTEGER;
UPDATE fund_disbursement SET created_since = nullif(created_at, updated_at);
ALTER TABLE fund_disbursement DROP COLUMN created_at;
ALTER TABLE fund_disbursement RENAME COLUMN created_since TO created_at;
CREATE TRIGGER fund_disbursement_created_kept AFTER UPDATE OF updated_at ON fund_disbursement
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE fund_disbursement SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE household_benefit ADD COLUMN created_since INTEGER;
UPDATE household_benefit SET created_since = nullif(created_at, updated_at);
ALTER TABLE household_benefit DROP COLUMN created_at;
ALTER TABLE household_benefit RENAME COLUMN created_since TO created_at;
CREATE TRIGGER household_benefit_created_kept AFTER UPDATE OF updated_at ON household_benefit
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE household_benefit SET created_at = OLD.updated_at WHERE id = OLD.id; END;

ALTER TABLE microloan ADD COLUMN created_since INTEGER;
UPDATE microloan SET created_since = nullif(created_at, updated_at);
ALTER TABLE microloan DROP COLUMN created_at;
ALTER TABLE microloan RENAME COLUMN created_since TO created_at;
CREATE TRIGGER microloan_created_kept AFTER UPDATE OF updated_at ON microloan
  WHEN OLD.created_at IS NULL AND NEW.created_at IS NULL AND NEW.updated_at IS NOT OLD.updated_at
  BEGIN UPDATE microloan SET created_at = OLD.updated_at WHERE id = OLD.id; END;

CREATE TRIGGER status_event_no_update BEFORE UPDATE ON status_event
  BEGIN SELECT RAISE(ABORT, 'status_history_append_only'); END;
CREATE TRIGGER fund_receipt_no_update BEFORE UPDATE ON fund_receipt
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_allocation_no_update BEFORE UPDATE ON fund_allocation
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_disbursement_no_update BEFORE UPDATE ON fund_disbursement
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;

-- The member search keeps no copy of what it finds (an FTS5 table without content, "contentless"):
-- only its index, whose entries name the member by rowid as before (schema 002). The copy of each
-- member's characters was 14 MB of the 100,000-household county. An entry is removed with the
-- characters it was made with, so the queue of members to index again now keeps, for an entry that
-- is in the index, the name and ID number it was made from (indexed_name NULL: nothing indexed there).
DROP TRIGGER member_search_insert;
DROP TRIGGER member_search_update;
DROP TRIGGER member_search_delete;
DROP TABLE member_search;
CREATE VIRTUAL TABLE member_search USING fts5(chars, rid, tokenize = 'unicode61', content = '', columnsize = 0);
DELETE FROM member_search_queue;
ALTER TABLE member_search_queue ADD COLUMN indexed_name TEXT;
ALTER TABLE member_search_queue ADD COLUMN indexed_id_number TEXT;
INSERT INTO member_search (rowid, chars, rid)
  SELECT (household_id << 24) | (id & 16777215), fupin_chars(name), fupin_reverse(id_number) FROM member;
CREATE TRIGGER member_search_insert AFTER INSERT ON member BEGIN
  INSERT OR IGNORE INTO member_search_queue (search_rowid, member_id)
  VALUES ((new.household_id << 24) | (new.id & 16777215), new.id);
END;
CREATE TRIGGER member_search_update AFTER UPDATE OF name, id_number, household_id ON member BEGIN
  INSERT OR IGNORE INTO member_search_queue (search_rowid, member_id, indexed_name, indexed_id_number)
  VALUES ((old.household_id << 24) | (old.id & 16777215), old.id, old.name, old.id_number);
  INSERT OR IGNORE INTO member_search_queue (search_rowid, member_id)
  VALUES ((new.household_id << 24) | (new.id & 16777215), new.id);
END;
CREATE TRIGGER member_search_delete AFTER DELETE ON member BEGIN
  INSERT OR IGNORE INTO member_search_queue (search_rowid, member_id, indexed_name, indexed_id_number)
  VALUES ((old.household_id << 24) | (old.id & 16777215), old.id, old.name, old.id_number);
END;
