-- Feature bullets of a product's marketing content, one per line (issue 11).
alter table product_content add column bullets text;
