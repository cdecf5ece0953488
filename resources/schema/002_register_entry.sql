-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 2: what fast, forgiving data entry needs. Search over member names and the last digits of
-- resident IDs, decisions that two similar people are different, and drafts of unsaved editors.

-- Names are indexed character by character (fupin_chars: '张三' -> '张 三'), so that a phrase query
-- finds any part of a name however short; IDs reversed (fupin_reverse), so that the last digits
-- become a prefix. Both functions are registered by the app on every connection. The rowid holds
-- the household in its upper bits, (household_id << 24) | (member id & 0xFFFFFF), so a search
-- yields households without reading a single stored row.
CREATE VIRTUAL TABLE member_search USING fts5(chars, rid, tokenize = 'unicode61');
INSERT INTO member_search (rowid, chars, rid)
  SELECT (household_id << 24) | (id & 16777215), fupin_chars(name), fupin_reverse(id_number) FROM member;

CREATE TRIGGER member_search_insert AFTER INSERT ON member BEGIN
  INSERT INTO member_search (rowid, chars, rid)
  VALUES ((new.household_id << 24) | (new.id & 16777215), fupin_chars(new.name), fupin_reverse(new.id_number));
END;
CREATE TRIGGER member_search_update AFTER UPDATE OF name, id_number, household_id ON member BEGIN
  DELETE FROM member_search WHERE rowid = (old.household_id << 24) | (old.id & 16777215);
  INSERT INTO member_search (rowid, chars, rid)
  VALUES ((new.household_id << 24) | (new.id & 16777215), fupin_chars(new.name), fupin_reverse(new.id_number));
END;
CREATE TRIGGER member_search_delete AFTER DELETE ON member BEGIN
  DELETE FROM member_search WHERE rowid = (old.household_id << 24) | (old.id & 16777215);
END;

CREATE INDEX household_deleted ON household(id) WHERE deleted_at IS NOT NULL;
CREATE INDEX household_phone ON household(phone) WHERE phone <> '';
CREATE INDEX household_attribute ON household(attribute_code);
CREATE INDEX household_cause ON household(main_cause_code);
CREATE INDEX household_monitoring ON household(monitoring_category) WHERE monitoring_category IS NOT NULL;

-- Two members with the same name and birth date in one township that a user confirmed to be
-- different people; member uuids, the smaller first.
CREATE TABLE distinct_person (
  member_uuid_a TEXT NOT NULL,
  member_uuid_b TEXT NOT NULL,
  decided_by    TEXT NOT NULL,
  decided_at    TEXT NOT NULL,
  PRIMARY KEY (member_uuid_a, member_uuid_b),
  CHECK (member_uuid_a < member_uuid_b)
) WITHOUT ROWID;
CREATE INDEX member_name_birth ON member(name, birth_date);

-- Unsaved work of a household editor, written as it is typed, so a crash or power cut loses
-- nothing. household_id is NULL for a household that was never saved.
CREATE TABLE draft (
  key          TEXT PRIMARY KEY,
  household_id INTEGER REFERENCES household(id) ON DELETE CASCADE,
  label        TEXT NOT NULL,
  content      TEXT NOT NULL,
  saved_at     TEXT NOT NULL
);

INSERT OR IGNORE INTO county_info (key, value) VALUES ('exit_notice_days', '7');
