-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 9: visits by several cadres (issue 9: "cadre(s)"), photos that go and come back with their
-- visit, and each cadre's last visit to each household kept ready for the lists.
-- * visit.cadre_id stays the lead cadre (带队干部) of the visit; the cadres who went along (同行干部)
--   are rows of visit_companion, numbered from 1 after the lead (the name visit_cadre is taken by an
--   index of level 4). A visit of one cadre has none, so every visit of an earlier level is
--   complete as it was: its cadre is its lead.
-- * visit_photo.deleted_with_visit: a photo soft-deleted because its visit was deleted (1) comes
--   back when the visit is restored; one removed on its own (0) stays removed.
-- * visit_last: the last live visit of each cadre (lead or companion) to each household. The "no
--   visit in N days" list and a cadre's page read it instead of the visits (500,000 of them in a
--   large county). Plain SQL triggers keep it, so a visit changed by another SQLite tool keeps it
--   right too; each recomputes the few visits of one household.
-- * A covering index for the lists: a cadre's current households.

CREATE TABLE visit_companion (
  visit_id INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
  cadre_id INTEGER NOT NULL REFERENCES cadre(id),
  position INTEGER NOT NULL CONSTRAINT visit_companion_position CHECK (position >= 1),
  PRIMARY KEY (visit_id, cadre_id)
) WITHOUT ROWID;
CREATE INDEX visit_companion_cadre ON visit_companion(cadre_id, visit_id);

ALTER TABLE visit_photo ADD COLUMN deleted_with_visit INTEGER NOT NULL DEFAULT 0
  CONSTRAINT visit_photo_deleted_with_visit CHECK (deleted_with_visit IN (0, 1));

CREATE TABLE visit_last (
  cadre_id     INTEGER NOT NULL,
  household_id INTEGER NOT NULL,
  last_date    TEXT NOT NULL,
  PRIMARY KEY (cadre_id, household_id)
) WITHOUT ROWID;
CREATE INDEX visit_last_household ON visit_last(household_id);
CREATE INDEX visit_last_date ON visit_last(last_date);
INSERT INTO visit_last (cadre_id, household_id, last_date)
  SELECT cadre_id, household_id, max(visit_date) FROM visit WHERE deleted_at IS NULL
  GROUP BY cadre_id, household_id;

-- A new live visit can only move its lead's date forward (companions come after, by their own).
CREATE TRIGGER visit_last_insert AFTER INSERT ON visit WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO visit_last (cadre_id, household_id, last_date) VALUES (new.cadre_id, new.household_id, new.visit_date)
    ON CONFLICT (cadre_id, household_id) DO UPDATE SET last_date = max(last_date, excluded.last_date);
END;
CREATE TRIGGER visit_last_companion_insert AFTER INSERT ON visit_companion BEGIN
  INSERT INTO visit_last (cadre_id, household_id, last_date)
    SELECT new.cadre_id, v.household_id, v.visit_date FROM visit v WHERE v.id = new.visit_id AND v.deleted_at IS NULL
    ON CONFLICT (cadre_id, household_id) DO UPDATE SET last_date = max(last_date, excluded.last_date);
END;
-- Anything else (a date, cadre or household changed, a visit deleted, restored or removed, a
-- companion removed) recomputes the household's rows from its visits.
CREATE TRIGGER visit_last_update AFTER UPDATE OF household_id, cadre_id, visit_date, deleted_at ON visit BEGIN
  DELETE FROM visit_last WHERE household_id IN (old.household_id, new.household_id);
  INSERT INTO visit_last (cadre_id, household_id, last_date)
    SELECT a.cadre_id, a.household_id, max(a.visit_date) FROM (
      SELECT v.cadre_id, v.household_id, v.visit_date FROM visit v
        WHERE v.household_id IN (old.household_id, new.household_id) AND v.deleted_at IS NULL
      UNION ALL
      SELECT c.cadre_id, v.household_id, v.visit_date FROM visit v JOIN visit_companion c ON c.visit_id = v.id
        WHERE v.household_id IN (old.household_id, new.household_id) AND v.deleted_at IS NULL) a
    GROUP BY a.cadre_id, a.household_id;
END;
CREATE TRIGGER visit_last_delete AFTER DELETE ON visit BEGIN
  DELETE FROM visit_last WHERE household_id = old.household_id;
  INSERT INTO visit_last (cadre_id, household_id, last_date)
    SELECT a.cadre_id, old.household_id, max(a.visit_date) FROM (
      SELECT v.cadre_id, v.visit_date FROM visit v WHERE v.household_id = old.household_id AND v.deleted_at IS NULL
      UNION ALL
      SELECT c.cadre_id, v.visit_date FROM visit v JOIN visit_companion c ON c.visit_id = v.id
        WHERE v.household_id = old.household_id AND v.deleted_at IS NULL) a
    GROUP BY a.cadre_id;
END;
CREATE TRIGGER visit_last_companion_delete AFTER DELETE ON visit_companion BEGIN
  DELETE FROM visit_last WHERE household_id = (SELECT household_id FROM visit WHERE id = old.visit_id);
  INSERT INTO visit_last (cadre_id, household_id, last_date)
    SELECT a.cadre_id, a.household_id, max(a.visit_date) FROM (
      SELECT v.cadre_id, v.household_id, v.visit_date FROM visit v
        WHERE v.household_id = (SELECT household_id FROM visit WHERE id = old.visit_id) AND v.deleted_at IS NULL
      UNION ALL
      SELECT c.cadre_id, v.household_id, v.visit_date FROM visit v JOIN visit_companion c ON c.visit_id = v.id
        WHERE v.household_id = (SELECT household_id FROM visit WHERE id = old.visit_id) AND v.deleted_at IS NULL) a
    GROUP BY a.cadre_id, a.household_id;
END;

-- Covering: the lists count a cadre's current households without reading the pairings' rows.
DROP INDEX pairing_cadre_current;
CREATE INDEX pairing_cadre_current ON pairing(cadre_id, household_id, end_date, deleted_at)
  WHERE end_date IS NULL AND deleted_at IS NULL;
