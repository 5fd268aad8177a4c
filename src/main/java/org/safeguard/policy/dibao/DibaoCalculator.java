package org.safeguard.policy.dibao;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.safeguard.policy.AssetRule;
import org.safeguard.policy.ParameterSource;
import org.safeguard.policy.Supplement;
import org.safeguard.policy.SupplementCategory;

/**
 * Dibao eligibility and amount, exactly as domain.md §3.1–3.5 with the defaults of §16: a pure function
 * (no Spring, no database, no clock). Comparisons are exact: "per-capita income below the standard" is
 * tested as {@code net income < standard × months × counted members}; the amount ({@link DibaoAmountRule}: by the
 * gap or by tiers, with the region's minimum) is rounded half-up to whole yuan once, at the end.
 */
public final class DibaoCalculator {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private DibaoCalculator() {
    }

    public static DibaoResult calculate(HouseholdFacts household, DibaoParameters parameters, LocalDate referenceDate) {
        return calculate(household, parameters, referenceDate, true);
    }

    /**
     * @param withTrace false skips building the trace (bulk callers such as payroll); the result is the same
     */
    public static DibaoResult calculate(HouseholdFacts household, DibaoParameters parameters, LocalDate referenceDate,
                                        boolean withTrace) {
        if (household.singlePersonRef() != null) {
            return SinglePersonRule.calculate(household, parameters, referenceDate, withTrace);
        }
        List<TraceStep> trace = withTrace ? new ArrayList<>() : null;
        HukouType hukou = household.hukouType();
        BigDecimal standard = parameters.standard(hukou);
        if (standard == null) {
            throw new MissingStandard(hukou);
        }
        ParameterSource source = parameters.standardSource(hukou);
        if (trace != null) {
            if (source.kind() == ParameterSource.Kind.REGION) {
                trace.add(TraceStep.of("standard", hukou, referenceDate, standard, source.regionCode().value(), source.effectiveFrom()));
            } else {
                trace.add(TraceStep.of("standard.override", hukou, standard));
            }
        }
        int months = parameters.incomeReferenceMonths();

        Set<String> countedRefs = new HashSet<>();
        List<String> countedOrder = new ArrayList<>();
        for (HouseholdFacts.Member m : household.members()) {
            if (m.counted()) {
                countedRefs.add(m.ref());
                countedOrder.add(m.ref());
                if (trace != null) trace.add(TraceStep.of("member.counted", m.ref(), age(m, referenceDate)));
            } else if (trace != null) {
                trace.add(TraceStep.of("member.notCounted", m.ref(), m.exclusionReason() == null ? "-" : m.exclusionReason()));
            }
        }
        int n = countedOrder.size();

        BigDecimal gross = BigDecimal.ZERO;
        for (HouseholdFacts.Member m : household.members()) {
            for (HouseholdFacts.Income income : m.incomes()) {
                if (!m.counted()) {
                    if (trace != null) trace.add(TraceStep.of("income.memberNotCounted", m.ref(), income.type(), income.amount()));
                } else if (income.type().alwaysExcluded()) {
                    if (trace != null) trace.add(TraceStep.of("income.excluded", m.ref(), income.type(), income.amount()));
                } else if (income.type() == IncomeType.RESIDENT_BASIC_PENSION && parameters.residentPensionExcluded()) {
                    if (trace != null) trace.add(TraceStep.of("income.pensionExcluded", m.ref(), income.type(), income.amount()));
                } else {
                    gross = gross.add(income.amount());
                    if (trace != null) trace.add(TraceStep.of("income.counted", m.ref(), income.type(), income.amount()));
                }
            }
        }
        BigDecimal deductions = BigDecimal.ZERO;
        for (HouseholdFacts.Deduction d : household.deductions()) {
            if (!(d.type() == DeductionType.EMPLOYMENT_COST ? parameters.employmentCostDeductible() : parameters.rigidExpenseDeductible())) {
                if (trace != null) trace.add(TraceStep.of("deduction.notAllowed", d.type(), d.amount(), referenceDate));
                continue;
            }
            deductions = deductions.add(d.amount());
            if (trace != null) trace.add(TraceStep.of("deduction", d.type(), d.amount()));
        }
        BigDecimal net = gross.subtract(deductions);
        if (net.signum() < 0) {
            net = BigDecimal.ZERO;
        }
        if (trace != null) trace.add(TraceStep.of("income.net", gross, deductions, net, months));

        BigDecimal edgeThreshold = standard.multiply(parameters.edgeMultiple());
        List<Reason> reasons = new ArrayList<>(2);
        if (n == 0) {
            reasons.add(new Reason(Reason.NO_COUNTED_MEMBERS, null, List.of()));
            if (trace != null) trace.add(TraceStep.of("result.noCountedMembers"));
            return new DibaoResult(DibaoResult.Outcome.NOT_ELIGIBLE, reasons, referenceDate, hukou, 0, countedOrder, months,
                    gross, deductions, net, null, standard, source, edgeThreshold, List.of(), BigDecimal.ZERO, trace);
        }

        BigDecimal denominator = BigDecimal.valueOf((long) months * n);
        BigDecimal perCapita = net.divide(denominator, 2, RoundingMode.HALF_UP);
        if (trace != null) trace.add(TraceStep.of("perCapita", net, months, n, perCapita));
        boolean incomeBelow = net.compareTo(standard.multiply(denominator)) < 0;
        if (incomeBelow) {
            if (trace != null) trace.add(TraceStep.of("incomeTest.pass", perCapita, standard));
        } else {
            reasons.add(new Reason(Reason.INCOME_NOT_BELOW_STANDARD, null, List.of(perCapita, standard)));
            if (trace != null) trace.add(TraceStep.of("incomeTest.fail", perCapita, standard));
        }

        boolean assetsPass = true;
        if (!parameters.assetRules().isEmpty()) {
            Function<String, BigDecimal> variables = variables(parameters, standard, n);
            for (AssetRule rule : parameters.assetRules()) {
                assetsPass &= assetRule(rule, household, countedRefs, n, variables, reasons, trace);
            }
        } else if (trace != null) {
            trace.add(TraceStep.of("asset.noRules"));
        }

        boolean eligible = incomeBelow && assetsPass;
        boolean edge = !eligible && assetsPass && net.compareTo(edgeThreshold.multiply(denominator)) < 0;

        List<DibaoResult.MemberSupplement> supplements = List.of();
        BigDecimal amount = BigDecimal.ZERO;
        DibaoResult.Outcome outcome;
        if (eligible) {
            supplements = supplements(household, parameters, standard, referenceDate, trace);
            BigDecimal supplementTotal = BigDecimal.ZERO;
            for (DibaoResult.MemberSupplement s : supplements) {
                supplementTotal = supplementTotal.add(s.amount());
            }
            amount = DibaoAmountRule.amount(parameters.payment(), standard, net, months, n, perCapita, supplementTotal, trace);
            outcome = DibaoResult.Outcome.ELIGIBLE;
            if (trace != null) trace.add(TraceStep.of("result.eligible", amount));
        } else if (edge) {
            outcome = DibaoResult.Outcome.EDGE;
            if (trace != null) trace.add(TraceStep.of("result.edge", perCapita, parameters.edgeMultiple(), edgeThreshold));
        } else {
            outcome = DibaoResult.Outcome.NOT_ELIGIBLE;
            if (trace != null) trace.add(TraceStep.of("result.notEligible"));
        }
        return new DibaoResult(outcome, reasons, referenceDate, hukou, n, countedOrder, months, gross, deductions, net,
                perCapita, standard, source, edgeThreshold, supplements, amount, trace);
    }

