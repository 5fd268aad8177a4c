-- H2 is the embedded, single-user default; the append-only guarantee there is the hash chain
-- (any edit or deletion is reported by the verification). PostgreSQL adds a trigger.
select 1;
