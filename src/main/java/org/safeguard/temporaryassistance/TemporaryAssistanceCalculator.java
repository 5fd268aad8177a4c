package org.safeguard.temporaryassistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.policy.TierTable;
import org.safeguard.temporaryassistance.TemporaryAssistanceResult.AmountBasis;

/**
 * The temporary-assistance rules of domain.md §16 item 11 as one pure function (no clock, no database): the facts and
 * the resolved parameters in, the answer with its trace out. Amounts are exact until the suggested amount, which is
 * rounded half-up to whole yuan once at the end (§16 item 1); the limits are compared exactly.
 */
public final class TemporaryAssistanceCalculator {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TemporaryAssistanceCalculator() {
    }

    /**
     * Which base standard applies: urban for the uninsured-unemployed one-off; the household's hukou type when it is
     * registered at the place of hardship; otherwise the place's own classification (no hukou check), or, for a place
     * without one, the hukou type given. Null when none of these is known.
     */
    public static UrbanRural urbanRural(AssistanceFacts f, UrbanRural regionUrbanRural) {
        if (f.type() == AssistanceType.UNINSURED_UNEMPLOYED) {
            return UrbanRural.URBAN;
        }
        if (f.localHukou() && f.hukouType() != null) {
            return f.hukouType();
        }
        return regionUrbanRural != null ? regionUrbanRural : f.hukouType();
    }

    public static TemporaryAssistanceResult calculate(AssistanceFacts f, TemporaryAssistanceParameters p) {
        List<TaTraceStep> trace = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        UrbanRural ur = urbanRural(f, p.regionUrbanRural());
        if (ur == null || p.standard(ur).amount() == null) {
            throw new IllegalArgumentException("no base standard for " + p.regionCode() + " on " + f.requestDate());
        }
        trace.add(whichStandard(f, p, ur));
        TemporaryAssistanceParameters.Standard standard = p.standard(ur);
        BigDecimal s = standard.amount();
        trace.add(standard.fromDibao()
                ? TaTraceStep.of("standard.dibao", ur, f.requestDate(), s, region(standard), from(standard))
                : TaTraceStep.of("standard.base", ur, f.requestDate(), s, region(standard), from(standard)));
        int n = f.type() == AssistanceType.UNINSURED_UNEMPLOYED ? 1 : f.persons();
        BigDecimal amount;
        BigDecimal line = null;
        switch (f.type()) {
            case EMERGENCY -> {
                int months = p.months(f.severity());
                amount = s.multiply(BigDecimal.valueOf(n)).multiply(BigDecimal.valueOf(months));
                trace.add(TaTraceStep.of("emergency.amount", s, n, f.severity(), months, amount));
            }
            case EXPENDITURE -> {
                BigDecimal yearly = p.disposableIncome(ur);
                line = yearly.divide(TWELVE, 2, RoundingMode.HALF_UP);
                boolean below = f.perCapitaIncome().multiply(TWELVE).compareTo(yearly) < 0;
                trace.add(TaTraceStep.of(below ? "expenditure.below" : "expenditure.notBelow", f.perCapitaIncome(), yearly, line));
                if (!below) {
                    reasons.add(Reasons.INCOME_ABOVE_EXPENDITURE_LINE);
                }
                BigDecimal cap = s.multiply(BigDecimal.valueOf((long) p.expenditureMonths() * n));
                amount = f.outOfPocketExpense().min(cap);
                trace.add(TaTraceStep.of("expenditure.amount", f.outOfPocketExpense(), p.expenditureMonths(), s, n, cap, amount));
            }
            default -> amount = uninsured(f, p, s, trace, reasons);
        }
        String tierCode = f.severity() == null ? "" : f.severity().name();
        TierTable.Row tier = p.tiers().find(f.type().name(), tierCode).orElse(null);
        if (tier != null) {
            amount = tierAmount(tier, s, n, f.outOfPocketExpense(), trace);
        }
        repeat(f, p, trace, reasons);
        BigDecimal township = p.townshipMultiple().multiply(s).multiply(BigDecimal.valueOf(n));
        BigDecimal county = p.countyMultiple().multiply(s).multiply(BigDecimal.valueOf(n));
        trace.add(TaTraceStep.of("limits", p.townshipMultiple(), s, n, township, p.countyMultiple(), county));
        boolean allowed = reasons.isEmpty();
        BigDecimal suggested = allowed ? amount.setScale(0, RoundingMode.HALF_UP) : BigDecimal.ZERO;
        AmountBasis basis = f.requestedAmount() != null ? AmountBasis.REQUESTED : AmountBasis.SUGGESTED;
        BigDecimal judged = basis == AmountBasis.REQUESTED ? f.requestedAmount() : suggested;
        ApprovalLevel level;
        if (allowed) {
            level = judged.compareTo(township) <= 0 ? ApprovalLevel.TOWNSHIP
                    : judged.compareTo(county) <= 0 ? ApprovalLevel.COUNTY : ApprovalLevel.CASE_BY_CASE;
            trace.add(TaTraceStep.of(basis == AmountBasis.REQUESTED ? "approval.requested" : "approval.suggested", judged, level));
        } else {
            level = reasons.equals(List.of(Reasons.SAME_CAUSE_WITHIN_12_MONTHS)) ? ApprovalLevel.CASE_BY_CASE : null;
        }
        boolean helpFirst = allowed && f.type() == AssistanceType.EMERGENCY && level == ApprovalLevel.TOWNSHIP;
        if (allowed) {
            trace.add(TaTraceStep.of(helpFirst ? "result.helpFirst" : "result.allowed", suggested, level));
        } else {
            trace.add(TaTraceStep.of(level == null ? "result.refused" : "result.refusedCaseByCase"));
        }
        return new TemporaryAssistanceResult(allowed, reasons, f.type(), ur, s, standard.source(), standard.fromDibao(), n,
                line, tier == null ? null : tier.type() + "/" + tier.tier(), suggested, township, county, level, basis,
                helpFirst, trace);
    }

