-- Visit photos (走访照片): small JPEG/PNG images stored in the county file. The UI scales them to at
-- most 1600 px and core refuses anything over 500 KB, so a county file stays mailable.
CREATE TABLE visit_photo (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE,
  visit_id   INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
  bytes      BLOB NOT NULL,
  mime       TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  deleted_at TEXT
);
CREATE INDEX visit_photo_visit ON visit_photo(visit_id) WHERE deleted_at IS NULL;
