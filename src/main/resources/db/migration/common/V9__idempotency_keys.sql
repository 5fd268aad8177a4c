-- The first result of a POST sent with an Idempotency-Key, per user and key: a repeat answers it again instead of
-- acting twice. status is null while the first request is still being processed. Rows expire (cleanup job).
create table idempotency_key (
    username     varchar(100) not null,
    idem_key     varchar(200) not null,
    request_hash varchar(64)  not null,
    status       int,
    content_type varchar(200),
    body         text,
    created_at   timestamp with time zone not null,
    primary key (username, idem_key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
