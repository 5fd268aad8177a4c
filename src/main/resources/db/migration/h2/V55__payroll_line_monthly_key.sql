-- The monthly never-twice key holds for MONTHLY lines only (see the postgresql folder). H2 has no partial index: the
-- key is taken over a generated month that is null for other purposes, and rows with a null never conflict.
alter table payroll_line add column monthly_month date generated always as
    (case when payment_purpose = 'MONTHLY' then pay_month end);
alter table payroll_line drop constraint payroll_line_once;
alter table payroll_line add constraint payroll_line_once
    unique (benefit, payee_kind, payee_id, monthly_month, line_kind, kind_seq);
