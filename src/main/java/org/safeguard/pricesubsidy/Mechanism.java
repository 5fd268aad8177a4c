package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The mechanism in force for a region and index month, after inheritance (domain.md §6.5): the thresholds in
 * percent, the index basis, the multiplier, the covered groups, the minimum amount (null = none) and the payment
 * deadline rule. {@code thresholdSource} names the region whose (lowest) CPI threshold applies.
 */
public record Mechanism(BigDecimal cpiTrigger, BigDecimal foodTrigger, IndexBasis indexBasis, BigDecimal multiplier,
                        Set<CoveredGroup> groups, BigDecimal minAmount, DeadlineRule deadlineRule, Integer deadlineDays,
                        String thresholdSource) {

    public Mechanism {
        groups = Set.copyOf(groups);
    }
}
