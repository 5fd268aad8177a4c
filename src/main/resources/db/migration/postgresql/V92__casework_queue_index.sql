-- "My due cases" at 500,000 open cases: equality on assignee and kind (a queue lists the kinds the caller may read),
-- then the open rows already in due order, so the first page is read straight off the index without a sort; closed
-- cases are not in it at all.
create index casework_case_mine on casework_case (assignee, kind, due_at, id) where is_open;
