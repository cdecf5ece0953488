-- Drafts belong to the account that typed them: on a shared office PC, one person's unsaved edits
-- are not offered to the next person who signs in. Drafts from before accounts keep an empty
-- author and are offered to whoever signs in next, as before.
CREATE TABLE draft_new (
  author       TEXT NOT NULL DEFAULT '',
  key          TEXT NOT NULL,
  household_id INTEGER REFERENCES household(id) ON DELETE CASCADE,
  label        TEXT NOT NULL,
  content      TEXT NOT NULL,
  saved_at     TEXT NOT NULL,
  PRIMARY KEY (author, key)
);
INSERT INTO draft_new (author, key, household_id, label, content, saved_at)
  SELECT '', key, household_id, label, content, saved_at FROM draft;
DROP TABLE draft;
ALTER TABLE draft_new RENAME TO draft;
