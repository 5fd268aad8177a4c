-- One row per in-memory cache that several nodes keep (parameters, working-day calendar, region tree). A write bumps
-- its cache's version in the same transaction as the change; every node compares the version with the one it last
-- saw (at most every few seconds) and drops its copy when it moved. No broker, no new infrastructure.
create table cache_version (
    name    varchar(60) primary key,
    version bigint not null default 0
);
insert into cache_version (name, version) values ('policy-parameters', 0), ('working-days', 0), ('regions', 0);
