package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;

/**
 * One stored version of a region's mechanism parameters, effective for index months {@code from} to {@code to}
 * (inclusive; null = open). A null field is inherited from the region above.
 */
public record MechanismRow(long id, String regionCode, YearMonth from, YearMonth to, BigDecimal cpiTrigger,
                           BigDecimal foodTrigger, IndexBasis indexBasis, BigDecimal multiplier, Set<CoveredGroup> groups,
                           BigDecimal minAmount, DeadlineRule deadlineRule, Integer deadlineDays, String note) {

    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && (to == null || !month.isAfter(to));
    }
}
