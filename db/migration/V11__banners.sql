-- Banners and announcements (issue 11): marketing content the portal owns. The audience refers to ERP customers
-- by id only; an empty audience means every customer.
create table banner (
    id          bigint generated always as identity primary key,
    title       varchar(120) not null,
    body_html   text,
    link_url    varchar(500),
    placement   varchar(20)  not null check (placement in ('HOME', 'CATALOG')),
    starts_at   timestamptz,
    ends_at     timestamptz,
    published   boolean      not null default false,
    sort_order  integer      not null default 0,
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(254),
    constraint banner_ends_after_start check (starts_at is null or ends_at is null or ends_at > starts_at)
);

create table banner_audience (
    banner_id   bigint      not null references banner (id) on delete cascade,
    customer_id varchar(40) not null,
    primary key (banner_id, customer_id)
);

create index banner_live on banner (placement, sort_order) where published;