    private static Function<String, BigDecimal> variables(DibaoParameters p, BigDecimal standard, int n) {
        BigDecimal members = BigDecimal.valueOf(n);
        return name -> switch (name) {
            case "dibaoStandardMonthly" -> standard;
            case "dibaoStandardYearly" -> standard.multiply(TWELVE);
            case "dibaoStandardUrbanMonthly" -> p.standardUrban();
            case "dibaoStandardRuralMonthly" -> p.standardRural();
            case "countedMembers" -> members;
            default -> null;
        };
    }

    private static boolean assetRule(AssetRule rule, HouseholdFacts household, Set<String> countedRefs, int n,
                                     Function<String, BigDecimal> variables, List<Reason> reasons, List<TraceStep> trace) {
        BigDecimal total = BigDecimal.ZERO;
        for (HouseholdFacts.Asset asset : household.assets()) {
            if (!rule.assetTypes().contains(asset.type())) {
                continue;
            }
            if (asset.ownerRef() != null && !countedRefs.contains(asset.ownerRef())) {
                if (trace != null) trace.add(TraceStep.of("asset.ownerNotCounted", rule.code(), asset.type(), asset.ownerRef()));
                continue;
            }
            total = total.add(rule.measure() == AssetRule.Measure.COUNT ? BigDecimal.valueOf(asset.count()) : asset.value());
        }
        BigDecimal threshold = rule.threshold().evaluate(variables);
        boolean holds;
        BigDecimal shown;
        if (rule.measure() == AssetRule.Measure.PER_CAPITA_VALUE) {
            BigDecimal members = BigDecimal.valueOf(n);
            holds = rule.comparison().holds(total.compareTo(threshold.multiply(members)));
            shown = total.divide(members, 2, RoundingMode.HALF_UP);
        } else {
            holds = rule.comparison().holds(total.compareTo(threshold));
            shown = total;
        }
        if (trace != null) {
            trace.add(TraceStep.of(holds ? "asset.pass" : "asset.fail", rule.code(), rule.measure(), shown,
                    rule.comparison().symbol(), threshold, rule.threshold().source()));
        }
        if (!holds) {
            reasons.add(new Reason(Reason.ASSET_RULE_FAILED, rule.code(), List.of(shown, rule.comparison().symbol(),
                    threshold.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString())));
        }
        return holds;
    }

