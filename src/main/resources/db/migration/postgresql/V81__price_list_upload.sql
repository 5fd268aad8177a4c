-- Covered-group lists above safeguard.upload.async-rows are imported by a durable job (pricesubsidy.GroupListJobs):
-- the file is kept here as QUEUED, the job moves it to RUNNING and then, in the import's own transaction, to
-- IMPORTED (import_id set) or REJECTED (problems as "row<TAB>column<TAB>code" lines); the bytes are dropped then.
create table price_list_upload (
    id            uuid         not null primary key,
    region_code   varchar(12)  not null,
    group_code    varchar(32)  not null,
    department    varchar(100) not null,
    file_name     varchar(200),
    uploaded_by   varchar(64)  not null,
    status        varchar(12)  not null,
    row_count     integer      not null,
    problem_count integer      not null,
    problems      text,
    import_id     uuid         references price_group_import (id),
    queued_at     timestamp with time zone not null,
    finished_at   timestamp with time zone,
    file_size     bigint       not null,
    content       bytea,
    constraint price_list_upload_status_known check (status in ('QUEUED', 'RUNNING', 'IMPORTED', 'REJECTED'))
);
create index price_list_upload_unfinished on price_list_upload (status);
