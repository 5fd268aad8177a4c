-- Byte-order collation so one btree serves LIKE 'prefix%' subtree filters (as for household.region_code).
alter table dibao_beneficiary alter column region_code type varchar(12) collate "C";
reindex index dibao_beneficiary_region;
