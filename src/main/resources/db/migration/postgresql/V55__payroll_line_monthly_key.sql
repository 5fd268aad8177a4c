-- The monthly never-twice key holds for MONTHLY lines only: a one-off line of the same payee, benefit and month is
-- another purpose with its own key (V54). Same name, so the payroll's conflict target stays payroll_line_once.
alter table payroll_line drop constraint payroll_line_once;
create unique index payroll_line_once on payroll_line (benefit, payee_kind, payee_id, pay_month, line_kind, kind_seq)
    where payment_purpose = 'MONTHLY';
