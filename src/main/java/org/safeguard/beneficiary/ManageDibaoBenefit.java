package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dynamic management (§3.7): change reports, reviews and their outcomes (keep, increase, decrease, stop, tapered exit;
 * effective next month, recalculated by the dibao calculator), and the exits queued while an emergency declaration
 * suspends them. Decreases, stops and tapered exits need written reasons; while exits are suspended they are queued,
 * not executed, and an increase still applies at once. "Today" comes from the clock; the package-private overloads
 * take it explicitly so the rules can be tested across a declaration's end.
 */
@Service
public class ManageDibaoBenefit {

    public enum ChangeKind { INCOME, MEMBERS, DEATH, ASSETS, OTHER }

    public enum Decision { NO_CHANGE, INCREASE, DECREASE, STOP, TAPER }

    /** A review's findings: the facts as now assessed (null keeps the facts in force) and the written reasons. */
    public record Outcome(HouseholdFacts facts, String reason, boolean membersFoundWork, Boolean incomeUnstable) {
    }

    /** What the review decided and whether it was executed or queued behind an exit suspension. */
    public record OutcomeResult(Decision decision, boolean queued, BigDecimal previousAmount, BigDecimal newAmount,
                                YearMonth effectiveMonth, YearMonth lastMonth) {
    }

    private final BeneficiaryStore store;
    private final BeneficiaryAccess access;
    private final BenefitLifecycle lifecycle;
    private final DibaoAmounts amounts;
    private final ApplicationEventPublisher events;
    private final DibaoBenefitPeriods periods;
    private final AuditTrail audit;
    private final EntitlementProjection projection;
    private final MemberDeaths deaths;
    private final TaperEnds taperEnds;
    private final Clock clock;

    ManageDibaoBenefit(BeneficiaryStore store, BeneficiaryAccess access, BenefitLifecycle lifecycle, DibaoAmounts amounts,
                       ApplicationEventPublisher events, DibaoBenefitPeriods periods, AuditTrail audit,
                       EntitlementProjection projection, MemberDeaths deaths, TaperEnds taperEnds, Clock clock) {
        this.store = store;
        this.access = access;
        this.lifecycle = lifecycle;
        this.amounts = amounts;
        this.events = events;
        this.periods = periods;
        this.audit = audit;
        this.projection = projection;
        this.deaths = deaths;
        this.taperEnds = taperEnds;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Runs a caseworker's action on the household only if the benefit is still at the version they read (issue 15
     * item 5): the row is locked first, in the action's own transaction, so nothing can move it in between. 428
     * without a version, 409 STALE_VERSION when it moved on.
     */
    @Transactional
    public <T> T atVersion(UUID householdId, Integer expectedVersion, java.util.function.Supplier<T> action) {
        BeneficiaryStore.BeneficiaryRow b = access.lockVisible(householdId);
        if (expectedVersion == null) {
            throw org.safeguard.shared.web.Versions.missing();
        }
        if (b.version() != expectedVersion) {
            throw SafeguardException.conflict(org.safeguard.shared.ProblemCode.STALE_VERSION, "problem.staleVersion");
        }
        return action.get();
    }

    @Transactional
    public BenefitState reportChange(UUID householdId, ChangeKind kind, LocalDate occurredOn, String note) {
        return reportChange(householdId, kind, occurredOn, note, null);
    }

    /**
     * Records a change in every state but TERMINATED (issue 9): the report is never refused while a benefit is in
     * taper, queued behind a freeze or under review. A death ({@code memberRef}: who died; null for the only counted
     * member) also takes the member out from the month after, or ends the benefit when nobody counted is left.
     */
    @Transactional
    public BenefitState reportChange(UUID householdId, ChangeKind kind, LocalDate occurredOn, String note, String memberRef) {
        if (kind == null || note == null || note.isBlank()) {
            throw SafeguardException.invalid(kind == null ? FieldProblem.of("kind", "REQUIRED") : FieldProblem.of("note", "REQUIRED"));
        }
        BeneficiaryStore.BeneficiaryRow b = access.lockVisible(householdId);
        LocalDate on = occurredOn == null ? today() : occurredOn;
        BenefitState state = lifecycle.apply(householdId, b.state(), BenefitAction.REPORT_CHANGE, kind + ": " + note);
        store.insertChangeReport(householdId, kind.name(), on, note, lifecycle.actor(), clock.instant());
        if (kind == ChangeKind.DEATH) {
            state = deaths.record(householdId, state, on, memberRef);
        }
        return state;
    }

    @Transactional
    public BenefitState startReview(UUID householdId, String reason) {
        BeneficiaryStore.BeneficiaryRow b = access.lockVisible(householdId);
        return lifecycle.apply(householdId, b.state(), BenefitAction.START_REVIEW, reason);
    }

