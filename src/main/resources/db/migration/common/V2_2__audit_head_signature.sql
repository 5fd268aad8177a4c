-- The chain head's signature (HMAC with a key held outside the database). Null until the application signs the
-- head for the first time; after that a missing or wrong signature means someone moved the head without the key.
alter table audit_chain_head add column head_signature varchar(64);
