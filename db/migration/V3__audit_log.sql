-- Who did what, when, from where, and for which ERP customer they were acting.
create table audit_log (
    id                     bigint generated always as identity primary key,
    occurred_at            timestamptz  not null default now(),
    actor_email            varchar(254) not null,
    acting_for_customer_id varchar(40),
    action                 varchar(60)  not null,
    details                text,
    remote_address         varchar(64)
);

create index audit_log_occurred_at on audit_log (occurred_at desc);
create index audit_log_actor on audit_log (lower(actor_email), occurred_at desc);
