-- SPDX-License-Identifier: GPL-3.0-or-later
-- TEMPORARY (lead's tree only): replaced by the db branch's 004 at merge.
CREATE TABLE tombstone (uuid TEXT PRIMARY KEY, table_name TEXT NOT NULL, deleted_at TEXT NOT NULL,
  deleted_by TEXT NOT NULL) WITHOUT ROWID;
ALTER TABLE assistance_unit ADD COLUMN deleted_at TEXT;
ALTER TABLE assistance_unit ADD COLUMN deleted_reason TEXT;
ALTER TABLE cadre ADD COLUMN deleted_at TEXT;
ALTER TABLE cadre ADD COLUMN deleted_reason TEXT;
ALTER TABLE pairing ADD COLUMN deleted_at TEXT;
ALTER TABLE pairing ADD COLUMN deleted_reason TEXT;
ALTER TABLE work_team ADD COLUMN deleted_at TEXT;
ALTER TABLE work_team ADD COLUMN deleted_reason TEXT;
ALTER TABLE measure ADD COLUMN deleted_at TEXT;
ALTER TABLE measure ADD COLUMN deleted_reason TEXT;
ALTER TABLE visit ADD COLUMN deleted_at TEXT;
ALTER TABLE visit ADD COLUMN deleted_reason TEXT;
