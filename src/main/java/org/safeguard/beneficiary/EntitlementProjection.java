package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import org.safeguard.policy.ParameterVersion;
import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * The entitlement projection (issue 9 item 1): the amount of month M is the one calculator's result from the facts on
 * record for M and the parameters in force on the first day of M. Whenever facts are decided or parameters change, the
 * rows are recomputed from the change month on, with no horizon: between two "breakpoints" (a month where a
 * parameter version starts or ends in the household's ancestry, a month a counted member reaches a supplement age, a
 * month an entitlement row already starts) nothing the calculator reads changes, so only those months are evaluated,
 * however far ahead. A row is inserted only where the amount changes, or where a row written earlier starts with
 * other facts (a later row wins, so stale facts never come back after a decision). The payroll reads the rows as
 * before, set-based.
 * <p>
 * Not recalculated: tapered exits (the previous amount is paid on by rule: frozen) and amounts decided by hand
 * (flagged for a reviewer as a work item, never silently skipped).
 */
@Component
class EntitlementProjection {

    /** What a projection did: rows written, and the first month the facts are no longer eligible (null if none). */
    record Result(int rows, YearMonth ineligibleFrom, boolean frozen, boolean overridden) {
    }

    private final BeneficiaryStore store;
    private final DibaoAmounts amounts;
    private final PolicyParameters parameters;
    private final DibaoWorkItems workItems;

    EntitlementProjection(BeneficiaryStore store, DibaoAmounts amounts, PolicyParameters parameters, DibaoWorkItems workItems) {
        this.store = store;
        this.amounts = amounts;
        this.parameters = parameters;
        this.workItems = workItems;
    }

    /**
     * Recomputes the household's rows from {@code from} on. With {@code decided} facts, they are the facts on record
     * from that month (a review, a change decision, a death) and a row is always written there with {@code reason};
     * without, each month keeps the facts of the row in force (a parameter change, a birthday).
     */
    Result project(BeneficiaryStore.BeneficiaryRow b, YearMonth from, HouseholdFacts decided, String reason, String actor,
                   Instant now) {
        UUID id = b.householdId();
        RegionCode region = RegionCode.of(b.regionCode());
        if (from.isBefore(b.firstMonth())) {
            from = b.firstMonth();
        }
        if (b.lastMonth() != null && from.isAfter(b.lastMonth())) {
            return new Result(0, null, false, false);
        }
        String decidedJson = decided == null ? null : FactsJson.write(decided);
        int rows = 0;
        boolean frozen = false;
        boolean overridden = false;
        for (YearMonth m : breakpoints(b, from, decided)) {
            BeneficiaryStore.EntitlementRow current = store.inForce(id, m).orElse(null);
            if (current == null) {
                continue;
            }
            if (current.taper().signum() != 0) {
                frozen = true;
                continue;
            }
            if (current.overridden() && decided == null) {
                if (!overridden) {
                    // One item per household and change, naming the first month concerned.
                    workItems.raise(id, DibaoWorkItems.Kind.OVERRIDE_NOT_RECALCULATED, abbreviate(reason, 80), "The amount "
                            + current.monthly().toPlainString() + " was decided by hand and is not recalculated from " + m
                            + " (" + reason + "): a reviewer decides whether it still holds.", null);
                }
                overridden = true;
                continue;
            }
            HouseholdFacts facts = decided != null ? decided : FactsJson.read(current.factsJson());
            DibaoAmounts.Split split = amounts.splitForMonth(region, m, facts);
            if (!split.result().eligible()) {
                if (m.equals(from) && decided != null) {
                    write(id, m, split, decidedJson, reason, actor, now, region, facts);
                    rows++;
                }
                return new Result(rows, m, frozen, overridden);
            }
            boolean decisionMonth = decided != null && m.equals(from);
            boolean staleFacts = decided != null && current.fromMonth().equals(m) && !decidedJson.equals(current.factsJson());
            boolean changed = split.amount().compareTo(current.monthly()) != 0 || split.base().compareTo(current.base()) != 0
                    || current.overridden();
            if (decisionMonth || staleFacts || changed) {
                String why = decisionMonth ? reason : cause(m, facts, reason);
                write(id, m, split, decided != null ? decidedJson : current.factsJson(), why, actor, now, region, facts);
                rows++;
            }
        }
        return new Result(rows, null, frozen, overridden);
    }

    private void write(UUID id, YearMonth m, DibaoAmounts.Split split, String json, String reason, String actor, Instant now,
                       RegionCode region, HouseholdFacts facts) {
        store.insertEntitlement(id, m, split.base(), split.supplement(), BigDecimal.ZERO, false, json, reason, actor, now,
                amounts.parameterVersions(region, m.atDay(1), facts.hukouType()));
    }

    /** Why a month's amount differs when no decision was taken then: an age reached, or the rules in force. */
    private static String cause(YearMonth m, HouseholdFacts facts, String trigger) {
        if (DibaoAmounts.ageMonths(facts).contains(m)) {
            return "AGE_SUPPLEMENT: a member reaches " + DibaoAmounts.AGE_SUPPLEMENT_FROM + " in " + m;
        }
        return "RULES_IN_FORCE " + m + " (" + trigger + ")";
    }

    /** The months at which something the calculator reads may change, from {@code from} on (inclusive), in order. */
    private TreeSet<YearMonth> breakpoints(BeneficiaryStore.BeneficiaryRow b, YearMonth from, HouseholdFacts decided) {
        TreeSet<YearMonth> months = new TreeSet<>();
        months.add(from);
        for (BeneficiaryStore.EntitlementRow e : store.entitlements(b.householdId())) {
            months.add(e.fromMonth());
            if (decided == null) {
                months.addAll(DibaoAmounts.ageMonths(FactsJson.read(e.factsJson())));
            }
        }
        if (decided != null) {
            months.addAll(DibaoAmounts.ageMonths(decided));
        }
        for (ParameterVersion v : parameters.historyAlongAncestry(RegionCode.of(b.regionCode()))) {
            months.add(firstMonthInForce(v.effectiveFrom()));
            if (v.effectiveTo() != null) {
                months.add(firstMonthInForce(v.effectiveTo().plusDays(1)));
            }
        }
        TreeSet<YearMonth> within = new TreeSet<>(months.tailSet(from, true));
        if (b.lastMonth() != null) {
            within.removeIf(m -> m.isAfter(b.lastMonth()));
        }
        return within;
    }

    /** A version starting on the 1st rules its month; one starting later in the month rules from the next month. */
    private static YearMonth firstMonthInForce(LocalDate day) {
        YearMonth m = YearMonth.from(day);
        return day.getDayOfMonth() == 1 ? m : m.plusMonths(1);
    }

    private static String abbreviate(String s, int max) {
        return Objects.requireNonNullElse(s, "").length() > max ? s.substring(0, max) : Objects.requireNonNullElse(s, "");
    }

}
