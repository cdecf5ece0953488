-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 5: accounts (issue 7). Every change is made as a real account, each with a role and, for
-- township and village accounts, the divisions they work in. Passwords are argon2id hashes;
-- an empty hash means "no password" (a one-person office). Accounts are deactivated, never
-- deleted: the audit trail names them.
CREATE TABLE app_user_new (
  id            INTEGER PRIMARY KEY,
  login         TEXT NOT NULL COLLATE NOCASE,
  full_name     TEXT NOT NULL DEFAULT '',
  phone         TEXT NOT NULL DEFAULT '',
  role          TEXT NOT NULL,
  active        INTEGER NOT NULL DEFAULT 1,
  password_hash TEXT NOT NULL DEFAULT '',
  failed_logins INTEGER NOT NULL DEFAULT 0,    -- wrong passwords in a row
  locked_until  TEXT,                          -- set after too many wrong passwords
  last_login_at TEXT,
  created_at    TEXT NOT NULL,
  created_by    TEXT NOT NULL DEFAULT '',
  changed_at    TEXT NOT NULL,
  changed_by    TEXT NOT NULL DEFAULT '',
  CONSTRAINT app_user_login UNIQUE (login),
  CONSTRAINT app_user_role CHECK (role IN ('admin', 'county', 'township', 'village', 'auditor')),
  CONSTRAINT flag_active CHECK (active IN (0, 1)),
  CONSTRAINT app_user_failed_logins CHECK (failed_logins >= 0)
);
INSERT INTO app_user_new (id, login, full_name, role, password_hash, created_at, changed_at)
  SELECT id, login, display_name, CASE role WHEN 'county' THEN 'county' WHEN 'township' THEN 'township'
                                            ELSE 'village' END,
         password_hash, created_at, created_at
  FROM app_user;
-- The townships and villages a township or village account works in.
CREATE TABLE app_user_scope (
  user_id     INTEGER NOT NULL REFERENCES app_user(id),
  division_id INTEGER NOT NULL REFERENCES division(id),
  PRIMARY KEY (user_id, division_id)
) WITHOUT ROWID;
INSERT INTO app_user_scope (user_id, division_id)
  SELECT id, division_id FROM app_user WHERE division_id IS NOT NULL;
DROP TABLE app_user;
ALTER TABLE app_user_new RENAME TO app_user;

-- A county set up before accounts existed was worked on as "admin" (the audit trail says so):
-- that name becomes a real administrator without a password, so the county opens as before.
INSERT INTO app_user (login, full_name, role, created_at, created_by, changed_at, changed_by)
  SELECT 'admin', '管理员', 'admin', strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), 'admin',
         strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), 'admin'
  WHERE NOT EXISTS (SELECT 1 FROM app_user) AND EXISTS (SELECT 1 FROM division WHERE level = 1);
