-- The queued dibao exits that the end of an exit suspension made decidable, with the day and the declaration that
-- released them (issue 8 item 3), so the suspended-exit queue can say since when an item waits for a decision.
-- No foreign key to dibao_queued_decision: that table comes with V70, and with out-of-order migrations a fresh
-- database runs this script first. Only the beneficiary module writes here, for rows it has just read.
create table dibao_queued_release (
    queued_id      bigint       primary key,
    released_on    date         not null,
    declaration_id bigint       not null,
    released_at    timestamp with time zone not null
);
