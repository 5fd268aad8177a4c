-- The date of death is a fact about the person (from a change report or another department's data), so it lives on
-- the person and reaches the caseloads as an event; the membership is left as it was, because ending it is the
-- caseworker's decision. A dissolved household keeps its row (history, payroll lines name it) but has no members.
alter table person add column date_of_death date;
alter table person add column death_source varchar(16);
alter table person add constraint person_death_source_known check (death_source is null or death_source in
    ('CHANGE_REPORT', 'DEPARTMENT_DATA'));
alter table person add constraint person_death_pair check ((date_of_death is null) = (death_source is null));
alter table household add column dissolved_at timestamp with time zone;
