-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 11: the file keeps the money rules itself (issue 16), so that a file edited with another
-- SQLite tool cannot break them. FundLedger and MicroloanBook check each rule first and refuse in
-- words; these triggers are the floor under them, and their texts are never shown to a user.
-- * Loan events gain reversals: a mistyped repayment, extension or subsidy is corrected by a new
--   event of the same kind that points at it and negates its amount (never an update or delete).
-- * Append-only tables (ledger, project and loan events, status events, audit log) refuse an
--   INSERT that reuses an existing id or uuid: INSERT OR REPLACE deletes the old row without
--   firing DELETE triggers (unless recursive triggers are on), which rewrote history.
-- * Received >= allocated per source and allocated >= disbursed per source and project, on the
--   entry's date and every later date; a reversal is exactly the negated amount on the same line;
--   no payment out of a reversed allocation.
-- * Every amount column is bounded (|amount| <= 10^12 fen, 10 billion yuan) so that sums of them
--   stay exact in 64 bits.
-- * A loan's amount and date are fixed once a standing repayment exists, and repayments never
--   exceed the loan.

CREATE TABLE loan_event_new (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  loan_id      INTEGER NOT NULL REFERENCES microloan(id),
  kind         TEXT NOT NULL,                    -- repayment, extension, subsidy
  event_date   TEXT NOT NULL,
  amount_fen   INTEGER NOT NULL DEFAULT 0,
  new_due_date TEXT,
  reverses_id  INTEGER UNIQUE REFERENCES loan_event(id),
  note         TEXT NOT NULL DEFAULT '',         -- a reversal's reason
  created_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  CONSTRAINT loan_event_kind CHECK (kind IN ('repayment', 'extension', 'subsidy')),
  CONSTRAINT loan_event_amount CHECK ((reverses_id IS NULL AND amount_fen >= 0) OR (reverses_id IS NOT NULL AND amount_fen <= 0))
);
INSERT INTO loan_event_new (id, uuid, loan_id, kind, event_date, amount_fen, new_due_date, note, created_at, updated_by)
  SELECT id, uuid, loan_id, kind, event_date, amount_fen, new_due_date, note, created_at, updated_by FROM loan_event;
DROP TABLE loan_event;
ALTER TABLE loan_event_new RENAME TO loan_event;
CREATE INDEX loan_event_loan ON loan_event(loan_id, kind, event_date, amount_fen);
CREATE TRIGGER loan_event_no_update BEFORE UPDATE ON loan_event
  BEGIN SELECT RAISE(ABORT, 'loan_history_append_only'); END;
CREATE TRIGGER loan_event_no_delete BEFORE DELETE ON loan_event
  BEGIN SELECT RAISE(ABORT, 'loan_history_append_only'); END;

-- No INSERT OR REPLACE over an existing row of an append-only table.
CREATE TRIGGER fund_receipt_no_replace BEFORE INSERT ON fund_receipt
  WHEN EXISTS (SELECT 1 FROM fund_receipt WHERE id = NEW.id OR uuid = NEW.uuid)
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_allocation_no_replace BEFORE INSERT ON fund_allocation
  WHEN EXISTS (SELECT 1 FROM fund_allocation WHERE id = NEW.id OR uuid = NEW.uuid)
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_disbursement_no_replace BEFORE INSERT ON fund_disbursement
  WHEN EXISTS (SELECT 1 FROM fund_disbursement WHERE id = NEW.id OR uuid = NEW.uuid)
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER project_event_no_replace BEFORE INSERT ON project_event
  WHEN EXISTS (SELECT 1 FROM project_event WHERE id = NEW.id OR uuid = NEW.uuid)
  BEGIN SELECT RAISE(ABORT, 'project_history_append_only'); END;
CREATE TRIGGER loan_event_no_replace BEFORE INSERT ON loan_event
  WHEN EXISTS (SELECT 1 FROM loan_event WHERE id = NEW.id OR uuid = NEW.uuid)
  BEGIN SELECT RAISE(ABORT, 'loan_history_append_only'); END;
