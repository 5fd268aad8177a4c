-- Spring Modulith's JDBC event publication registry (schema v2), owned by Flyway like every other table.
-- serialized_event is wider than the library's default: an approval event carries the assessed household facts.
create table if not exists event_publication (
    id                     uuid not null primary key,
    completion_date        timestamp(9) with time zone,
    event_type             varchar(512) not null,
    listener_id            varchar(512) not null,
    publication_date       timestamp(9) with time zone not null,
    serialized_event       varchar(1000000) not null,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp(9) with time zone
);
alter table event_publication alter column serialized_event set data type varchar(1000000);
create index if not exists event_publication_by_listener_id_and_serialized_event_idx on event_publication (listener_id, serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
