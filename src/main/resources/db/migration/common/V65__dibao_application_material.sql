-- The materials checklist of each application (domain.md §3.4): one row per item the region asks for, copied from
-- the catalogue (DibaoMaterials) at registration. Items obtainable from government platforms are fetched by the office
-- (office_obtains) and never asked of the applicant. An item is ticked as received (who, when), or accepted on the
-- applicant's written commitment (告知承诺制, who, when) when the case is accepted without it.
create table dibao_application_material (
    application_id  uuid         not null references dibao_application (id),
    code            varchar(32)  not null,
    position        integer      not null,
    required        boolean      not null,
    office_obtains  boolean      not null,
    received_on     date,
    received_by     varchar(64),
    committed_on    date,
    committed_by    varchar(64),
    primary key (application_id, code)
);
