-- The named reason of an amount decided by hand above the plausibility limit (issue 15 item 6); null when the amount
-- is within the limit or no override was proposed.
alter table dibao_application add column override_reason_code varchar(40);
