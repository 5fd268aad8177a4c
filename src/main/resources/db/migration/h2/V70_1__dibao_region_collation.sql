-- PostgreSQL switches dibao_beneficiary.region_code to the "C" collation (see the postgresql folder); nothing for H2.
select 1;