    @Transactional
    public OutcomeResult recordOutcome(UUID householdId, Outcome outcome) {
        return recordOutcome(householdId, outcome, today());
    }

    @Transactional
    OutcomeResult recordOutcome(UUID householdId, Outcome outcome, LocalDate today) {
        BeneficiaryStore.BeneficiaryRow b = access.lockVisible(householdId);
        if (b.state() != BenefitState.UNDER_REVIEW) {
            throw new BenefitActionRefused(b.state(), BenefitAction.CHANGE_AMOUNT, BenefitTransitions.allowed(b.state()));
        }
        RegionCode region = RegionCode.of(b.regionCode());
        YearMonth effective = YearMonth.from(today).plusMonths(1);
        BeneficiaryStore.EntitlementRow current = store.inForce(householdId, effective).orElseThrow();
        HouseholdFacts facts = outcome.facts() != null ? outcome.facts() : FactsJson.read(current.factsJson());
        // The rules in force on the first day of the month the decision takes effect (§16 item 3), not today's.
        DibaoAmounts.Split split = amounts.splitForMonth(region, effective, facts);
        BigDecimal previous = current.monthly();
        Decision decision;
        if (!split.result().eligible()) {
            decision = outcome.membersFoundWork() ? Decision.TAPER : Decision.STOP;
        } else {
            int c = split.amount().compareTo(previous);
            decision = c == 0 ? Decision.NO_CHANGE : c > 0 ? Decision.INCREASE : Decision.DECREASE;
        }
        String reason = outcome.reason() == null ? "" : outcome.reason().strip();
        boolean exit = decision == Decision.DECREASE || decision == Decision.STOP || decision == Decision.TAPER;
        if (exit && reason.isEmpty()) {
            throw SafeguardException.invalid(new FieldProblem("reason", "REASON_REQUIRED", "beneficiary.validation.REASON_REQUIRED", List.of()));
        }
        boolean unstable = outcome.incomeUnstable() != null ? outcome.incomeUnstable() : b.incomeUnstable();
        if (exit && amounts.exitsSuspended(region, today)) {
            lifecycle.apply(householdId, b.state(), BenefitAction.QUEUE_EXIT, decision + ": " + reason);
            store.insertQueued(householdId, decision.name(), split.amount(), split.base(), split.supplement(),
                    FactsJson.write(facts), reason, amounts.declarations(region, today), lifecycle.actor(), clock.instant());
            store.setReview(householdId, b.nextReviewDate(), unstable, b.countedMembers());
            audit.record(AuditRecord.of("DIBAO_EXIT_QUEUED", "dibao_beneficiary", householdId)
                    .detail("decision", decision.name()).detail("newAmount", split.amount().toPlainString()));
            return new OutcomeResult(decision, true, previous, split.amount(), null, null);
        }
        return execute(b, decision, split, facts, reason, unstable, today, previous);
    }

