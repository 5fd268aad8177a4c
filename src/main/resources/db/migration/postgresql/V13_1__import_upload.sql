-- The bytes of a queued roster until its job has imported or rejected it (then the row is deleted in the same
-- transaction). One row per queued import_batch row.
create table import_upload (
    batch_id  uuid   not null primary key references import_batch (id),
    file_size bigint not null,
    content   bytea not null
);
