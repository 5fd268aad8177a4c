-- Byte-order ("C") collation lets one btree index serve both LIKE 'prefix%' and ORDER BY, which
-- keeps name-prefix search at millions of persons to an index range scan. Names and codes here
-- need no linguistic ordering.
alter table person alter column name type varchar(100) collate "C";
alter table household alter column region_code type varchar(12) collate "C";
reindex index person_name;
reindex index household_region;
