package org.safeguard.beneficiary;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the caseload cannot decide alone and must show a person (issue 9): an approval that could not be enrolled, an
 * amount decided by hand that a rule change did not recalculate, the review due within three months of a member's
 * death. Each item is raised once per key (a repeated event raises nothing twice), audited, and listed on the
 * household's page until closed.
 */
@Component
class DibaoWorkItems {

    enum Kind { APPROVAL_NOT_ENROLLED, OVERRIDE_NOT_RECALCULATED, DEATH_REVIEW, PAID_AFTER_DEATH, TAPER_DEATH, JOB_REFUSAL }

    record Item(long id, UUID householdId, Kind kind, String detail, LocalDate dueOn, Instant raisedAt, Instant closedAt) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    DibaoWorkItems(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Raises the item unless one with the same key was raised before; returns whether it was new. */
    boolean raise(UUID householdId, Kind kind, String key, String detail, LocalDate dueOn) {
        boolean exists = jdbc.sql("select count(*) from dibao_work_item where household_id = ? and kind = ? and item_key = ?")
                .params(householdId, kind.name(), key).query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        String text = detail.length() > 500 ? detail.substring(0, 500) : detail;
        jdbc.sql("""
                insert into dibao_work_item (household_id, kind, item_key, detail, due_on, raised_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(householdId, kind.name(), key, text, dueOn, Timestamp.from(clock.instant())).update();
        audit.record(AuditRecord.of("DIBAO_WORK_ITEM_RAISED", "dibao_beneficiary", householdId)
                .detail("kind", kind.name()).detail("key", key).detail("detail", text)
                .detail("dueOn", dueOn == null ? null : dueOn.toString()));
        return true;
    }

    List<Item> open(UUID householdId) {
        return jdbc.sql("select * from dibao_work_item where household_id = ? and closed_at is null order by id")
                .param(householdId).query((rs, i) -> new Item(rs.getLong("id"), rs.getObject("household_id", UUID.class),
                        Kind.valueOf(rs.getString("kind")), rs.getString("detail"), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("raised_at", OffsetDateTime.class).toInstant(), null)).list();
    }
}
