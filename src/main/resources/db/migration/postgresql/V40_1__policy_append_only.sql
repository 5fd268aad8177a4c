-- Parameter history is never rewritten: a change is a new version. Refuse updates and deletes outright.
create or replace function policy_history_is_append_only() returns trigger as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$ language plpgsql;

create trigger policy_parameter_version_no_change before update or delete on policy_parameter_version
    for each row execute function policy_history_is_append_only();
create trigger policy_asset_rule_no_change before update or delete on policy_asset_rule
    for each row execute function policy_history_is_append_only();
create trigger policy_supplement_no_change before update or delete on policy_supplement
    for each row execute function policy_history_is_append_only();