    private static List<DibaoResult.MemberSupplement> supplements(HouseholdFacts household, DibaoParameters p,
                                                                  BigDecimal standard, LocalDate referenceDate,
                                                                  List<TraceStep> trace) {
        if (p.supplements().isEmpty()) {
            return List.of();
        }
        List<DibaoResult.MemberSupplement> paid = new ArrayList<>();
        for (HouseholdFacts.Member m : household.members()) {
            if (!m.counted()) {
                continue;
            }
            DibaoResult.MemberSupplement best = null;
            for (Supplement s : p.supplements()) {
                if (!applies(s.category(), m, referenceDate)) {
                    continue;
                }
                DibaoResult.MemberSupplement candidate = new DibaoResult.MemberSupplement(m.ref(), s.category(), s.amount(standard));
                if (!p.supplementLargerOnly()) {
                    paid.add(candidate);
                    if (trace != null) trace.add(TraceStep.of("supplement", m.ref(), s.category(), candidate.amount()));
                } else if (best == null || candidate.amount().compareTo(best.amount()) > 0) {
                    if (best != null && trace != null) trace.add(TraceStep.of("supplement.notLarger", m.ref(), best.category(), best.amount()));
                    best = candidate;
                } else if (trace != null) {
                    trace.add(TraceStep.of("supplement.notLarger", m.ref(), candidate.category(), candidate.amount()));
                }
            }
            if (best != null) {
                paid.add(best);
                if (trace != null) trace.add(TraceStep.of("supplement", m.ref(), best.category(), best.amount()));
            }
        }
        return paid;
    }

    static boolean applies(SupplementCategory category, HouseholdFacts.Member m, LocalDate referenceDate) {
        return switch (category) {
            case DISABILITY_GRADE_1_2 -> m.disabilityGrade() != null && (m.disabilityGrade() == 1 || m.disabilityGrade() == 2);
            case SERIOUS_ILLNESS -> m.seriousIllness();
            case AGE_70_PLUS -> age(m, referenceDate) >= 70;
        };
    }

    /** Completed years on the reference date (as {@code Period.between(...).getYears()}, without the allocation). */
    static int age(HouseholdFacts.Member m, LocalDate referenceDate) {
        LocalDate birth = m.birthDate();
        int age = referenceDate.getYear() - birth.getYear();
        if (referenceDate.getMonthValue() < birth.getMonthValue()
                || referenceDate.getMonthValue() == birth.getMonthValue() && referenceDate.getDayOfMonth() < birth.getDayOfMonth()) {
            age--;
        }
        return age;
    }

    /** No dibao standard is set for this hukou type anywhere above the region on the reference date. */
    public static final class MissingStandard extends IllegalStateException {
        private final HukouType hukouType;

        MissingStandard(HukouType hukouType) {
            super("no dibao standard for " + hukouType);
            this.hukouType = hukouType;
        }

        public HukouType hukouType() {
            return hukouType;
        }
    }
}
