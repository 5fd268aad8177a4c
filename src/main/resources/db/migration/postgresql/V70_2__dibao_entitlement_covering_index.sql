-- The payroll reads the entitlement in force for every household of a chunk: with the amounts and the reason in the
-- index, that read is index-only (no heap visit into rows that also carry the assessed facts JSON).
drop index dibao_entitlement_in_force;
create index dibao_entitlement_in_force on dibao_entitlement (household_id, from_month, id)
    include (base_amount, supplement_amount, taper_amount, reason);
