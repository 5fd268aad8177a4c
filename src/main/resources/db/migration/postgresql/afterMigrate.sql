-- Runs after every migration (a Flyway callback, not a versioned migration). Flyway connects as the schema's owner
-- (spring.flyway.user); the application may connect as a role of its own (spring.datasource.username) that gets
-- only what it needs: data, never DDL; and on the audit log only SELECT and INSERT, so that even the application's
-- own account cannot rewrite, delete or truncate history, nor disable the append-only trigger (only an owner can).

-- ANALYZE needs the table's owner: big batch jobs ask for fresh statistics through this function instead.
create or replace function safeguard_analyze(target regclass) returns void
    language plpgsql security definer set search_path = pg_catalog, public as $$
begin
    execute format('analyze %s', target);
end;
$$;

-- Grants on the schema the migrations ran in (the caller's current schema).
create or replace function safeguard_grant_app_role(app_role name) returns void
    language plpgsql as $$
declare
    s text := current_schema();
begin
    if app_role is null or app_role = '' or app_role = current_user then
        return;
    end if;
    execute format('grant usage on schema %I to %I', s, app_role);
    execute format('grant select, insert, update, delete, truncate on all tables in schema %I to %I', s, app_role);
    execute format('grant usage, select, update on all sequences in schema %I to %I', s, app_role);
    execute format('grant execute on function safeguard_analyze(regclass) to %I', app_role);
    execute format('revoke update, delete, truncate on audit_entry from %I', app_role);
    execute format('revoke delete, truncate on audit_chain_head from %I', app_role);
    execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', app_role);
end;
$$;

select safeguard_grant_app_role('${app_role}');
