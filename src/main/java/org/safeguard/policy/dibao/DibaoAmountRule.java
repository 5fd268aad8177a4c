package org.safeguard.policy.dibao;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The monthly amount of an eligible household (domain.md §3.5, §16 items 1 and 5): the base by the actual gap or by
 * tiers, raised to the region's minimum per person, plus the classified supplements, rounded half-up to whole yuan
 * once. Every value is carried multiplied by the months of the income period, so nothing is rounded before the end.
 */
final class DibaoAmountRule {

    private DibaoAmountRule() {
    }

    static BigDecimal amount(DibaoParameters.Payment payment, BigDecimal standard, BigDecimal net, int months, int n,
                             BigDecimal perCapita, BigDecimal supplementTotal, List<TraceStep> trace) {
        BigDecimal monthsDecimal = BigDecimal.valueOf(months);
        BigDecimal memberMonths = BigDecimal.valueOf((long) months * n);
        BigDecimal baseTimesMonths = null;
        if (payment.tiered()) {
            baseTimesMonths = tierBase(payment, standard, net, memberMonths, perCapita, n, trace);
        }
        boolean byGap = baseTimesMonths == null;
        if (byGap) {
            baseTimesMonths = standard.multiply(memberMonths).subtract(net);
        }
        BigDecimal minimum = payment.minimumPerPerson();
        boolean raised = false;
        if (minimum != null && minimum.signum() > 0) {
            BigDecimal floorTimesMonths = minimum.multiply(memberMonths);
            if (baseTimesMonths.compareTo(floorTimesMonths) < 0) {
                if (trace != null) {
                    trace.add(TraceStep.of("amount.minimum", baseTimesMonths.divide(monthsDecimal, 4, RoundingMode.HALF_UP),
                            minimum, n, minimum.multiply(BigDecimal.valueOf(n))));
                }
                baseTimesMonths = floorTimesMonths;
                raised = true;
            }
        }
        BigDecimal exactTimesMonths = baseTimesMonths.add(supplementTotal.multiply(monthsDecimal));
        BigDecimal amount = exactTimesMonths.divide(monthsDecimal, 0, RoundingMode.HALF_UP);
        if (trace != null) {
            BigDecimal exact = exactTimesMonths.divide(monthsDecimal, 4, RoundingMode.HALF_UP);
            if (byGap && !raised) {
                BigDecimal gap = baseTimesMonths.divide(memberMonths, 4, RoundingMode.HALF_UP);
                trace.add(TraceStep.of("amount", gap, n, supplementTotal, exact, amount));
            } else {
                trace.add(TraceStep.of("amount.base", baseTimesMonths.divide(monthsDecimal, 4, RoundingMode.HALF_UP),
                        supplementTotal, exact, amount));
            }
        }
        return amount;
    }

    /** The tiered base × months, or null when no tier takes the household (then the gap applies). */
    private static BigDecimal tierBase(DibaoParameters.Payment payment, BigDecimal standard, BigDecimal net,
                                       BigDecimal memberMonths, BigDecimal perCapita, int n, List<TraceStep> trace) {
        for (DibaoParameters.Tier tier : payment.tiers()) {
            BigDecimal bound = tier.incomeBelow().multiply(standard);
            if (net.compareTo(bound.multiply(memberMonths)) < 0) {
                BigDecimal perPerson = tier.share().multiply(standard);
                if (trace != null) {
                    trace.add(TraceStep.of("amount.tier", tier.number(), perCapita, bound, tier.share(), perPerson, n));
                }
                return perPerson.multiply(memberMonths);
            }
        }
        if (trace != null) {
            trace.add(TraceStep.of("amount.noTier", perCapita));
        }
        return null;
    }
}