    private OutcomeResult execute(BeneficiaryStore.BeneficiaryRow b, Decision decision, DibaoAmounts.Split split,
                                  HouseholdFacts facts, String reason, boolean unstable, LocalDate today, BigDecimal previous) {
        UUID id = b.householdId();
        RegionCode region = RegionCode.of(b.regionCode());
        YearMonth effective = YearMonth.from(today).plusMonths(1);
        Instant now = clock.instant();
        String actor = lifecycle.actor();
        String json = FactsJson.write(facts);
        HouseholdFacts before = FactsJson.read(store.inForce(id, effective).orElseThrow().factsJson());
        YearMonth lastMonth = null;
        switch (decision) {
            case NO_CHANGE -> {
                // Decided facts from the effective month, later months by their own rules: a rise is not undone.
                projection.project(b, effective, facts, "REVIEW_NO_CHANGE", actor, now);
                lifecycle.apply(id, b.state(), BenefitAction.KEEP_AMOUNT, reason.isEmpty() ? null : reason);
            }
            case INCREASE, DECREASE -> {
                projection.project(b, effective, facts, decision + ": " + abbreviate(reason), actor, now);
                lifecycle.apply(id, b.state(), BenefitAction.CHANGE_AMOUNT, decision + " " + previous.toPlainString() + " → "
                        + split.amount().toPlainString() + (reason.isEmpty() ? "" : ": " + reason));
            }
            case STOP -> {
                lastMonth = effective.minusMonths(1);
                store.setLastMonth(id, lastMonth);
                lifecycle.apply(id, b.state(), BenefitAction.TERMINATE, reason);
                events.publishEvent(new DibaoEnded(id, lastMonth, "STOPPED"));
                periods.ended(id, effective, lastMonth, "STOPPED");
            }
            case TAPER -> {
                int months = amounts.taperMonths(region, today);
                // The previous amount, paid on as the taper component for the taper months (§16 item 12), then stop.
                store.insertEntitlement(id, effective, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), previous,
                        false, json, "TAPER (amount frozen): " + abbreviate(reason), actor, now);
                lastMonth = effective.plusMonths(months - 1L);
                store.setLastMonth(id, lastMonth);
                lifecycle.apply(id, b.state(), BenefitAction.BEGIN_TAPER, months + " months: " + reason);
                events.publishEvent(new DibaoEnded(id, lastMonth, "TAPERED_EXIT"));
                periods.ended(id, effective, lastMonth, "TAPERED_EXIT");
            }
        }
        if (decision == Decision.NO_CHANGE || decision == Decision.INCREASE || decision == Decision.DECREASE) {
            store.setReview(id, today.plusMonths(interval(b, today, unstable)), unstable, DibaoAmounts.countedMembers(facts));
            List<UUID> covered = DibaoAmounts.covered(facts);
            if (!new HashSet<>(covered).equals(new HashSet<>(DibaoAmounts.covered(before)))) {
                events.publishEvent(new DibaoMembersChanged(id, effective, covered));
                periods.membersChanged(id, b.regionCode(), b.hukouType(), effective, covered);
            }
        }
        audit.record(AuditRecord.of("DIBAO_REVIEW_DECIDED", "dibao_beneficiary", id).detail("decision", decision.name())
                .detail("previousAmount", previous.toPlainString()).detail("newAmount", split.amount().toPlainString())
                .detail("effectiveMonth", effective.toString()));
        return new OutcomeResult(decision, false, previous, split.amount(), effective, lastMonth);
    }

    private int interval(BeneficiaryStore.BeneficiaryRow b, LocalDate today, boolean unstable) {
        return amounts.reviewIntervalMonths(RegionCode.of(b.regionCode()), today, unstable, HukouType.valueOf(b.hukouType()));
    }

    private static String abbreviate(String s) {
        return s.length() > 150 ? s.substring(0, 150) : s;
    }

    /** Executes or dismisses the queued exit of a household once exits are no longer suspended. */
    @Transactional
    public OutcomeResult decideQueued(UUID householdId, boolean executeIt, String note) {
        return decideQueued(householdId, executeIt, note, today());
    }

    @Transactional
    OutcomeResult decideQueued(UUID householdId, boolean executeIt, String note, LocalDate today) {
        BeneficiaryStore.BeneficiaryRow b = access.lockVisible(householdId);
        BeneficiaryStore.QueuedRow q = store.openQueued(householdId)
                .orElseThrow(() -> new BenefitActionRefused(b.state(), BenefitAction.DISMISS_QUEUED, BenefitTransitions.allowed(b.state())));
        RegionCode region = RegionCode.of(b.regionCode());
        if (amounts.exitsSuspended(region, today)) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "beneficiary.problem.exitsStillSuspended");
        }
        YearMonth effective = YearMonth.from(today).plusMonths(1);
        BigDecimal previous = store.inForce(householdId, effective).orElseThrow().monthly();
        OutcomeResult result;
        if (executeIt) {
            Decision decision = Decision.valueOf(q.kind());
            var split = new DibaoAmounts.Split(q.newAmount(), q.newBase(), q.newSupplement(), null);
            result = execute(b, decision, split, FactsJson.read(q.factsJson()), q.reason(), b.incomeUnstable(), today, previous);
        } else {
            lifecycle.apply(householdId, b.state(), BenefitAction.DISMISS_QUEUED, note);
            store.setReview(householdId, today.plusMonths(interval(b, today, b.incomeUnstable())),
                    b.incomeUnstable(), b.countedMembers());
            result = new OutcomeResult(Decision.NO_CHANGE, false, previous, previous, effective, null);
        }
        store.closeQueued(q.id(), executeIt ? "EXECUTED" : "DISMISSED", lifecycle.actor(), note, clock.instant());
        return result;
    }

    /** Moves active households whose review date has come to REVIEW_DUE (not while reviews are extended). */
    @Transactional
    public int markDueReviews(LocalDate today) {
        int n = 0;
        Set<String> extended = new HashSet<>();
        for (BeneficiaryStore.BeneficiaryRow b : store.reviewsFallingDue(today)) {
            if (extended.contains(b.regionCode()) || amounts.reviewsExtended(RegionCode.of(b.regionCode()), today)) {
                extended.add(b.regionCode());
                continue;
            }
            lifecycle.apply(b.householdId(), b.state(), BenefitAction.REVIEW_FALLS_DUE, "periodic review due " + b.nextReviewDate());
            n++;
        }
        return n;
    }

    /** Ends the tapered exits whose last month has passed, holding those whose region suspends exits today. */
    @Transactional
    public int endTapers(LocalDate today) {
        return taperEnds.run(today);
    }
}
