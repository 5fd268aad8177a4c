package org.safeguard.beneficiary;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the end of an emergency flag releases in the caseload: the exits queued in the region's subtree become
 * decidable (each is marked released on the day, unless another declaration still suspends exits there), and the
 * periodic reviews that an extension held back fall due at once instead of at the next nightly run.
 */
@Component
class ExitSuspensionRelease {

    /** The queue is read in pages of this size; a subtree rarely holds more than a few thousand queued exits. */
    private static final int PAGE = 10_000;

    private final BeneficiaryStore store;
    private final DibaoAmounts amounts;
    private final ManageDibaoBenefit management;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ExitSuspensionRelease(BeneficiaryStore store, DibaoAmounts amounts, ManageDibaoBenefit management, JdbcClient jdbc,
                          AuditTrail audit, Clock clock) {
        this.store = store;
        this.amounts = amounts;
        this.management = management;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Marks the subtree's queued exits released when exits are no longer suspended for them today; returns how many. */
    @Transactional
    public int releaseQueuedExits(RegionCode subtree, long declarationId) {
        LocalDate today = LocalDate.now(clock);
        int released = 0;
        for (BeneficiaryStore.QueuedRow q : store.openQueuedIn(subtree.subtreePrefix() + "%", PAGE)) {
            BeneficiaryStore.BeneficiaryRow b = store.find(q.householdId()).orElseThrow();
            if (amounts.exitsSuspended(RegionCode.of(b.regionCode()), today)) {
                continue;
            }
            boolean already = jdbc.sql("select count(*) from dibao_queued_release where queued_id = ?").param(q.id())
                    .query(Long.class).single() > 0;
            int inserted = already ? 0 : jdbc.sql("""
                    insert into dibao_queued_release (queued_id, released_on, declaration_id, released_at)
                    values (?, ?, ?, ?)""")
                    .params(q.id(), today, declarationId, Timestamp.from(clock.instant())).update();
            if (inserted == 1) {
                audit.record(AuditRecord.of("DIBAO_QUEUED_EXIT_RELEASED", "dibao_beneficiary", q.householdId().toString())
                        .detail("queued", q.id()).detail("declaration", declarationId).detail("releasedOn", today.toString()));
                released++;
            }
        }
        return released;
    }

    /** Reviews whose date has come move to REVIEW_DUE now that (one) extension has ended. */
    public int reviewsFallDue() {
        return management.markDueReviews(LocalDate.now(clock));
    }
}
