-- Cash or in-kind help handed over at the window of a township office, against a signed receipt.
-- The never-twice key is the one of one-off lines: payee + case reference + instalment, enforced here
-- (cash_disbursement_once), so a double click or two clerks at once leave one row. payee_key is the payee's
-- identity: HOUSEHOLD:<id> / PERSON:<id> for a registered payee, UNREGISTERED:<ID number or name> otherwise.
-- A disbursement counts as paid only once a second staff member has confirmed it (cash_disbursement_four_eyes).
create table cash_disbursement (
    id                 uuid          not null primary key,
    region_code        varchar(12)   not null,
    payee_kind         varchar(12)   not null,
    payee_id           uuid,
    payee_name         varchar(100)  not null,
    payee_id_number    varchar(18),
    payee_key          varchar(140)  not null,
    case_ref           varchar(64)   not null,
    instalment         integer       not null,
    kind               varchar(8)    not null,
    amount_fen         bigint        not null,
    signed_by          varchar(10)   not null,
    agent_name         varchar(100),
    agent_relationship varchar(40),
    signed_at          timestamp with time zone not null,
    witnessed_by       varchar(64)   not null,
    state              varchar(10)   not null,
    recorded_by        varchar(64)   not null,
    recorded_at        timestamp with time zone not null,
    confirmed_by       varchar(64),
    confirmed_at       timestamp with time zone,
    constraint cash_disbursement_once unique (payee_key, case_ref, instalment),
    constraint cash_disbursement_payee_known check (
        (payee_kind in ('HOUSEHOLD', 'PERSON') and payee_id is not null)
        or (payee_kind = 'UNREGISTERED' and payee_id is null)),
    constraint cash_disbursement_instalment_positive check (instalment >= 1),
    constraint cash_disbursement_kind_known check (kind in ('CASH', 'IN_KIND')),
    constraint cash_disbursement_amount_positive check (amount_fen > 0),
    constraint cash_disbursement_signer_known check (
        (signed_by = 'RECIPIENT' and agent_name is null)
        or (signed_by = 'AGENT' and agent_name is not null and agent_relationship is not null)),
    constraint cash_disbursement_state_known check (
        (state = 'RECORDED' and confirmed_by is null and confirmed_at is null)
        or (state = 'CONFIRMED' and confirmed_by is not null and confirmed_at is not null)),
    constraint cash_disbursement_four_eyes check (confirmed_by is null or confirmed_by <> recorded_by)
);
create index cash_disbursement_region_time on cash_disbursement (region_code, recorded_at);

-- The goods of an in-kind disbursement; value_fen = quantity x unit_value_fen, a whole number of fen.
create table cash_disbursement_item (
    disbursement_id uuid           not null references cash_disbursement (id),
    seq             integer        not null,
    name            varchar(100)   not null,
    quantity        numeric(12, 3) not null,
    unit            varchar(16)    not null,
    unit_value_fen  bigint         not null,
    value_fen       bigint         not null,
    primary key (disbursement_id, seq),
    constraint cash_disbursement_item_positive check (quantity > 0 and unit_value_fen > 0 and value_fen > 0)
);
