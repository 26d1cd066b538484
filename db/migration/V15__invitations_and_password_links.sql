-- Portal users managed by admins (issue 11). An invited user has no password until they set one through the
-- link they were sent; an admin may require a new password, after which the old one no longer signs in.
alter table portal_user alter column password_hash drop not null;
alter table portal_user add column password_reset_required boolean not null default false;
alter table portal_user add column password_changed_at timestamptz;
alter table portal_user add column invited_by varchar(254);

-- One-time links to set a password (an invitation, or a reset). Only the SHA-256 of the token is kept, so the
-- table cannot be used to sign in; a link is valid until it expires, is used, or a newer one is issued.
create table password_link (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references portal_user (id) on delete cascade,
    token_sha256 char(64)     not null unique,
    purpose      varchar(20)  not null check (purpose in ('INVITATION', 'RESET')),
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    used_at      timestamptz,
    created_by   varchar(254) not null
);

create index password_link_by_user on password_link (user_id);
