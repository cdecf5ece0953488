-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 7: projects, funds, benefits and microcredit (issue 10, DOMAIN.md 5).
-- * The fund ledger is append-only. Receipts, allocations and disbursements gain a voucher number
--   and a reversal link: a correction is a new row with the negated amount that points at the row
--   it reverses (at most once). Triggers refuse any UPDATE or DELETE of a ledger row, so no code
--   path, and no other SQLite tool, can rewrite history. On a ledger row created_at is when it was
--   entered and updated_by who entered it; neither ever changes.
-- * project_event: each step of a project's lifecycle, dated and attributed, append-only too.
-- * microloan and loan_event: poverty-alleviation microcredit (扶贫小额信贷) and its repayments,
--   extensions and interest subsidies.
-- * household_benefit: the policies and benefits (政策享受) a household receives in a year.
-- Tables are rebuilt (the runner turns foreign keys off around the migration).

CREATE TABLE fund_receipt_new (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  source_id   INTEGER NOT NULL REFERENCES fund_source(id),
  received_on TEXT NOT NULL,
  amount_fen  INTEGER NOT NULL,
  voucher_no  TEXT NOT NULL DEFAULT '',
  reverses_id INTEGER UNIQUE REFERENCES fund_receipt(id),
  note        TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT fund_receipt_amount CHECK ((reverses_id IS NULL AND amount_fen > 0) OR (reverses_id IS NOT NULL AND amount_fen < 0))
);
INSERT INTO fund_receipt_new (id, uuid, source_id, received_on, amount_fen, note, created_at, updated_at, updated_by, revision)
  SELECT id, uuid, source_id, received_on, amount_fen, note, created_at, updated_at, updated_by, revision FROM fund_receipt;
DROP TABLE fund_receipt;
ALTER TABLE fund_receipt_new RENAME TO fund_receipt;
-- Balances as of a date read covering indexes, never the rows.
CREATE INDEX fund_receipt_source ON fund_receipt(source_id, received_on, amount_fen);

CREATE TABLE fund_allocation_new (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  source_id    INTEGER NOT NULL REFERENCES fund_source(id),
  project_id   INTEGER NOT NULL REFERENCES project(id),
  allocated_on TEXT NOT NULL,
  amount_fen   INTEGER NOT NULL,
  voucher_no   TEXT NOT NULL DEFAULT '',
  reverses_id  INTEGER UNIQUE REFERENCES fund_allocation(id),
  note         TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT fund_allocation_amount CHECK ((reverses_id IS NULL AND amount_fen > 0) OR (reverses_id IS NOT NULL AND amount_fen < 0))
);
INSERT INTO fund_allocation_new (id, uuid, source_id, project_id, allocated_on, amount_fen, created_at, updated_at, updated_by, revision)
  SELECT id, uuid, source_id, project_id, allocated_on, amount_fen, created_at, updated_at, updated_by, revision FROM fund_allocation;
DROP TABLE fund_allocation;
ALTER TABLE fund_allocation_new RENAME TO fund_allocation;
CREATE INDEX fund_allocation_source_project ON fund_allocation(source_id, project_id, allocated_on, amount_fen);
CREATE INDEX fund_allocation_project ON fund_allocation(project_id, allocated_on, amount_fen);

CREATE TABLE fund_disbursement_new (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  allocation_id INTEGER NOT NULL REFERENCES fund_allocation(id),
  source_id     INTEGER NOT NULL REFERENCES fund_source(id),  -- the allocation's, copied: a ledger row never
  project_id    INTEGER NOT NULL REFERENCES project(id),      -- changes, and balances need no join
  paid_on       TEXT NOT NULL,
  amount_fen    INTEGER NOT NULL,
  payee         TEXT NOT NULL,
  household_id  INTEGER REFERENCES household(id),
  voucher_no    TEXT NOT NULL DEFAULT '',
  reverses_id   INTEGER UNIQUE REFERENCES fund_disbursement(id),
  note          TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT fund_disbursement_amount CHECK ((reverses_id IS NULL AND amount_fen > 0) OR (reverses_id IS NOT NULL AND amount_fen < 0))
);
INSERT INTO fund_disbursement_new (id, uuid, allocation_id, source_id, project_id, paid_on, amount_fen, payee, household_id, created_at, updated_at, updated_by, revision)
  SELECT d.id, d.uuid, d.allocation_id, a.source_id, a.project_id, d.paid_on, d.amount_fen, d.payee, d.household_id, d.created_at, d.updated_at, d.updated_by, d.revision
  FROM fund_disbursement d JOIN fund_allocation a ON a.id = d.allocation_id;
DROP TABLE fund_disbursement;
ALTER TABLE fund_disbursement_new RENAME TO fund_disbursement;
CREATE INDEX fund_disbursement_allocation ON fund_disbursement(allocation_id);
CREATE INDEX fund_disbursement_line ON fund_disbursement(project_id, source_id, paid_on, amount_fen);
CREATE INDEX fund_disbursement_household ON fund_disbursement(household_id, paid_on, amount_fen) WHERE household_id IS NOT NULL;
-- A payment's source and project are its allocation's.
CREATE TRIGGER fund_disbursement_same_line BEFORE INSERT ON fund_disbursement
  WHEN NOT EXISTS (SELECT 1 FROM fund_allocation a WHERE a.id = NEW.allocation_id AND a.source_id = NEW.source_id
                   AND a.project_id = NEW.project_id)
  BEGIN SELECT RAISE(ABORT, 'fund_disbursement_line'); END;


