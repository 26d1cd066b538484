-- The audit log is a record, not a table to tidy: rows can be added, never changed or removed (issue 11).
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op;
end
$$;

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only();

create index audit_log_action on audit_log (action, occurred_at desc);