-- Status steps and the audit log were append-only by the code alone; now by the file too.
CREATE TRIGGER status_event_no_update BEFORE UPDATE ON status_event
  BEGIN SELECT RAISE(ABORT, 'status_history_append_only'); END;
CREATE TRIGGER status_event_no_delete BEFORE DELETE ON status_event
  BEGIN SELECT RAISE(ABORT, 'status_history_append_only'); END;
CREATE TRIGGER status_event_no_replace BEFORE INSERT ON status_event
  WHEN EXISTS (SELECT 1 FROM status_event WHERE id = NEW.id OR uuid = NEW.uuid)
  BEGIN SELECT RAISE(ABORT, 'status_history_append_only'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log_append_only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log_append_only'); END;
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
  WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'audit_log_append_only'); END;

-- Amounts within 10^12 fen (10 billion yuan) either way.
CREATE TRIGGER fund_receipt_amount_bound BEFORE INSERT ON fund_receipt
  WHEN NEW.amount_fen > 1000000000000 OR NEW.amount_fen < -1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER fund_allocation_amount_bound BEFORE INSERT ON fund_allocation
  WHEN NEW.amount_fen > 1000000000000 OR NEW.amount_fen < -1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER fund_disbursement_amount_bound BEFORE INSERT ON fund_disbursement
  WHEN NEW.amount_fen > 1000000000000 OR NEW.amount_fen < -1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER loan_event_amount_bound BEFORE INSERT ON loan_event
  WHEN NEW.amount_fen > 1000000000000 OR NEW.amount_fen < -1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER project_event_amount_bound BEFORE INSERT ON project_event
  WHEN NEW.contract_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER household_benefit_amount_insert BEFORE INSERT ON household_benefit
  WHEN NEW.amount_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER household_benefit_amount_update BEFORE UPDATE OF amount_fen ON household_benefit
  WHEN NEW.amount_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER project_budget_insert BEFORE INSERT ON project
  WHEN NEW.budget_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER project_budget_update BEFORE UPDATE OF budget_fen ON project
  WHEN NEW.budget_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER measure_amount_insert BEFORE INSERT ON measure
  WHEN NEW.amount_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;
CREATE TRIGGER measure_amount_update BEFORE UPDATE OF amount_fen ON measure
  WHEN NEW.amount_fen > 1000000000000
  BEGIN SELECT RAISE(ABORT, 'amount_out_of_bounds'); END;

-- A reversal negates exactly the entry it points at, on the same line, dated no earlier, and is
-- never itself reversed (reverses_id is UNIQUE: an entry is reversed at most once).
CREATE TRIGGER fund_receipt_reversal_exact BEFORE INSERT ON fund_receipt
  WHEN NEW.reverses_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM fund_receipt o WHERE o.id = NEW.reverses_id AND o.reverses_id IS NULL
      AND o.source_id = NEW.source_id AND o.amount_fen = -NEW.amount_fen AND o.received_on <= NEW.received_on)
  BEGIN SELECT RAISE(ABORT, 'fund_reversal_not_exact'); END;
CREATE TRIGGER fund_allocation_reversal_exact BEFORE INSERT ON fund_allocation
  WHEN NEW.reverses_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM fund_allocation o WHERE o.id = NEW.reverses_id AND o.reverses_id IS NULL
      AND o.source_id = NEW.source_id AND o.project_id = NEW.project_id AND o.amount_fen = -NEW.amount_fen
      AND o.allocated_on <= NEW.allocated_on)
  BEGIN SELECT RAISE(ABORT, 'fund_reversal_not_exact'); END;
CREATE TRIGGER fund_disbursement_reversal_exact BEFORE INSERT ON fund_disbursement
  WHEN NEW.reverses_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM fund_disbursement o WHERE o.id = NEW.reverses_id AND o.reverses_id IS NULL
      AND o.allocation_id = NEW.allocation_id AND o.household_id IS NEW.household_id
      AND o.amount_fen = -NEW.amount_fen AND o.paid_on <= NEW.paid_on)
  BEGIN SELECT RAISE(ABORT, 'fund_reversal_not_exact'); END;
