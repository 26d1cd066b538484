-- Content pages (help, FAQ, terms, contact) the admins write; published ones are linked from every page's footer.
create table content_page (
    id          bigint generated always as identity primary key,
    slug        varchar(80)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title       varchar(120) not null,
    body_html   text,
    published   boolean      not null default false,
    sort_order  integer      not null default 0,
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(254)
);
