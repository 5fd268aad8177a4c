package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguard.payment.PaidAmounts;
import org.safeguard.payment.PayeeKind;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A member's death (domain.md §3.7, issue 9 item 3), in any state but TERMINATED: the member is no longer counted from
 * the month after the death; when no counted member is left, payment stops after the month of the death and the
 * benefit ends. A declaration's exit suspension never keeps paying a dead person: a death is a fact, not a decrease
 * decided by review, so it is never queued. The review due within three months of the death is raised as a work item
 * with its deadline. Months already paid after the death are recovered from the next line (or, when nothing is paid
 * any more, listed for a caseworker).
 */
@Component
class MemberDeaths {

    private final BeneficiaryStore store;
    private final BenefitLifecycle lifecycle;
    private final EntitlementProjection projection;
    private final DibaoWorkItems workItems;
    private final DibaoBenefitPeriods periods;
    private final PaidAmounts paid;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberDeaths(BeneficiaryStore store, BenefitLifecycle lifecycle, EntitlementProjection projection,
                 DibaoWorkItems workItems, DibaoBenefitPeriods periods, PaidAmounts paid, ApplicationEventPublisher events,
                 Clock clock) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.projection = projection;
        this.workItems = workItems;
        this.periods = periods;
        this.paid = paid;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Applies the death of {@code memberRef} (null: the only counted member, if there is one) on {@code died} to the
     * household now in {@code state}; returns the state after.
     */
    BenefitState record(UUID householdId, BenefitState state, LocalDate died, String memberRef) {
        BeneficiaryStore.BeneficiaryRow b = store.find(householdId).orElseThrow();
        Instant now = clock.instant();
        String actor = lifecycle.actor();
        YearMonth deathMonth = YearMonth.from(died);
        YearMonth stopFrom = deathMonth.plusMonths(1);
        YearMonth factsMonth = stopFrom.isBefore(b.firstMonth()) ? b.firstMonth() : stopFrom;
        HouseholdFacts facts = FactsJson.read(store.inForce(householdId, factsMonth).orElseThrow().factsJson());
        List<HouseholdFacts.Member> counted = facts.members().stream().filter(HouseholdFacts.Member::counted).toList();
        HouseholdFacts.Member deceased = counted.stream().filter(m -> m.ref().equals(memberRef)).findFirst()
                .orElse(memberRef == null && counted.size() == 1 ? counted.get(0) : null);
        String who = deceased == null ? "a member" : "member " + deceased.ref();
        if (deceased != null && counted.size() == 1) {
            YearMonth last = b.lastMonth() != null && b.lastMonth().isBefore(deathMonth) ? b.lastMonth() : deathMonth;
            store.setLastMonth(householdId, last);
            store.openQueued(householdId).ifPresent(q -> store.closeQueued(q.id(), "DISMISSED", actor,
                    "superseded: the last counted member died on " + died, now));
            state = lifecycle.apply(householdId, state, BenefitAction.RECORD_DEATH,
                    "the last counted member died on " + died + "; paid to the end of " + last);
            events.publishEvent(new DibaoEnded(householdId, last, "DEATH"));
            periods.ended(householdId, last.plusMonths(1), last, "DEATH");
            listPaidAfter(householdId, last.plusMonths(1), died);
            return state;
        }
        if (deceased != null) {
            HouseholdFacts after = withoutMember(facts, deceased, died);
            if (state == BenefitState.TAPER) {
                workItems.raise(householdId, DibaoWorkItems.Kind.TAPER_DEATH, deceased.ref(), "Member " + deceased.ref()
                        + " died on " + died + " during the tapered exit: the taper amount is frozen by rule; decide "
                        + "whether it is reduced.", died.plusMonths(3));
            } else if (b.lastMonth() == null || !stopFrom.isAfter(b.lastMonth())) {
                projection.project(b, stopFrom, after, "DEATH of " + who + " on " + died, actor, now);
                recoverPaidAfter(householdId, stopFrom, "DEATH:" + abbreviate(deceased.ref()), died, now);
                List<UUID> covered = DibaoAmounts.covered(after);
                if (!new HashSet<>(covered).equals(new HashSet<>(DibaoAmounts.covered(facts)))) {
                    events.publishEvent(new DibaoMembersChanged(householdId, stopFrom, covered));
                    periods.membersChanged(householdId, b.regionCode(), b.hukouType(), stopFrom, covered);
                }
            }
        }
        // A decision queued behind a freeze was taken with the dead member counted: it is superseded, the review opens again.
        if (state == BenefitState.SUSPENDED_PENDING) {
            store.openQueued(householdId).ifPresent(q -> store.closeQueued(q.id(), "DISMISSED", actor,
                    "superseded by the death of " + who + " on " + died, now));
            state = lifecycle.apply(householdId, state, BenefitAction.DISMISS_QUEUED, "superseded by the death on " + died);
        }
        // The review due within three months of the death (§3.7): a deadline a caseworker sees.
        workItems.raise(householdId, DibaoWorkItems.Kind.DEATH_REVIEW, (memberRef == null ? "?" : abbreviate(memberRef)) + "@" + died,
                "Review the household within three months of the death of " + who + " on " + died + ".", died.plusMonths(3));
        if (BenefitTransitions.next(state, BenefitAction.START_REVIEW).isPresent()) {
            state = lifecycle.apply(householdId, state, BenefitAction.START_REVIEW, "DEATH reported");
        }
        return state;
    }

    static HouseholdFacts withoutMember(HouseholdFacts facts, HouseholdFacts.Member deceased, LocalDate died) {
        List<HouseholdFacts.Member> members = new ArrayList<>();
        for (HouseholdFacts.Member m : facts.members()) {
            members.add(m != deceased ? m : new HouseholdFacts.Member(m.ref(), m.birthDate(), false, "DECEASED " + died,
                    m.disabilityGrade(), m.seriousIllness(), List.of()));
        }
        return new HouseholdFacts(facts.hukouType(), members, facts.assets(), facts.deductions(),
                facts.singlePersonRef());
    }

    /** Months already paid from {@code from} on, paid more than now due: recovered from the next line. */
    private void recoverPaidAfter(UUID householdId, YearMonth from, String key, LocalDate died, Instant now) {
        Map<YearMonth, BigDecimal> paidByMonth = paid.regularAmountsPaid(DibaoPayrollSource.BENEFIT, PayeeKind.HOUSEHOLD,
                householdId, from, DibaoPayrollSource.REGULAR_CODES);
        paidByMonth.forEach((m, amount) -> store.inForce(householdId, m).ifPresent(due -> {
            if (amount.compareTo(due.monthly()) > 0) {
                store.insertAdjustment(householdId, m, due.monthly().subtract(amount), amount, due.monthly(), key,
                        "RECOVERY DEATH on " + died, now);
            }
        }));
    }

    /** Months paid after the last one due: nothing more is paid to settle them, so a caseworker recovers them. */
    private void listPaidAfter(UUID householdId, YearMonth from, LocalDate died) {
        Map<YearMonth, BigDecimal> paidByMonth = paid.regularAmountsPaid(DibaoPayrollSource.BENEFIT, PayeeKind.HOUSEHOLD,
                householdId, from, DibaoPayrollSource.REGULAR_CODES);
        if (!paidByMonth.isEmpty()) {
            BigDecimal total = paidByMonth.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            workItems.raise(householdId, DibaoWorkItems.Kind.PAID_AFTER_DEATH, died.toString(), total.toPlainString()
                    + " was paid for " + paidByMonth.keySet() + " after the death on " + died + ": to be recovered.", null);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
