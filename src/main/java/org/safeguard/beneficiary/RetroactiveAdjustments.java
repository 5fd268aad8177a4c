package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.payment.PaidAmounts;
import org.safeguard.payment.PayeeKind;
import org.safeguard.policy.PolicyChangeApproved;
import org.safeguard.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reaches every month from a parameter change's effective date, past or future (issue 9): the entitlement projection
 * recomputes the rows from that month on, however far ahead, and arrears and recoveries are booked for the months
 * already paid.
 * For every household in the region's subtree still in the caseload, each paid month from the effective month on is
 * recalculated with the facts in force for that month and the first day of the month as reference date (§16 item 3);
 * the difference from what was actually paid is booked as an adjustment that the next payroll settles. The
 * entitlement is recalculated from the effective month on as well. Idempotent per proposal id.
 * <p>
 * Not recalculated: amounts decided by hand (overridden: flagged for a reviewer as a work item) and tapered exits
 * (paid at the previous amount by rule: frozen).
 * A household the new parameters make ineligible is not stopped here: it is put up for review, because a stop needs
 * a decision with written reasons.
 */
@Component
class RetroactiveAdjustments {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RetroactiveAdjustments.class);

    private final BeneficiaryStore store;
    private final EntitlementProjection projection;
    private final PaidAmounts paid;
    private final BenefitLifecycle lifecycle;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    RetroactiveAdjustments(BeneficiaryStore store, EntitlementProjection projection, PaidAmounts paid, BenefitLifecycle lifecycle,
                           AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.projection = projection;
        this.paid = paid;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PolicyChangeApproved change) {
        apply(change);
    }

    /** Returns the number of households whose amounts changed (0 when the proposal was applied before). */
    @Transactional
    public int apply(PolicyChangeApproved change) {
        boolean seen = jdbc.sql("select count(*) from dibao_policy_change_applied where proposal_id = ?")
                .param(change.proposalId()).query(Long.class).single() > 0;
        if (seen) {
            return 0;
        }
        RegionCode region = RegionCode.of(change.regionCode());
        YearMonth effective = YearMonth.from(change.effectiveFrom());
        String key = "POLICY:" + change.proposalId();
        String reason = "POLICY_CHANGE " + change.proposalId();
        List<UUID> households = jdbc.sql("""
                select household_id from dibao_beneficiary where region_code like ? and state <> 'TERMINATED'
                order by household_id""").param(region.subtreePrefix() + "%").query(UUID.class).list();
        int changed = 0;
        Instant now = clock.instant();
        for (UUID id : households) {
            BeneficiaryStore.BeneficiaryRow b = store.find(id).orElseThrow();
            YearMonth from = effective.isBefore(b.firstMonth()) ? b.firstMonth() : effective;
            if (b.lastMonth() != null && from.isAfter(b.lastMonth())) {
                continue;
            }
            // Every month from the effective one on, however far ahead (issue 9): the projection has no horizon.
            EntitlementProjection.Result projected = projection.project(b, from, null, reason, BenefitLifecycle.SYSTEM, now);
            if (projected.ineligibleFrom() != null && b.state() == BenefitState.ACTIVE) {
                lifecycle.apply(id, b.state(), BenefitAction.REVIEW_FALLS_DUE, reason + ": not eligible from "
                        + projected.ineligibleFrom());
            }
            boolean touched = projected.rows() > 0;
            Map<YearMonth, BigDecimal> paidByMonth = paid.regularAmountsPaid(DibaoPayrollSource.BENEFIT,
                    PayeeKind.HOUSEHOLD, id, from, DibaoPayrollSource.REGULAR_CODES);
            for (Map.Entry<YearMonth, BigDecimal> e : new java.util.TreeMap<>(paidByMonth).entrySet()) {
                YearMonth m = e.getKey();
                if (projected.ineligibleFrom() != null && !m.isBefore(projected.ineligibleFrom())) {
                    break;
                }
                var inForce = store.inForce(id, m).orElse(null);
                if (inForce == null || inForce.overridden() || inForce.taper().signum() != 0) {
                    continue;
                }
                BigDecimal due = inForce.monthly();
                BigDecimal paidForMonth = e.getValue();
                if (paidForMonth.compareTo(due) != 0) {
                    BigDecimal difference = due.subtract(paidForMonth);
                    store.insertAdjustment(id, m, difference, paidForMonth, due, key,
                            (difference.signum() > 0 ? "ARREARS " : "RECOVERY ") + reason, now);
                    touched = true;
                }
            }
            if (touched) {
                changed++;
            }
        }
        store.markPolicyChangeApplied(change.proposalId(), region.value(), change.effectiveFrom(), changed, now);
        audit.record(AuditRecord.of("DIBAO_POLICY_CHANGE_APPLIED", "dibao_policy_change", change.proposalId())
                .detail("region", region.value()).detail("effectiveFrom", change.effectiveFrom().toString())
                .detail("households", changed));
        log.info("policy change {} applied to the dibao caseload of {}: {} household(s) recalculated", change.proposalId(),
                region.value(), changed);
        return changed;
    }
}
