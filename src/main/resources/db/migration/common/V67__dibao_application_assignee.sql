-- Reassignment: the transition records to whom a case was assigned; "my queue" follows the assignee.
alter table dibao_application_transition add column assigned_to varchar(64);
create index dibao_application_assignee on dibao_application (assigned_to, state_due_on, id);