CREATE TRIGGER loan_event_reversal_exact BEFORE INSERT ON loan_event
  WHEN NEW.reverses_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM loan_event o WHERE o.id = NEW.reverses_id AND o.reverses_id IS NULL
      AND o.loan_id = NEW.loan_id AND o.kind = NEW.kind AND o.amount_fen = -NEW.amount_fen
      AND o.event_date <= NEW.event_date)
  BEGIN SELECT RAISE(ABORT, 'loan_reversal_not_exact'); END;

-- No payment out of an allocation that is a reversal or has been reversed.
CREATE TRIGGER fund_disbursement_standing_allocation BEFORE INSERT ON fund_disbursement
  WHEN NEW.reverses_id IS NULL AND EXISTS (
    SELECT 1 FROM fund_allocation a WHERE (a.id = NEW.allocation_id AND a.reverses_id IS NOT NULL)
      OR a.reverses_id = NEW.allocation_id)
  BEGIN SELECT RAISE(ABORT, 'fund_allocation_reversed'); END;

-- Received >= allocated for the source, at the end of the entry's day and of every later day.
-- The balance before that day is one sum over a covering index; the running balance from that day
-- on is a window over the few rows dated from it (a new entry is usually the latest).
CREATE TRIGGER fund_receipt_reversal_within_unallocated BEFORE INSERT ON fund_receipt
  WHEN NEW.amount_fen < 0 AND EXISTS (
    SELECT 1 FROM (SELECT d, SUM(v) OVER (ORDER BY d) AS balance FROM (
        SELECT '' AS d, (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_receipt
                           WHERE source_id = NEW.source_id AND received_on < NEW.received_on)
                      - (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_allocation
                           WHERE source_id = NEW.source_id AND allocated_on < NEW.received_on) AS v
        UNION ALL SELECT received_on, amount_fen FROM fund_receipt
          WHERE source_id = NEW.source_id AND received_on >= NEW.received_on
        UNION ALL SELECT allocated_on, -amount_fen FROM fund_allocation
          WHERE source_id = NEW.source_id AND allocated_on >= NEW.received_on
        UNION ALL SELECT NEW.received_on, 0))
    WHERE d >= NEW.received_on AND balance < -NEW.amount_fen)
  BEGIN SELECT RAISE(ABORT, 'fund_allocated_exceeds_received'); END;
CREATE TRIGGER fund_allocation_within_received BEFORE INSERT ON fund_allocation
  WHEN NEW.amount_fen > 0 AND EXISTS (
    SELECT 1 FROM (SELECT d, SUM(v) OVER (ORDER BY d) AS balance FROM (
        SELECT '' AS d, (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_receipt
                           WHERE source_id = NEW.source_id AND received_on < NEW.allocated_on)
                      - (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_allocation
                           WHERE source_id = NEW.source_id AND allocated_on < NEW.allocated_on) AS v
        UNION ALL SELECT received_on, amount_fen FROM fund_receipt
          WHERE source_id = NEW.source_id AND received_on >= NEW.allocated_on
        UNION ALL SELECT allocated_on, -amount_fen FROM fund_allocation
          WHERE source_id = NEW.source_id AND allocated_on >= NEW.allocated_on
        UNION ALL SELECT NEW.allocated_on, 0))
    WHERE d >= NEW.allocated_on AND balance < NEW.amount_fen)
  BEGIN SELECT RAISE(ABORT, 'fund_allocated_exceeds_received'); END;
