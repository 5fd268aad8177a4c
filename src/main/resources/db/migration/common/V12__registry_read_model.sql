-- The registry's published read model. Other modules join these views in their set-based SQL (a million-household
-- payroll cannot call Java once per row) and never the tables behind them, so the registry may change its tables
-- as long as the views keep their columns. Both databases inline simple views into the caller's query; a filter on
-- a head column (head_name is not null) turns the left joins into inner joins, so the plans stay the same.

-- Households with the payee of a household-level benefit: the active head (null when the household has none).
create view registry_household_payee_v as
select h.id as household_id, h.region_code, h.hukou_type, h.bank_name, h.bank_account,
       h.dissolved_at is not null as dissolved, hm.person_id as head_person_id, p.name as head_name
from household h
left join household_member hm on hm.head_household_id = h.id
left join person p on p.id = hm.person_id;

-- Persons, with the household they are an active member of (null when none) and the date of death when known.
create view registry_person_v as
select p.id as person_id, p.id_number, p.name, p.sex, p.birth_date, p.date_of_death, m.household_id
from person p
left join household_member m on m.active_person_id = p.id;

-- Active memberships with the facts a caseload assesses.
create view registry_member_v as
select m.household_id, m.person_id, m.relationship, m.counted, m.exclusion_reason, p.birth_date, p.date_of_death,
       p.disability_grade, p.serious_illness
from household_member m
join person p on p.id = m.person_id
where m.active;
