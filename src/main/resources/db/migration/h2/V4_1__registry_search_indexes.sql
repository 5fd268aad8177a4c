-- H2 uses the plain indexes of V4 for prefix LIKE.
select 1;
