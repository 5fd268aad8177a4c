-- The stage is recomputable scratch: no WAL for it. A crash empties an unlogged table, which the job notices (the row
-- at its checkpoint is gone) and stages again.
alter table payroll_stage set unlogged;

-- Only re-issue lines carry reissue_of: a partial unique index keeps "one re-issue per failed line" without an index
-- entry for every regular line of every payroll.
alter table payroll_line drop constraint payroll_line_reissued_once;
create unique index payroll_line_reissued_once on payroll_line (reissue_of) where reissue_of is not null;
