-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 18: the annual goals (年度目标) of the county, its townships and villages become a record kind
-- that users set (core/progress/ProgressGoals): households and people to lift out of poverty (years
-- up to 2020) or monitoring households to clear of risk (from 2021), with a month-by-month timetable.
-- annual_target keeps its name and its rows; it gains an id, the stamps of the other records and
-- twelve month columns: month_NN is the number of households planned for that month alone (not a
-- running total). A goal without a timetable has every month 0; once any month is given, the months
-- add up to the year's households (CHECK annual_target_timetable). Rows written before this level
-- keep their households and people with no timetable.

CREATE TABLE annual_target_new (              -- 年度目标: one division, one year
  id          INTEGER PRIMARY KEY,
  uuid        BLOB NOT NULL UNIQUE DEFAULT (randomblob(16)),
  division_id INTEGER NOT NULL REFERENCES division(id),
  year        INTEGER NOT NULL,
  households  INTEGER NOT NULL DEFAULT 0,
  people      INTEGER NOT NULL DEFAULT 0,
  month_01 INTEGER NOT NULL DEFAULT 0, month_02 INTEGER NOT NULL DEFAULT 0, month_03 INTEGER NOT NULL DEFAULT 0,
  month_04 INTEGER NOT NULL DEFAULT 0, month_05 INTEGER NOT NULL DEFAULT 0, month_06 INTEGER NOT NULL DEFAULT 0,
  month_07 INTEGER NOT NULL DEFAULT 0, month_08 INTEGER NOT NULL DEFAULT 0, month_09 INTEGER NOT NULL DEFAULT 0,
  month_10 INTEGER NOT NULL DEFAULT 0, month_11 INTEGER NOT NULL DEFAULT 0, month_12 INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL DEFAULT (unixepoch()), updated_at INTEGER NOT NULL DEFAULT (unixepoch()),
  updated_by TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT annual_target_counts CHECK (households >= 0 AND people >= 0),
  CONSTRAINT annual_target_months CHECK (min(month_01, month_02, month_03, month_04, month_05, month_06, month_07,
                                             month_08, month_09, month_10, month_11, month_12) >= 0),
  CONSTRAINT annual_target_timetable CHECK (month_01 + month_02 + month_03 + month_04 + month_05 + month_06
      + month_07 + month_08 + month_09 + month_10 + month_11 + month_12 IN (0, households)),
  CONSTRAINT annual_target_year CHECK (year BETWEEN 2000 AND 2100)
);
INSERT INTO annual_target_new (uuid, division_id, year, households, people)
  SELECT uuid, division_id, year, households, people FROM annual_target ORDER BY year, division_id;
DROP TABLE annual_target;
ALTER TABLE annual_target_new RENAME TO annual_target;
CREATE UNIQUE INDEX annual_target_division_year ON annual_target(division_id, year);
CREATE INDEX annual_target_year ON annual_target(year);
