-- Marketing content per product, keyed by the ERP's SKU. The ERP owns the item itself (name, price, stock);
-- this holds only what marketing adds. description_html is sanitized before it is stored.
create table product_content (
    sku              varchar(64)  primary key,
    headline         varchar(200),
    short_text       varchar(500),
    description_html text,
    image_url        varchar(500),
    updated_at       timestamptz  not null default now(),
    updated_by       varchar(254)
);