-- Allocated >= disbursed for each source's line of a project (and so for the project).
CREATE TRIGGER fund_allocation_reversal_within_unpaid BEFORE INSERT ON fund_allocation
  WHEN NEW.amount_fen < 0 AND EXISTS (
    SELECT 1 FROM (SELECT d, SUM(v) OVER (ORDER BY d) AS balance FROM (
        SELECT '' AS d, (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_allocation WHERE project_id = NEW.project_id
                           AND source_id = NEW.source_id AND allocated_on < NEW.allocated_on)
                      - (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_disbursement WHERE project_id = NEW.project_id
                           AND source_id = NEW.source_id AND paid_on < NEW.allocated_on) AS v
        UNION ALL SELECT allocated_on, amount_fen FROM fund_allocation
          WHERE project_id = NEW.project_id AND source_id = NEW.source_id AND allocated_on >= NEW.allocated_on
        UNION ALL SELECT paid_on, -amount_fen FROM fund_disbursement
          WHERE project_id = NEW.project_id AND source_id = NEW.source_id AND paid_on >= NEW.allocated_on
        UNION ALL SELECT NEW.allocated_on, 0))
    WHERE d >= NEW.allocated_on AND balance < -NEW.amount_fen)
  BEGIN SELECT RAISE(ABORT, 'fund_disbursed_exceeds_allocated'); END;
CREATE TRIGGER fund_disbursement_within_allocated BEFORE INSERT ON fund_disbursement
  WHEN NEW.amount_fen > 0 AND EXISTS (
    SELECT 1 FROM (SELECT d, SUM(v) OVER (ORDER BY d) AS balance FROM (
        SELECT '' AS d, (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_allocation WHERE project_id = NEW.project_id
                           AND source_id = NEW.source_id AND allocated_on < NEW.paid_on)
                      - (SELECT COALESCE(SUM(amount_fen), 0) FROM fund_disbursement WHERE project_id = NEW.project_id
                           AND source_id = NEW.source_id AND paid_on < NEW.paid_on) AS v
        UNION ALL SELECT allocated_on, amount_fen FROM fund_allocation
          WHERE project_id = NEW.project_id AND source_id = NEW.source_id AND allocated_on >= NEW.paid_on
        UNION ALL SELECT paid_on, -amount_fen FROM fund_disbursement
          WHERE project_id = NEW.project_id AND source_id = NEW.source_id AND paid_on >= NEW.paid_on
        UNION ALL SELECT NEW.paid_on, 0))
    WHERE d >= NEW.paid_on AND balance < NEW.amount_fen)
  BEGIN SELECT RAISE(ABORT, 'fund_disbursed_exceeds_allocated'); END;

-- Repayments never exceed the loan: what is outstanding is never negative.
CREATE TRIGGER loan_event_within_outstanding BEFORE INSERT ON loan_event
  WHEN NEW.kind = 'repayment' AND NEW.amount_fen > 0
    AND (SELECT COALESCE(SUM(amount_fen), 0) FROM loan_event WHERE loan_id = NEW.loan_id AND kind = 'repayment')
        + NEW.amount_fen > (SELECT amount_fen FROM microloan WHERE id = NEW.loan_id)
  BEGIN SELECT RAISE(ABORT, 'loan_outstanding_negative'); END;
-- A loan's amount and date are fixed once a repayment stands against it (not reversed).
CREATE TRIGGER microloan_fixed_after_repayment BEFORE UPDATE OF amount_fen, loan_date ON microloan
  WHEN (NEW.amount_fen IS NOT OLD.amount_fen OR NEW.loan_date IS NOT OLD.loan_date) AND EXISTS (
    SELECT 1 FROM loan_event e WHERE e.loan_id = OLD.id AND e.kind = 'repayment' AND e.reverses_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM loan_event r WHERE r.reverses_id = e.id))
  BEGIN SELECT RAISE(ABORT, 'loan_fixed_after_repayment'); END;
-- A loan is changed by an UPDATE, never replaced: REPLACE would get around the rule above.
CREATE TRIGGER microloan_no_replace BEFORE INSERT ON microloan
  WHEN EXISTS (SELECT 1 FROM microloan WHERE id = NEW.id OR uuid = NEW.uuid)
  BEGIN SELECT RAISE(ABORT, 'loan_fixed_after_repayment'); END;
