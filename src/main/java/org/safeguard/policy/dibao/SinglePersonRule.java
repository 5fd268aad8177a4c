package org.safeguard.policy.dibao;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The single-person household (单人户, domain.md §3.2, §3.8): from the mid-2020 notice (2020-07-29; 2021 Measures
 * Art.8) a severely disabled (grade 1–2) or seriously ill member of a low-income family may apply alone. The family
 * as a whole must not be eligible, its per-capita income must be below the dibao-edge multiple of the standard and
 * its assets must pass (the calculator's EDGE outcome); the member is then assessed as a household of one, with the
 * member's own income and supplements.
 */
final class SinglePersonRule {

    /** The MCA and Ministry of Finance notice of 29 July 2020 that opened single-person applications. */
    static final LocalDate IN_FORCE_FROM = LocalDate.of(2020, 7, 29);

    private SinglePersonRule() {
    }

    static DibaoResult calculate(HouseholdFacts household, DibaoParameters parameters, LocalDate referenceDate,
                                 boolean withTrace) {
        String ref = household.singlePersonRef();
        DibaoResult family = DibaoCalculator.calculate(household.asFamily(), parameters, referenceDate, withTrace);
        List<TraceStep> trace = withTrace ? new ArrayList<>(family.trace()) : null;
        if (referenceDate.isBefore(IN_FORCE_FROM)) {
            return refused(family, Reason.SINGLE_PERSON_NOT_IN_FORCE, List.of(IN_FORCE_FROM), trace, "single.notInForce");
        }
        if (family.eligible()) {
            return refused(family, Reason.SINGLE_PERSON_FAMILY_ELIGIBLE, List.of(), trace, "single.familyEligible");
        }
        if (!family.edge()) {
            return refused(family, Reason.SINGLE_PERSON_FAMILY_NOT_LOW_INCOME,
                    List.of(family.perCapitaIncome() == null ? "-" : family.perCapitaIncome(), family.edgeThreshold()),
                    trace, "single.familyNotLowIncome");
        }
        HouseholdFacts.Member member = household.members().stream().filter(m -> m.ref().equals(ref)).findFirst().orElse(null);
        boolean qualifies = member != null && member.counted() && (member.seriousIllness()
                || member.disabilityGrade() != null && member.disabilityGrade() <= 2);
        if (!qualifies) {
            return refused(family, Reason.SINGLE_PERSON_NOT_QUALIFYING, List.of(ref), trace, "single.notQualifying");
        }
        if (trace != null) {
            trace.add(TraceStep.of("single.familyLowIncome", family.perCapitaIncome(), family.edgeThreshold()));
            trace.add(TraceStep.of("single.member", ref));
        }
        // assets were tested for the whole family; the member alone is assessed on income and supplements only
        HouseholdFacts alone = new HouseholdFacts(household.hukouType(), List.of(member), List.of(), List.of());
        DibaoParameters noAssetRules = new DibaoParameters(parameters.standardUrban(), parameters.urbanSource(),
                parameters.standardRural(), parameters.ruralSource(), parameters.incomeReferenceMonths(),
                parameters.edgeMultiple(), List.of(), parameters.supplements(), parameters.supplementLargerOnly(),
                parameters.employmentCostDeductible(), parameters.rigidExpenseDeductible(),
                parameters.residentPensionExcluded(), parameters.payment());
        DibaoResult single = DibaoCalculator.calculate(alone, noAssetRules, referenceDate, withTrace);
        if (trace != null) {
            trace.addAll(single.trace());
        }
        return new DibaoResult(single.outcome() == DibaoResult.Outcome.ELIGIBLE ? DibaoResult.Outcome.ELIGIBLE
                : DibaoResult.Outcome.NOT_ELIGIBLE, single.reasons(), referenceDate, single.hukouType(),
                single.countedMembers(), single.countedRefs(), single.months(), single.countedIncome(),
                single.deductions(), single.netIncome(), single.perCapitaIncome(), single.standard(),
                single.standardSource(), family.edgeThreshold(), single.supplements(), single.monthlyAmount(), trace);
    }

    private static DibaoResult refused(DibaoResult family, String code, List<Object> args, List<TraceStep> trace,
                                       String step) {
        if (trace != null) {
            trace.add(TraceStep.of(step, args.toArray()));
        }
        List<Reason> reasons = new ArrayList<>(family.reasons());
        reasons.add(new Reason(code, null, args));
        return new DibaoResult(DibaoResult.Outcome.NOT_ELIGIBLE, reasons, family.referenceDate(), family.hukouType(),
                family.countedMembers(), family.countedRefs(), family.months(), family.countedIncome(),
                family.deductions(), family.netIncome(), family.perCapitaIncome(), family.standard(),
                family.standardSource(), family.edgeThreshold(), List.of(), java.math.BigDecimal.ZERO, trace);
    }
}
