-- E-mails are stored in one canonical form (NFKC, lower case: io.windowpane.account.EmailAddress) and looked up
-- by exact match, never with lower(), whose Unicode mapping differs from Java's.
update portal_user set email = lower(email) where email <> lower(email);
create unique index portal_user_email_exact on portal_user (email);
