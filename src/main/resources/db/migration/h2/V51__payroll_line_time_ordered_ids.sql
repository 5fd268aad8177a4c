-- PostgreSQL gives payroll lines time-ordered ids (see the postgresql folder); H2 keeps gen_random_uuid().
select 1;
