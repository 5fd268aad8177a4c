-- Bank returns above safeguard.upload.async-rows rows are applied by a durable job (payment.BankReturnJobs): the
-- file is kept here as QUEUED, the job checks it as a whole (VALIDATING: any bad row makes it REJECTED with the
-- problems as "field<TAB>code" lines, nothing applied), then applies it in chunks (APPLYING: rows_done is the rows
-- applied so far, moved in each chunk's own transaction) and ends APPLIED; the bytes are dropped then.
create table bank_return_upload (
    id            uuid         not null primary key,
    payroll_id    uuid         not null references payroll (id),
    region_code   varchar(12)  not null,
    file_name     varchar(200),
    uploaded_by   varchar(64)  not null,
    status        varchar(12)  not null,
    rows_total    integer,
    rows_done     integer      not null,
    paid          integer      not null,
    failed        integer      not null,
    already       integer      not null,
    problem_count integer      not null,
    problems      text,
    queued_at     timestamp with time zone not null,
    finished_at   timestamp with time zone,
    file_size     bigint       not null,
    content       bytea,
    constraint bank_return_upload_status_known
        check (status in ('QUEUED', 'VALIDATING', 'APPLYING', 'APPLIED', 'REJECTED')),
    constraint bank_return_upload_progress check (rows_done >= 0 and (rows_total is null or rows_done <= rows_total))
);
create index bank_return_upload_by_payroll on bank_return_upload (payroll_id, queued_at);
create index bank_return_upload_unfinished on bank_return_upload (status);

-- The result a bank return gave each payroll line, whichever path applied it (request or job): one row per line,
-- ever, so that no return line is applied twice, however often a job is restarted or a file submitted.
create table bank_return_line (
    line_id    uuid        not null primary key,
    payroll_id uuid        not null,
    upload_id  uuid,
    status     varchar(8)  not null,
    applied_at timestamp with time zone not null,
    constraint bank_return_line_status_known check (status in ('PAID', 'FAILED'))
);
create index bank_return_line_by_payroll on bank_return_line (payroll_id);
