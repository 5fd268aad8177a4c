-- Numbered after V90 on purpose: it needs the kernel tables, and Flyway applies pending versions in order (V68 would
-- run before V90 on both a fresh and an existing database).
-- Dibao applications run on the casework kernel: each application is a DIBAO case with the same id. The kernel owns
-- the transitions from now on; the existing ones move to casework_transition and dibao_application_transition goes.
-- dibao_application keeps its state and assignee columns as the dibao module's copy for its own queues, written in
-- the same transaction as the kernel's row (the smaller change: every dibao query and index stays as it was).
insert into casework_case (id, kind, procedure_code, household_id, person_id, region_code, assignee, state, is_open,
                           version, opened_at, updated_at, closed_at, state_entered_on, due_on, due_at)
select id, 'DIBAO', procedure_version, household_id, applicant_person_id, region_code, assigned_to, state,
       case when state in ('APPROVED', 'REJECTED', 'TERMINATED_NONCOOPERATION', 'DISCARDED') then false else true end,
       0, created_at, updated_at,
       case when state in ('APPROVED', 'REJECTED', 'TERMINATED_NONCOOPERATION', 'DISCARDED') then updated_at end,
       state_entered_on, state_due_on,
       -- a working-day limit ends with its last day (China has one time zone, no daylight saving)
       -- (no due date, e.g. a closed case: none; concat would turn the null into ' 00:00:00+08:00' on PostgreSQL)
       case when state_due_on is not null then
       cast(concat(cast(cast(state_due_on + interval '1' day as date) as varchar(10)), ' 00:00:00+08:00')
            as timestamp with time zone) end
from dibao_application;

insert into casework_transition (case_id, from_state, to_state, action, actor, acted_at, effective_on, reason, assigned_to)
select application_id, from_state, to_state, action, actor, acted_at, effective_on, reason, assigned_to
from dibao_application_transition order by id;

drop table dibao_application_transition;
