-- H2 is the embedded default; the append-only guarantee there is the application (ParameterStore only
-- inserts). PostgreSQL adds triggers.
select 1;
