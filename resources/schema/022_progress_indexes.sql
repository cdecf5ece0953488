-- SPDX-License-Identifier: GPL-3.0-or-later
-- Level 22: indexes for the progress dashboard (core/progress/ProgressIndicators), so that a county's
-- figures of a year read the events and visits of that year only, not the whole history.
-- Status events by kind and date: the exits (or risks cleared) of a year by month, the households
-- identified or taken into monitoring in a year, and each household's state at a year's end.
CREATE INDEX status_event_kind_date ON status_event(kind, event_date, household_id);
-- Visits by date: the visits of a year by month and the households visited in the days before a date.
CREATE INDEX visit_by_date ON visit(visit_date, household_id) WHERE deleted_at IS NULL;
