-- The township reserve fund (备用金): a balance per township from which help-first payments are drawn, replenished by
-- top-ups that a county user approves and that are paid through an approved payroll. The ledger is the history; the
-- balance is kept beside it, moved only by guarded updates, and can never go below zero. Reconciliation: the
-- ledger's sum equals the balance.
create table reserve_fund (
    township_code  varchar(12)    not null primary key,
    balance        numeric(16, 2) not null default 0,
    updated_at     timestamp with time zone not null,
    constraint reserve_fund_not_negative check (balance >= 0)
);

create table reserve_fund_topup (
    id             uuid           not null primary key,
    township_code  varchar(12)    not null,
    amount         numeric(14, 2) not null,
    institution_id uuid           not null,             -- the township's fund account, a registered institution payee
    reason         varchar(200),
    state          varchar(10)    not null,             -- REQUESTED, APPROVED, REJECTED, BOOKED
    requested_by   varchar(64)    not null,
    requested_at   timestamp with time zone not null,
    decided_by     varchar(64),
    decided_at     timestamp with time zone,
    payroll_id     uuid,
    booked_at      timestamp with time zone,
    constraint reserve_fund_topup_positive check (amount > 0),
    constraint reserve_fund_topup_state_known check (state in ('REQUESTED', 'APPROVED', 'REJECTED', 'BOOKED')),
    constraint reserve_fund_topup_four_eyes check (decided_by is null or decided_by <> requested_by)
);
create index reserve_fund_topup_by_township on reserve_fund_topup (township_code, requested_at);

-- Entries: DRAW (negative), TOPUP (positive), REVERSAL (the opposite of the entry it reverses).
create table reserve_fund_entry (
    id             uuid           not null primary key,
    township_code  varchar(12)    not null,
    kind           varchar(10)    not null,
    amount         numeric(14, 2) not null,
    payee_kind     varchar(12),
    payee_id       uuid,
    case_ref       varchar(64),
    instalment     integer,
    topup_id       uuid,
    reverses       uuid,
    reason         varchar(200),
    recorded_by    varchar(64)    not null,
    recorded_at    timestamp with time zone not null,
    constraint reserve_fund_entry_kind_known check (kind in ('DRAW', 'TOPUP', 'REVERSAL')),
    constraint reserve_fund_entry_shape check (
        (kind = 'DRAW' and amount < 0 and payee_id is not null and case_ref is not null and instalment >= 1)
        or (kind = 'TOPUP' and amount > 0 and topup_id is not null)
        or (kind = 'REVERSAL' and amount <> 0 and reverses is not null)),
    -- Never twice: one draw per payee, case and instalment; a top-up booked once; an entry reversed once.
    constraint reserve_fund_draw_once unique (payee_kind, payee_id, case_ref, instalment),
    constraint reserve_fund_topup_booked_once unique (topup_id),
    constraint reserve_fund_reversed_once unique (reverses)
);
create index reserve_fund_entry_by_township on reserve_fund_entry (township_code, recorded_at);
