-- PostgreSQL makes the stage unlogged and the re-issue key partial (see the postgresql folder). H2 has neither
-- unlogged tables nor partial indexes; its unique constraint on reissue_of already ignores nulls.
select 1;
