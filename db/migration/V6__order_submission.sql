-- Orders the portal has taken but the ERP may not have yet (the outbox). Lines are SKU and quantity only;
-- prices and totals stay in the ERP. A submission is sent with its idempotency key until the ERP answers.
create table order_submission (
    id                 bigint generated always as identity primary key,
    idempotency_key    uuid         not null unique,
    customer_id        varchar(40)  not null,
    user_id            bigint       not null references portal_user (id),
    placed_by          varchar(300) not null,
    customer_po_number varchar(35)  not null,
    ship_to_id         varchar(40),
    requested_date     date,
    lines              text         not null,
    status             varchar(20)  not null check (status in ('PENDING', 'ACCEPTED', 'REJECTED', 'RESTORED')),
    erp_order_number   varchar(40),
    rejection_code     varchar(60),
    rejection_message  text,
    attempts           integer      not null default 0,
    next_attempt_at    timestamptz  not null default now(),
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now()
);

create index order_submission_pending on order_submission (next_attempt_at) where status = 'PENDING';
create index order_submission_customer on order_submission (customer_id, user_id, created_at desc);
