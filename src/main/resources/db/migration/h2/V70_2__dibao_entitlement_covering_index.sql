-- PostgreSQL adds the payroll's columns to dibao_entitlement_in_force (INCLUDE); H2 keeps the plain index.
select 1;
