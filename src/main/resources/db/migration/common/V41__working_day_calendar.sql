-- The national working-day calendar (official holidays and weekend make-up working days), loaded from
-- reference/holidays-china-2019-2026.csv on first start, and regional exceptions such as Hubei's
-- extension of the 2020 Spring Festival holiday. A regional row applies to the region's whole subtree.
create table calendar_day (
    calendar_date date         not null primary key,
    kind varchar(8)   not null,
    name varchar(100) not null,
    constraint calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY'))
);

create table regional_calendar_day (
    region_code varchar(12)  not null references region (code),
    calendar_date date         not null,
    kind        varchar(8)   not null,
    name        varchar(100) not null,
    primary key (region_code, calendar_date),
    constraint regional_calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY'))
);
