-- Images and documents that marketing uploads (issue 11), stored in PostgreSQL so that every portal instance
-- serves the same files. A file is keyed by the SHA-256 of its bytes: its URL never changes meaning, so browsers
-- may keep it for a year. The same bytes uploaded twice are stored once.
create table stored_file (
    sha256       varchar(64) primary key,
    content_type varchar(100) not null,
    size_bytes   integer      not null,
    bytes        bytea        not null,
    created_at   timestamptz  not null default now()
);

-- Images of a product, in the order marketing chose (the first is the main image). Uploads are decoded and
-- re-encoded: a large rendition for the product page and a thumbnail for catalog cards.
create table product_image (
    id            bigint generated always as identity primary key,
    sku           varchar(64) not null references product_content (sku) on delete cascade,
    position      integer      not null,
    large_sha256  varchar(64) not null references stored_file (sha256),
    thumb_sha256  varchar(64) not null references stored_file (sha256),
    width         integer      not null,
    height        integer      not null,
    original_name varchar(255) not null,
    uploaded_at   timestamptz  not null default now(),
    uploaded_by   varchar(254) not null
);

create index product_image_by_sku on product_image (sku, position);

-- Downloadable documents of a product (PDF datasheets).
create table product_document (
    id           bigint generated always as identity primary key,
    sku          varchar(64) not null references product_content (sku) on delete cascade,
    title        varchar(200) not null,
    file_name    varchar(255) not null,
    file_sha256  varchar(64) not null references stored_file (sha256),
    uploaded_at  timestamptz  not null default now(),
    uploaded_by  varchar(254) not null
);

create index product_document_by_sku on product_document (sku, id);

-- Images are uploaded now; the free URL column was never filled by the portal.
alter table product_content drop column image_url;

-- An optional image for a banner.
alter table banner add column image_sha256 varchar(64) references stored_file (sha256);
alter table banner add column image_alt varchar(200);
