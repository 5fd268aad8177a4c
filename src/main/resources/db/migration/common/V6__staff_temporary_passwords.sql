-- security.md A10: a password set by an administrator is temporary. It must be changed at the first sign-in
-- and stops working when it expires (72 h by default); the holder's own new password clears both columns.
alter table staff_account add column password_must_change boolean default false not null;
alter table staff_account add column password_expires_at timestamp with time zone;
