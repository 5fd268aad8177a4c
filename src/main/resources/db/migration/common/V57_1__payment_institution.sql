-- Institutions that receive payments (a care home paid for the centralised support of its residents), registered
-- by their unified social credit code (GB 32100-2015: 18 characters with a check character), once each.
create table payment_institution (
    id             uuid         not null primary key,
    credit_code    varchar(18)  not null,
    name           varchar(100) not null,
    region_code    varchar(12)  not null,
    bank_name      varchar(100),
    bank_account   varchar(34)  not null,
    registered_by  varchar(64)  not null,
    registered_at  timestamp with time zone not null,
    constraint payment_institution_code_once unique (credit_code)
);
create index payment_institution_by_region on payment_institution (region_code);

-- The paying modules' read of an institution payee (a monthly source joins it like the registry's payee view).
create view payment_institution_v as
select id, credit_code, name, region_code, bank_name, bank_account from payment_institution;
