-- Shopping lists: named lists a customer's buyers share, and each buyer's own favourites. SKU, quantity and a
-- note only, never a price: a list is priced from the ERP (through the cache) each time it is shown.
create table shopping_list (
    id             bigint generated always as identity primary key,
    customer_id    varchar(40)  not null,
    name           varchar(80)  not null,
    -- set for a buyer's favourites (one per buyer and customer), null for a list the customer's buyers share
    favourites_of  bigint references portal_user (id) on delete cascade,
    created_by     varchar(200) not null,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);
create unique index shopping_list_name_per_customer on shopping_list (customer_id, lower(name)) where favourites_of is null;
create unique index shopping_list_one_favourites on shopping_list (customer_id, favourites_of) where favourites_of is not null;

create table shopping_list_line (
    id        bigint generated always as identity primary key,
    list_id   bigint      not null references shopping_list (id) on delete cascade,
    sku       varchar(64) not null,
    quantity  integer     not null check (quantity > 0),
    note      varchar(200),
    added_at  timestamptz not null default now(),
    constraint shopping_list_line_one_per_sku unique (list_id, sku)
);
