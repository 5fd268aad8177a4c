-- Persons and households. Region-scoped queries filter household.region_code by prefix.
create table person (
    id                  uuid         not null primary key,
    id_number           varchar(18)  not null,
    name                varchar(100) not null,
    sex                 varchar(6)   not null,
    birth_date          date         not null,
    phone               varchar(11),
    hukou_region        varchar(12)  references region (code),
    residence_region    varchar(12)  references region (code),
    disability_category varchar(12),
    disability_grade    smallint,
    serious_illness     boolean      not null default false,
    labour_ability      varchar(8),
    employment_status   varchar(24),
    schooling           varchar(24),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint person_id_number_unique unique (id_number),
    constraint person_sex_known check (sex in ('MALE', 'FEMALE')),
    constraint person_disability_pair check ((disability_category is null) = (disability_grade is null)),
    constraint person_disability_grade check (disability_grade is null or disability_grade between 1 and 4),
    constraint person_disability_known check (disability_category is null or disability_category in
        ('LIMB', 'VISUAL', 'HEARING', 'SPEECH', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE')),
    constraint person_labour_known check (labour_ability is null or labour_ability in ('FULL', 'PARTIAL', 'NONE'))
);
create index person_name on person (name, id);
create index person_phone on person (phone);

create table household (
    id           uuid         not null primary key,
    region_code  varchar(12)  not null references region (code),
    hukou_type   varchar(5)   not null,
    address      varchar(300) not null,
    bank_account varchar(34),
    bank_name    varchar(100),
    import_key   varchar(120),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      int          not null default 0,
    constraint household_hukou_known check (hukou_type in ('URBAN', 'RURAL')),
    constraint household_import_key_unique unique (import_key)
);
create index household_region on household (region_code);

-- active_person_id equals person_id while the membership is active and is null afterwards, so the
-- unique constraint says "a person is an active member of at most one household" on both databases
-- (H2 has no partial indexes). head_household_id does the same for "at most one active HEAD".
create table household_member (
    id                uuid        not null primary key,
    household_id      uuid        not null references household (id),
    person_id         uuid        not null references person (id),
    relationship      varchar(12) not null,
    co_residing       boolean     not null,
    counted           boolean     not null,
    exclusion_reason  varchar(24),
    active            boolean     not null default true,
    active_person_id  uuid,
    head_household_id uuid,
    joined_at         timestamp with time zone not null,
    left_at           timestamp with time zone,
    constraint member_relationship_known check (relationship in
        ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDPARENT', 'GRANDCHILD', 'OTHER')),
    constraint member_exclusion_known check (exclusion_reason is null or exclusion_reason in
        ('CLERIC_LIVING_APART', 'PRISON_OR_REHAB', 'DECLARED_MISSING', 'OTHER_PROVINCIAL_RULE')),
    constraint member_exclusion_when_not_counted check (counted = (exclusion_reason is null)),
    constraint member_active_person check ((active and active_person_id = person_id) or (not active and active_person_id is null)),
    constraint member_head_marker check ((active and relationship = 'HEAD' and head_household_id = household_id)
        or (not (active and relationship = 'HEAD') and head_household_id is null)),
    constraint member_one_active_household unique (active_person_id),
    constraint member_one_head unique (head_household_id)
);
create index member_household on household_member (household_id);
create index member_person on household_member (person_id);
