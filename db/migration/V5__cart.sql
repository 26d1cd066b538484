-- A buyer's cart: SKU and quantity only, per ERP customer and portal user. Never a price: the cart is priced
-- from the ERP each time it is shown, and checkout re-prices it live.
create table cart_line (
    id          bigint generated always as identity primary key,
    customer_id varchar(40) not null,
    user_id     bigint      not null references portal_user (id) on delete cascade,
    sku         varchar(64) not null,
    quantity    integer     not null check (quantity > 0),
    added_at    timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint cart_line_one_per_sku unique (customer_id, user_id, sku)
);
