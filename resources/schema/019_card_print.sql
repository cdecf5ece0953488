-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 19: the print log of cards (明白卡 and the other cards). Every card printed or saved as a PDF
-- gets a print number of the county, drawn on the card and in its QR code, and a row here naming
-- the household, the template, the year of the card's content, who printed it and when, so that a
-- reprint is traceable. Entries are only ever appended (RecordKind appendOnly, Stamps::Entered).

CREATE TABLE card_print (
  id            INTEGER PRIMARY KEY,
  uuid          BLOB NOT NULL UNIQUE,
  household_id  INTEGER NOT NULL REFERENCES household(id),
  print_number  INTEGER NOT NULL UNIQUE CHECK (print_number > 0),
  template      TEXT NOT NULL DEFAULT 'household',   -- household, contact, policy, income
  card_year     INTEGER NOT NULL,
  layout        TEXT NOT NULL DEFAULT 'a4',          -- a4, a5 (two on an A4 sheet)
  created_at INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  CONSTRAINT card_print_template CHECK (template IN ('household', 'contact', 'policy', 'income')),
  CONSTRAINT card_print_layout CHECK (layout IN ('a4', 'a5'))
);
CREATE INDEX card_print_household ON card_print(household_id, created_at);
CREATE TRIGGER card_print_no_update BEFORE UPDATE ON card_print
  BEGIN SELECT RAISE(ABORT, 'card_print_append_only'); END;
CREATE TRIGGER card_print_no_delete BEFORE DELETE ON card_print
  BEGIN SELECT RAISE(ABORT, 'card_print_append_only'); END;
CREATE TRIGGER card_print_no_replace BEFORE INSERT ON card_print
  WHEN EXISTS (SELECT 1 FROM card_print WHERE id = NEW.id OR uuid = NEW.uuid)
  BEGIN SELECT RAISE(ABORT, 'card_print_append_only'); END;
