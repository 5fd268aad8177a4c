-- The queued dibao exits that the end of an exit suspension made decidable, with the day and the declaration that
-- released them (issue 8 item 3), so the suspended-exit queue can say since when an item waits for a decision.
-- In the beneficiary range (V70-V79): the table belongs to the caseload, which alone writes it, for rows it has just
-- read; no foreign key, as in the first version of this script.
create table dibao_queued_release (
    queued_id      bigint       primary key,
    released_on    date         not null,
    declaration_id bigint       not null,
    released_at    timestamp with time zone not null
);
