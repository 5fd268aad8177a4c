package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safeguard.application.DibaoApplicationApproved;
import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.household.RegistryQueries;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols a household in the dibao caseload: from an approved application (idempotent per application id), or by
 * caseload migration from a legacy roll (audited, with its source). Publishes {@link DibaoEnrolled}.
 */
@Service
public class EnrolDibaoHousehold {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EnrolDibaoHousehold.class);
    /**
     * The entitlement reason of an amount decided by hand above the plausibility limit: the first payroll line carries
     * it as its change reason, so that finance sees the flag before approving the payroll.
     */
    static final String FLAGGED = "ENROLLED_OVERRIDE_ABOVE_PLAUSIBLE";

    /** An existing recipient carried over from a legacy roll; the amount is recalculated unless {@code legacyAmount} is kept. */
    public record Migration(UUID householdId, String legacyRoll, String legacyRecord, LocalDate decidedOn,
                            YearMonth firstMonth, HouseholdFacts facts, BigDecimal legacyAmount, boolean incomeUnstable) {
    }

    private final BeneficiaryStore store;
    private final BenefitLifecycle lifecycle;
    private final DibaoAmounts amounts;
    private final ApplicationEventPublisher events;
    private final DibaoBenefitPeriods periods;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final RegistryQueries registry;
    private final EntitlementProjection projection;
    private final DibaoWorkItems workItems;
    private final Clock clock;

    EnrolDibaoHousehold(BeneficiaryStore store, BenefitLifecycle lifecycle, DibaoAmounts amounts,
                        ApplicationEventPublisher events, DibaoBenefitPeriods periods, AuditTrail audit,
                        CurrentStaff currentStaff, RegistryQueries registry, EntitlementProjection projection,
                        DibaoWorkItems workItems, Clock clock) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.amounts = amounts;
        this.events = events;
        this.periods = periods;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.registry = registry;
        this.projection = projection;
        this.workItems = workItems;
        this.clock = clock;
    }

    /** Enrols from the decision; a second delivery of the same approval changes nothing. Returns false then. */
    @Transactional
    public boolean enrol(DibaoApplicationApproved approved) {
        if (store.findByApplication(approved.applicationId()).isPresent()) {
            return false;
        }
        RegionCode region = RegionCode.of(approved.regionCode());
        var existing = store.find(approved.householdId());
        if (existing.isPresent() && existing.get().state() != BenefitState.TERMINATED) {
            // Still receiving: a second enrolment would pay twice. Never lost silently: a work item and an audit entry.
            log.warn("application {} approved for household {} whose dibao is still {}; not enrolled again",
                    approved.applicationId(), approved.householdId(), existing.get().state());
            workItems.raise(approved.householdId(), DibaoWorkItems.Kind.APPROVAL_NOT_ENROLLED, approved.applicationId().toString(),
                    "Application " + approved.applicationId() + " was approved on " + approved.decidedOn()
                            + " while the household's dibao is " + existing.get().state()
                            + ": not enrolled a second time; decide it as a review of the current benefit.", null);
            audit.record(AuditRecord.of("DIBAO_ENROLMENT_FAILED", "dibao_beneficiary", approved.householdId())
                    .detail("application", approved.applicationId().toString()).detail("state", existing.get().state().name()));
            return false;
        }
        DibaoAmounts.Split split = approved.amountOverridden() ? DibaoAmounts.overridden(approved.monthlyAmount())
                : withDecidedTotal(amounts.split(region, approved.decidedOn(), approved.facts()), approved.monthlyAmount());
        if (existing.isPresent()) {
            return reEnrol(existing.get(), approved, region, split);
        }
        return enrol(approved.householdId(), region, approved.facts(), split, approved.amountOverridden(), "APPLICATION",
                approved.applicationId(), "application " + approved.applicationId(), approved.decidedOn(),
                approved.firstPaymentMonth(), false, approved.decidedBy(), approved.amountFlagged() ? FLAGGED : "ENROLLED");
    }

    /**
     * A household whose benefit was TERMINATED and who is approved again gets a new benefit period (issue 9): the row
     * describes the new period (its first month, no last month) and the old one is kept in dibao_past_period; the
     * entitlements of past months stay, so their payroll lines are still explained. A month already paid in the old
     * period is never paid again: the new period starts after it at the earliest.
     */
    private boolean reEnrol(BeneficiaryStore.BeneficiaryRow old, DibaoApplicationApproved approved, RegionCode region,
                            DibaoAmounts.Split split) {
        Instant now = clock.instant();
        YearMonth first = approved.firstPaymentMonth();
        if (old.lastMonth() != null && !first.isAfter(old.lastMonth())) {
            first = old.lastMonth().plusMonths(1);
        }
        HouseholdFacts facts = approved.facts();
        LocalDate nextReview = approved.decidedOn().plusMonths(amounts.reviewIntervalMonths(region, approved.decidedOn(), false));
        var row = new BeneficiaryStore.BeneficiaryRow(old.householdId(), region.value(), facts.hukouType().name(),
                BenefitState.TERMINATED, "APPLICATION", approved.applicationId(), "application " + approved.applicationId(),
                approved.decidedOn(), first, null, false, nextReview, DibaoAmounts.countedMembers(facts), old.version());
        store.archivePeriod(old, now);
        if (!store.reopen(row, now)) {
            return false;
        }
        String by = approved.decidedBy() == null ? lifecycle.actor() : approved.decidedBy();
        store.insertEntitlement(old.householdId(), first, split.base(), split.supplement(), BigDecimal.ZERO,
                approved.amountOverridden(), FactsJson.write(facts), "RE_ENROLLED", by, now, approved.amountOverridden()
                        ? null : amounts.parameterVersions(region, first.atDay(1), facts.hukouType()));
        lifecycle.apply(old.householdId(), BenefitState.TERMINATED, BenefitAction.RE_ENROL, "application "
                + approved.applicationId() + "; previous period " + old.firstMonth() + " to " + old.lastMonth());
        if (!approved.amountOverridden()) {
            projection.project(store.find(old.householdId()).orElseThrow(), first, null, "ENROLLED", BenefitLifecycle.SYSTEM, now);
        }
        events.publishEvent(new DibaoEnrolled(old.householdId(), region.value(), facts.hukouType(), first, split.amount(),
                DibaoAmounts.covered(facts)));
        periods.started(old.householdId(), region.value(), facts.hukouType(), DibaoAmounts.covered(facts), first);
        return true;
    }

    /** Caseload migration: an existing recipient from a legacy roll, audited with its source. */
    @Transactional
    public void migrate(Migration m) {
        List<FieldProblem> problems = new ArrayList<>();
        if (m.householdId() == null) problems.add(FieldProblem.of("householdId", "REQUIRED"));
        if (m.legacyRoll() == null || m.legacyRoll().isBlank()) problems.add(FieldProblem.of("legacyRoll", "REQUIRED"));
        if (m.decidedOn() == null) problems.add(FieldProblem.of("decidedOn", "REQUIRED"));
        if (m.firstMonth() == null) problems.add(FieldProblem.of("firstMonth", "REQUIRED"));
        if (m.facts() == null) problems.add(FieldProblem.of("facts", "REQUIRED"));
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        // The registry's current region decides scope and standard.
        var household = registry.household(m.householdId()).orElseThrow(() -> SafeguardException.notFound("household"));
        RegionCode region = RegionCode.of(household.regionCode());
        currentStaff.find().filter(s -> !s.canSee(region)).ifPresent(s -> {
            throw SafeguardException.notFound("household");
        });
        if (store.find(m.householdId()).isPresent()) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "beneficiary.problem.alreadyEnrolled");
        }
        DibaoAmounts.Split split = m.legacyAmount() != null ? DibaoAmounts.overridden(m.legacyAmount())
                : amounts.split(region, m.decidedOn(), m.facts());
        if (split.amount().signum() <= 0) {
            throw SafeguardException.invalid(new FieldProblem("facts", "NOT_ELIGIBLE", "beneficiary.validation.NOT_ELIGIBLE", List.of()));
        }
        String source = m.legacyRoll() + (m.legacyRecord() == null ? "" : " / " + m.legacyRecord());
        if (!enrol(m.householdId(), region, m.facts(), split, m.legacyAmount() != null, "MIGRATION", null, source,
                m.decidedOn(), m.firstMonth(), m.incomeUnstable(), lifecycle.actor(), "ENROLLED")) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "beneficiary.problem.alreadyEnrolled");
        }
        audit.record(AuditRecord.of("DIBAO_CASELOAD_MIGRATED", "dibao_beneficiary", m.householdId())
                .detail("legacyRoll", m.legacyRoll()).detail("legacyRecord", m.legacyRecord())
                .detail("firstMonth", m.firstMonth().toString()).detail("monthlyAmount", split.amount().toPlainString()));
    }

    private static DibaoAmounts.Split withDecidedTotal(DibaoAmounts.Split calculated, BigDecimal decided) {
        if (decided == null || calculated.amount().compareTo(decided) == 0) {
            return calculated;
        }
        // The decision is authoritative: keep the calculator's supplement share, the rest is base.
        BigDecimal total = decided.setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal supplement = calculated.supplement().min(total);
        return new DibaoAmounts.Split(total, total.subtract(supplement), supplement, calculated.result());
    }

    /** False when the household (or the application) is already enrolled, including by a concurrent delivery. */
    private boolean enrol(UUID householdId, RegionCode region, HouseholdFacts facts, DibaoAmounts.Split split, boolean overridden,
                          String source, UUID applicationId, String sourceRef, LocalDate decidedOn, YearMonth firstMonth,
                          boolean incomeUnstable, String decidedBy, String reason) {
        Instant now = clock.instant();
        int counted = DibaoAmounts.countedMembers(facts);
        LocalDate nextReview = decidedOn.plusMonths(amounts.reviewIntervalMonths(region, decidedOn, incomeUnstable,
                facts.hukouType()));
        if (!store.insert(new BeneficiaryStore.BeneficiaryRow(householdId, region.value(), facts.hukouType().name(),
                BenefitState.ACTIVE, source, applicationId, sourceRef, decidedOn, firstMonth, null, incomeUnstable,
                nextReview, counted, 0), now)) {
            return false;
        }
        store.insertEntitlement(householdId, firstMonth, split.base(), split.supplement(), BigDecimal.ZERO, overridden,
                FactsJson.write(facts), reason, decidedBy == null ? lifecycle.actor() : decidedBy, now,
                overridden ? null : amounts.parameterVersions(region, firstMonth.atDay(1), facts.hukouType()));
        lifecycle.apply(householdId, null, BenefitAction.ENROL, sourceRef);
        if (!overridden) {
            // The month's own rules from the first month on (a rise already approved for a later month included).
            projection.project(store.find(householdId).orElseThrow(), firstMonth, null, reason, BenefitLifecycle.SYSTEM, now);
        }
        events.publishEvent(new DibaoEnrolled(householdId, region.value(), facts.hukouType(), firstMonth, split.amount(),
                DibaoAmounts.covered(facts)));
        periods.started(householdId, region.value(), facts.hukouType(), DibaoAmounts.covered(facts), firstMonth);
        return true;
    }
}
