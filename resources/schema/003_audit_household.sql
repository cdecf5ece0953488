-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 3.
-- The household each audit entry belongs to, so that a household's history keeps the entries of
-- members, incomes and living conditions that have since been removed.
ALTER TABLE audit_log ADD COLUMN household_id INTEGER;
UPDATE audit_log SET household_id = coalesce(
  (SELECT id FROM household WHERE uuid = audit_log.record_uuid),
  (SELECT household_id FROM member WHERE uuid = audit_log.record_uuid),
  (SELECT household_id FROM income WHERE uuid = audit_log.record_uuid),
  (SELECT household_id FROM living_condition WHERE uuid = audit_log.record_uuid));
CREATE INDEX audit_household ON audit_log(household_id, id);