    private static TaTraceStep whichStandard(AssistanceFacts f, TemporaryAssistanceParameters p, UrbanRural ur) {
        if (f.type() == AssistanceType.UNINSURED_UNEMPLOYED) {
            return TaTraceStep.of("urbanRural.uninsured", p.regionCode());
        }
        if (f.localHukou() && f.hukouType() != null) {
            return TaTraceStep.of("urbanRural.hukou", ur, p.regionCode());
        }
        return p.regionUrbanRural() != null ? TaTraceStep.of("urbanRural.region", ur, p.regionCode())
                : TaTraceStep.of("urbanRural.unclassified", ur, p.regionCode());
    }

    private static BigDecimal uninsured(AssistanceFacts f, TemporaryAssistanceParameters p, BigDecimal s,
                                        List<TaTraceStep> trace, List<String> reasons) {
        boolean inPeriod = !f.requestDate().isBefore(p.uninsuredFrom()) && !f.requestDate().isAfter(p.uninsuredTo());
        trace.add(TaTraceStep.of(inPeriod ? "uninsured.inPeriod" : "uninsured.outsidePeriod", f.requestDate(),
                p.uninsuredFrom(), p.uninsuredTo()));
        if (!inPeriod) {
            reasons.add(Reasons.OUTSIDE_PERIOD);
        }
        AssistanceFacts.Unemployment u = f.unemployment();
        boolean longEnough = u.monthsWithoutIncome() >= p.uninsuredNoIncomeMonths();
        trace.add(TaTraceStep.of(longEnough ? "uninsured.noIncome" : "uninsured.income", u.monthsWithoutIncome(),
                p.uninsuredNoIncomeMonths()));
        if (!longEnough) {
            reasons.add(Reasons.INCOME_WITHIN_3_MONTHS);
        }
        if (u.unemploymentInsurance()) {
            trace.add(TaTraceStep.of("uninsured.insured"));
            reasons.add(Reasons.UNEMPLOYMENT_INSURANCE);
        }
        if (u.inDibao()) {
            trace.add(TaTraceStep.of("uninsured.inDibao"));
            reasons.add(Reasons.IN_DIBAO);
        }
        BigDecimal amount = p.uninsuredMultiple().multiply(s);
        trace.add(TaTraceStep.of("uninsured.amount", p.uninsuredMultiple(), s, amount));
        return amount;
    }

    private static BigDecimal tierAmount(TierTable.Row row, BigDecimal s, int n, BigDecimal cost, List<TaTraceStep> trace) {
        BigDecimal base = switch (row.basis()) {
            case STANDARD_MULTIPLE -> row.value().multiply(s);
            case FIXED -> row.value();
            case PERCENT_OF_COST -> cost == null ? BigDecimal.ZERO : cost.multiply(row.value()).divide(HUNDRED);
        };
        BigDecimal amount = row.per() == TierTable.Per.PERSON ? base.multiply(BigDecimal.valueOf(n)) : base;
        if (row.min() != null && amount.compareTo(row.min()) < 0) {
            amount = row.min();
        }
        if (row.max() != null && amount.compareTo(row.max()) > 0) {
            amount = row.max();
        }
        trace.add(TaTraceStep.of("tier", row.type() + "/" + row.tier(), row.basis(), row.value(), row.per(), n,
                row.min() == null ? "-" : row.min(), row.max() == null ? "-" : row.max(), amount));
        return amount;
    }

    private static void repeat(AssistanceFacts f, TemporaryAssistanceParameters p, List<TaTraceStep> trace, List<String> reasons) {
        List<AssistanceFacts.Grant> within = f.previousGrants().stream()
                .filter(g -> g.cause().equals(f.cause()))
                .filter(g -> !g.date().isAfter(f.requestDate()) && g.date().plusMonths(p.repeatWindowMonths()).isAfter(f.requestDate()))
                .toList();
        if (within.size() >= p.repeatMaxGrants()) {
            AssistanceFacts.Grant last = within.get(within.size() - 1);
            trace.add(TaTraceStep.of("repeat.found", f.cause(), within.size(), last.date(),
                    last.regionCode() == null ? "-" : last.regionCode(), p.repeatWindowMonths(), p.repeatMaxGrants()));
            reasons.add(Reasons.SAME_CAUSE_WITHIN_12_MONTHS);
        } else {
            trace.add(TaTraceStep.of("repeat.none", f.cause(), within.size(), p.repeatWindowMonths(), p.repeatMaxGrants()));
        }
    }

    private static String region(TemporaryAssistanceParameters.Standard s) {
        return s.source() == null || s.source().regionCode() == null ? "-" : s.source().regionCode().value();
    }

    private static Object from(TemporaryAssistanceParameters.Standard s) {
        return s.source() == null || s.source().effectiveFrom() == null ? "-" : s.source().effectiveFrom();
    }
}
