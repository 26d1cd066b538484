-- Portal users and their roles. ERP-owned data (customers, credit, prices, ...) is never stored here:
-- a buyer only references its ERP customer id, a sales rep its ERP sales-rep code.
create table portal_user (
    id              bigint generated always as identity primary key,
    email           varchar(254) not null,
    password_hash   varchar(100) not null,
    display_name    varchar(120) not null,
    role            varchar(20)  not null check (role in ('BUYER', 'SALES_REP', 'ADMIN')),
    erp_customer_id varchar(40),
    sales_rep_code  varchar(20),
    enabled         boolean      not null default true,
    created_at      timestamptz  not null default now(),
    last_login_at   timestamptz,
    constraint buyer_is_bound_to_a_customer check (role <> 'BUYER' or erp_customer_id is not null),
    constraint sales_rep_has_a_code check (role <> 'SALES_REP' or sales_rep_code is not null)
);

create unique index portal_user_email_unique on portal_user (lower(email));
