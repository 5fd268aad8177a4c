-- Every line pays for a purpose, and each purpose has its own never-twice key enforced here:
--   MONTHLY: payee + benefit + month (+ line kind and sequence): payroll_line_once, made MONTHLY-only in V55;
--   ONE_OFF: payee + case reference + instalment (+ line kind and sequence, so that a failed instalment can be
--            re-issued): payroll_line_one_off_once below (monthly lines leave case_ref null and never meet it).
-- Staged payments of one case (instalments 1, 2, ...) and several causes in one month are then possible, while a
-- second submission of the same instalment (a double click) is refused by the database.
alter table payroll_line add column payment_purpose varchar(10) default 'MONTHLY' not null;
alter table payroll_line add column case_ref varchar(64);
alter table payroll_line add column instalment integer;
alter table payroll_line add constraint payroll_line_purpose_known check (
    (payment_purpose = 'MONTHLY' and case_ref is null and instalment is null)
    or (payment_purpose = 'ONE_OFF' and case_ref is not null and instalment >= 1));
alter table payroll_line add constraint payroll_line_one_off_once
    unique (payee_kind, payee_id, case_ref, instalment, line_kind, kind_seq);

-- A payroll that collects one-off lines (bank transfers of one-off help) next to the monthly ones.
alter table payroll drop constraint payroll_purpose_known;
alter table payroll add constraint payroll_purpose_known check (purpose in ('REGULAR', 'REISSUE', 'ONE_OFF'));
