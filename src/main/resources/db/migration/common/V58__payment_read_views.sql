-- The payment module's published read model: other modules (beneficiary, pricesubsidy, demo, ...) read payrolls,
-- lines and components through these views, never the tables, so the tables can change behind them. No bank account
-- and no payee name here: those reach only the bank file and the masked views of the payment module itself.
create view payment_payroll_v as
select id, benefit, region_code, pay_month, purpose, state, line_count, total_amount, paid_count, failed_count,
       due_date, created_at, generated_at, approved_at, exported_at, reconciled_at
from payroll;

create view payment_line_v as
select id, payroll_id, benefit, payee_kind, payee_id, pay_month, line_kind, kind_seq, region_code, amount, status,
       payment_purpose, case_ref, instalment, change_reason, reissue_of
from payroll_line;

-- One row per non-zero part of a line, with the line's keys: e.g. the arrears and recoveries a payee was paid.
create view payment_line_component_v as
select c.line_id, c.payroll_id, l.benefit, l.payee_kind, l.payee_id, l.pay_month, l.line_kind, l.payment_purpose,
       l.status, c.code, c.amount
from payroll_line_component c
join payroll_line l on l.id = c.line_id and l.payroll_id = c.payroll_id;
