-- Append-only, hash-chained audit log. Each row's hash covers its canonical form and the previous
-- row's hash; the single head row serialises appends so the chain has no gaps or forks.
create table audit_entry (
    seq           bigint       not null primary key,
    occurred_at   timestamp with time zone not null,
    username      varchar(64)  not null,
    role          varchar(32),
    acting_region varchar(12),
    source_ip     varchar(64),
    action        varchar(64)  not null,
    entity_type   varchar(64),
    entity_id     varchar(64),
    outcome       varchar(16)  not null,
    details       text,
    prev_hash     varchar(64)  not null,
    hash          varchar(64)  not null
);
create index audit_entry_entity on audit_entry (entity_type, entity_id);
create index audit_entry_user on audit_entry (username, occurred_at);
create index audit_entry_time on audit_entry (occurred_at);

create table audit_chain_head (
    id        int         not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null,
    constraint audit_chain_head_single check (id = 1)
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
