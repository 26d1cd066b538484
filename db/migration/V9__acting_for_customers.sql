-- Sales reps act for customers (issue 10): the outbox keeps who placed an order for the customer, so the ERP
-- order carries the rep however often it is sent; the audit log keeps each entry's request id.
alter table order_submission add column sales_agent_code varchar(20);
alter table order_submission add column sales_agent_email varchar(254);

alter table audit_log add column request_id varchar(100);

-- a customer's account activity (who acted on it) and a rep's own acting history are read by these
create index audit_log_acting_for on audit_log (acting_for_customer_id, occurred_at desc)
    where acting_for_customer_id is not null;
