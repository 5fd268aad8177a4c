-- Line ids that grow with time (UUID version 7 layout: 48-bit millisecond timestamp, then random bits), so the
-- primary key and the (payroll_id, id) index take new lines at their right edge instead of at random pages, and the
-- bank file (in line-id order) reads the table nearly in storage order. Still unguessable: 74 random bits.
-- PostgreSQL 15 has no uuidv7(); H2 keeps random ids (its tables are small).
create or replace function payroll_line_id() returns uuid
language sql volatile parallel safe as $$
  select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
           placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
           from 1 for 6), 52, 1), 53, 1), 'hex')::uuid
$$;
alter table payroll_line alter column id set default payroll_line_id();
