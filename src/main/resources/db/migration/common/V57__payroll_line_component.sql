-- The parts of a payroll line become rows: one per non-zero component, with a code that the paying module contributes
-- (DIBAO: BASE, SUPPLEMENT, TAPER, ARREARS, RECOVERY, ADJUSTMENT; PRICE_SUBSIDY: SUBSIDY, TOPUP; later benefits their
-- own), instead of six dibao-named columns on every line. payroll_id leads the key so that a payroll's components are
-- one range (the end-of-generation check, cancel) and a line's are a prefix of it. No foreign key to the line: the
-- key check costs seconds per 100,000 lines; the payroll checks instead, when generation ends and whenever it writes a
-- line, that every line equals the sum of its components (PayrollComponentsCheck).
create table payroll_line_component (
    payroll_id  uuid           not null,
    line_id     uuid           not null,
    code        varchar(24)    not null,
    amount      numeric(14, 2) not null,
    constraint payroll_line_component_pk primary key (payroll_id, line_id, code),
    constraint payroll_line_component_non_zero check (amount <> 0)
);

insert into payroll_line_component (payroll_id, line_id, code, amount)
select payroll_id, id, 'BASE', base_amount from payroll_line where base_amount <> 0
union all select payroll_id, id, 'SUPPLEMENT', supplement_amount from payroll_line where supplement_amount <> 0
union all select payroll_id, id, 'TAPER', taper_amount from payroll_line where taper_amount <> 0
union all select payroll_id, id, 'ARREARS', arrears_amount from payroll_line where arrears_amount <> 0
union all select payroll_id, id, 'RECOVERY', recovery_amount from payroll_line where recovery_amount <> 0
union all select payroll_id, id, 'ADJUSTMENT', adjustment_amount from payroll_line where adjustment_amount <> 0;

-- Price-subsidy lines carried their amount as "base": a regular line is the subsidy, a top-up line the top-up.
update payroll_line_component set code = case when (select l.line_kind from payroll_line l where l.id = line_id) = 'TOPUP'
    then 'TOPUP' else 'SUBSIDY' end
where code = 'BASE' and payroll_id in (select id from payroll where benefit = 'PRICE_SUBSIDY');

alter table payroll_line drop constraint payroll_line_components_sum;
alter table payroll_line drop column base_amount;
alter table payroll_line drop column supplement_amount;
alter table payroll_line drop column taper_amount;
alter table payroll_line drop column arrears_amount;
alter table payroll_line drop column recovery_amount;
alter table payroll_line drop column adjustment_amount;

-- The stage is scratch (a job whose staged rows are gone stages again): it gets the line id chosen when staging, so
-- that the copy writes a line and its components from the same row, and up to eight component amounts in the
-- order of the source's declared codes.
delete from payroll_stage;
alter table payroll_stage drop column base_amount;
alter table payroll_stage drop column supplement_amount;
alter table payroll_stage drop column taper_amount;
alter table payroll_stage drop column arrears_amount;
alter table payroll_stage drop column recovery_amount;
alter table payroll_stage drop column adjustment_amount;
alter table payroll_stage add column line_id uuid not null;
alter table payroll_stage add column amount_1 numeric(14, 2) default 0 not null;
alter table payroll_stage add column amount_2 numeric(14, 2) default 0 not null;
alter table payroll_stage add column amount_3 numeric(14, 2) default 0 not null;
alter table payroll_stage add column amount_4 numeric(14, 2) default 0 not null;
alter table payroll_stage add column amount_5 numeric(14, 2) default 0 not null;
alter table payroll_stage add column amount_6 numeric(14, 2) default 0 not null;
alter table payroll_stage add column amount_7 numeric(14, 2) default 0 not null;
alter table payroll_stage add column amount_8 numeric(14, 2) default 0 not null;
