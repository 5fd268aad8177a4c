-- Administrative divisions. A subtree is a code prefix (see RegionCode#subtreePrefix), so
-- region-scoped queries use "region_code like '420106%'" and an ordinary btree index.
create table region (
    code         varchar(12)  not null primary key,
    parent_code  varchar(12)  references region (code),
    level        varchar(12)  not null,
    name_zh      varchar(100) not null,
    name_en      varchar(200) not null,
    urban_rural  varchar(5),
    constraint region_code_digits check (length(code) = 12),
    constraint region_level_known check (level in ('PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP', 'COMMUNITY')),
    constraint region_urban_rural_known check (urban_rural is null or urban_rural in ('URBAN', 'RURAL')),
    constraint region_parent_required check ((level = 'PROVINCE') = (parent_code is null))
);
create index region_parent on region (parent_code);
