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
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books arrears and recoveries when a parameter change is approved with an effective date in a month already paid.
 * For every household in the region's subtree still in the caseload, each paid month from the effective month on is
 * recalculated with the facts in force for that month and the first day of the month as reference date (§16 item 3);
 * the difference from what was actually paid is booked as an adjustment that the next payroll settles. The
 * entitlement is recalculated from the effective month on as well. Idempotent per proposal id.
 * <p>
 * Not recalculated: amounts decided by hand (overridden) and tapered exits (paid at the previous amount by rule).
 * A household the new parameters make ineligible is not stopped here: it is put up for review, because a stop needs
 * a decision with written reasons.
 */
@Component
class RetroactiveAdjustments {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RetroactiveAdjustments.class);

    private final BeneficiaryStore store;
    private final DibaoAmounts amounts;
    private final PaidAmounts paid;
    private final BenefitLifecycle lifecycle;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    RetroactiveAdjustments(BeneficiaryStore store, DibaoAmounts amounts, PaidAmounts paid, BenefitLifecycle lifecycle,
                           AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.amounts = amounts;
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
        YearMonth horizon = YearMonth.now(clock).plusMonths(1);
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
            Map<YearMonth, BigDecimal> paidByMonth = paid.regularAmountsPaid(DibaoPayrollSource.BENEFIT,
                    PayeeKind.HOUSEHOLD, id, from, DibaoPayrollSource.REGULAR_CODES);
            YearMonth until = paidByMonth.keySet().stream().max(YearMonth::compareTo).map(m -> m.plusMonths(1))
                    .filter(m -> m.isAfter(horizon)).orElse(horizon);
            boolean touched = false;
            for (YearMonth m = from; !m.isAfter(until); m = m.plusMonths(1)) {
                if (b.lastMonth() != null && m.isAfter(b.lastMonth())) {
                    break;
                }
                var inForce = store.inForce(id, m).orElse(null);
                if (inForce == null || inForce.overridden() || inForce.taper().signum() != 0) {
                    continue;
                }
                HouseholdFacts facts = FactsJson.read(inForce.factsJson());
                DibaoAmounts.Split split = amounts.split(RegionCode.of(b.regionCode()), m.atDay(1), facts);
                if (!split.result().eligible()) {
                    if (b.state() == BenefitState.ACTIVE) {
                        lifecycle.apply(id, b.state(), BenefitAction.REVIEW_FALLS_DUE, reason + ": not eligible from " + m);
                    }
                    break;
                }
                if (split.amount().compareTo(inForce.monthly()) != 0) {
                    store.insertEntitlement(id, m, split.base(), split.supplement(), BigDecimal.ZERO, false,
                            inForce.factsJson(), reason, BenefitLifecycle.SYSTEM, now);
                    touched = true;
                }
                BigDecimal paidForMonth = paidByMonth.get(m);
                if (paidForMonth != null && paidForMonth.compareTo(split.amount()) != 0) {
                    BigDecimal difference = split.amount().subtract(paidForMonth);
                    store.insertAdjustment(id, m, difference, paidForMonth, split.amount(), key,
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
