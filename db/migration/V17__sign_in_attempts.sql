-- Sign-in attempts per account (canonical email) and per client address, counted in the database so that every
-- portal instance behind a load balancer counts the same attempts. A row's count starts again once its last
-- attempt is older than the throttle's window.
create table sign_in_attempt (
    key             text        primary key,
    attempts        integer     not null,
    last_attempt_at timestamptz not null
);
