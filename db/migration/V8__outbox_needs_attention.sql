-- A submission the ERP keeps failing on is handed to people (NEEDS_ATTENTION) after a number of attempts instead
-- of being retried for ever; last_error says what the last attempt met.
alter table order_submission drop constraint order_submission_status_check;
alter table order_submission add constraint order_submission_status_check
    check (status in ('PENDING', 'ACCEPTED', 'REJECTED', 'RESTORED', 'NEEDS_ATTENTION'));
alter table order_submission add column last_error text;

create index order_submission_in_flight on order_submission (customer_id) where status in ('PENDING', 'NEEDS_ATTENTION');