-- The ledger cannot be rewritten: no UPDATE, no DELETE, whoever asks.
CREATE TRIGGER fund_receipt_no_update BEFORE UPDATE ON fund_receipt
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_receipt_no_delete BEFORE DELETE ON fund_receipt
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_allocation_no_update BEFORE UPDATE ON fund_allocation
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_allocation_no_delete BEFORE DELETE ON fund_allocation
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_disbursement_no_update BEFORE UPDATE ON fund_disbursement
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;
CREATE TRIGGER fund_disbursement_no_delete BEFORE DELETE ON fund_disbursement
  BEGIN SELECT RAISE(ABORT, 'fund_ledger_append_only'); END;

CREATE INDEX fund_source_year ON fund_source(year);

-- A project without a performance target cannot enter the library (DOMAIN.md 5), whoever writes it.
CREATE TRIGGER project_target_insert BEFORE INSERT ON project
  WHEN trim(NEW.performance_target) = '' AND NEW.status NOT IN ('proposed', 'cancelled')
  BEGIN SELECT RAISE(ABORT, 'project_performance_target'); END;
CREATE TRIGGER project_target_update BEFORE UPDATE OF performance_target, status ON project
  WHEN trim(NEW.performance_target) = '' AND NEW.status NOT IN ('proposed', 'cancelled')
  BEGIN SELECT RAISE(ABORT, 'project_performance_target'); END;
CREATE INDEX project_year_status ON project(year, status);

-- A project's lifecycle, one row per step (DOMAIN.md 5).
CREATE TABLE project_event (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,
  project_id         INTEGER NOT NULL REFERENCES project(id),
  from_status        TEXT NOT NULL,
  to_status          TEXT NOT NULL,
  event_date         TEXT NOT NULL,
  reason             TEXT NOT NULL DEFAULT '',   -- cancelled: why
  procurement_method TEXT NOT NULL DEFAULT '',   -- tendering: 公开招标, 竞争性磋商 ...
  winning_bidder     TEXT NOT NULL DEFAULT '',
  contract_fen       INTEGER NOT NULL DEFAULT 0 CHECK (contract_fen >= 0),
  progress_percent   INTEGER NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
  milestone          TEXT NOT NULL DEFAULT '',
  accepted_by        TEXT NOT NULL DEFAULT '',   -- accepted: the acceptance (验收) group
  audit_result       TEXT NOT NULL DEFAULT '',   -- accepted: the third-party audit
  created_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  CONSTRAINT project_event_status CHECK (to_status IN ('proposed', 'in_library', 'approved', 'tendering', 'in_progress',
                                                      'completed', 'accepted', 'announced', 'cancelled'))
);
CREATE INDEX project_event_project ON project_event(project_id, event_date);
CREATE TRIGGER project_event_no_update BEFORE UPDATE ON project_event
  BEGIN SELECT RAISE(ABORT, 'project_history_append_only'); END;
CREATE TRIGGER project_event_no_delete BEFORE DELETE ON project_event
  BEGIN SELECT RAISE(ABORT, 'project_history_append_only'); END;

-- Poverty-alleviation microcredit (扶贫小额信贷): a loan to a household, borrowed by one member
-- (aged 18-65 on the loan date), up to 50,000 yuan for up to 3 years, for production only.
CREATE TABLE microloan (
  id                   INTEGER PRIMARY KEY,
  uuid                 TEXT NOT NULL UNIQUE,
  household_id         INTEGER NOT NULL REFERENCES household(id),
  member_id            INTEGER REFERENCES member(id) ON DELETE SET NULL,
  borrower_name        TEXT NOT NULL,            -- as on the loan date: the member may leave the household
  borrower_id_number   TEXT NOT NULL,
  bank                 TEXT NOT NULL,
  amount_fen           INTEGER NOT NULL,
  loan_date            TEXT NOT NULL,
  term_months          INTEGER NOT NULL,
  due_date             TEXT NOT NULL,
  purpose_code         TEXT NOT NULL,            -- planting, breeding, processing, trade, tourism
  purpose              TEXT NOT NULL DEFAULT '',
  interest_rate_permille INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  deleted_at     TEXT,
  deleted_reason TEXT,
  CONSTRAINT microloan_amount CHECK (amount_fen > 0 AND amount_fen <= 5000000),
  CONSTRAINT microloan_term CHECK (term_months BETWEEN 1 AND 36)
);
CREATE INDEX microloan_household ON microloan(household_id);
CREATE INDEX microloan_due ON microloan(due_date);

-- Repayments, extensions and interest subsidies of a loan; append-only.
CREATE TABLE loan_event (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  loan_id      INTEGER NOT NULL REFERENCES microloan(id),
  kind         TEXT NOT NULL,                    -- repayment, extension, subsidy
  event_date   TEXT NOT NULL,
  amount_fen   INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
  new_due_date TEXT,
  note         TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  CONSTRAINT loan_event_kind CHECK (kind IN ('repayment', 'extension', 'subsidy'))
);
CREATE INDEX loan_event_loan ON loan_event(loan_id);
CREATE TRIGGER loan_event_no_update BEFORE UPDATE ON loan_event
  BEGIN SELECT RAISE(ABORT, 'loan_history_append_only'); END;
CREATE TRIGGER loan_event_no_delete BEFORE DELETE ON loan_event
  BEGIN SELECT RAISE(ABORT, 'loan_history_append_only'); END;

-- What a household received from a policy in a year (政策享受).
CREATE TABLE household_benefit (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
  year         INTEGER NOT NULL,
  benefit_code TEXT NOT NULL,
  amount_fen   INTEGER NOT NULL DEFAULT 0,
  note         TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  deleted_at     TEXT,
  deleted_reason TEXT,
  CONSTRAINT household_benefit_amount CHECK (amount_fen >= 0)
);
CREATE INDEX household_benefit_household ON household_benefit(household_id, year);
