-- One row per bulk import (accepted or rejected), so the full error report can be downloaded afterwards.
-- scope_region is the uploader's home region: only staff whose subtree contains it can read the row.
-- problems holds the problems as JSON text (codes and message arguments, never personal values), rendered
-- in the reader's language on download.
create table import_batch (
    id                  uuid         not null primary key,
    file_name           varchar(200) not null,
    uploaded_by         varchar(64)  not null,
    scope_region        varchar(12)  not null,
    mode                varchar(16)  not null,
    status              varchar(10)  not null,
    row_count           int          not null,
    households_inserted int          not null,
    households_skipped  int          not null,
    households_invalid  int          not null,
    persons_inserted    int          not null,
    problem_count       int          not null,
    problems            text,
    created_at          timestamp with time zone not null,
    constraint import_batch_mode_known check (mode in ('ALL_OR_NOTHING', 'VALID_ONLY')),
    constraint import_batch_status_known check (status in ('IMPORTED', 'REJECTED'))
);
create index import_batch_scope on import_batch (scope_region, created_at);
