-- Large rosters are imported by a durable job (household.importing.ImportJobs): the batch row is written first as
-- QUEUED and moves through VALIDATING and IMPORTING to IMPORTED or REJECTED. row_count is the rows read so far,
-- rows_total the rows of the file once it has been read (null until then).
alter table import_batch drop constraint import_batch_status_known;
alter table import_batch add constraint import_batch_status_known
    check (status in ('QUEUED', 'VALIDATING', 'IMPORTING', 'IMPORTED', 'REJECTED'));
alter table import_batch add column rows_total int;
