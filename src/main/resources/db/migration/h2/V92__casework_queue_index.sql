-- "My due cases": H2 has no partial index, so is_open is a key column (equality) before the due order.
create index casework_case_mine on casework_case (assignee, kind, is_open, due_at, id);
