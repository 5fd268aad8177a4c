-- The date the written decision notice (approval or rejection) was served to the applicant, and who recorded it.
-- An unserved rejection notice past rejection_notice_due_on counts as overdue in the work queue.
alter table dibao_application add column notice_served_on date;
alter table dibao_application add column notice_served_by varchar(64);
