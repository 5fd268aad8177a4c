-- The month's lines of a set-based payroll, computed once when its job starts (one INSERT ... SELECT of the source's
-- SELECT over the whole month) and then copied into payroll_line in large chunks. n is the line's position in payee
-- order; the job remembers how many staged rows it has copied (stage_done) and how many there are (stage_rows).
-- The stage is scratch: a chunk trusts it only while the row at stage_done is the job's checkpoint, and otherwise
-- stages again the payees after the checkpoint, so a lost stage never loses or repeats a line.
create table payroll_stage (
    payroll_id         uuid           not null,
    n                  bigint         not null,
    payee_id           uuid           not null,
    line_kind          varchar(12)    not null,
    kind_seq           integer        not null,
    region_code        varchar(12)    not null,
    payee_name         varchar(100)   not null,
    bank_name          varchar(100),
    bank_account       varchar(34)    not null,
    base_amount        numeric(14, 2) not null,
    supplement_amount  numeric(14, 2) not null,
    taper_amount       numeric(14, 2) not null,
    arrears_amount     numeric(14, 2) not null,
    recovery_amount    numeric(14, 2) not null,
    adjustment_amount  numeric(14, 2) not null,
    change_reason      varchar(200),
    constraint payroll_stage_pk primary key (payroll_id, n)
);

alter table payroll_job add column stage_rows bigint;
alter table payroll_job add column stage_done bigint default 0 not null;
