package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The answer for a region and index month: whether the mechanism triggered and by which indices, the rate (the
 * largest triggered rise as a fraction, e.g. 0.206), the multiplier, the groups covered that month, whether the
 * asked groups are covered, the standard and the per-person amount (whole yuan; zero when nothing is owed), the
 * payment deadline, and the trace that explains it.
 */
public record PriceSubsidyResult(String regionCode, YearMonth month, boolean indexPublished, boolean triggered,
                                 List<String> triggeringIndices, BigDecimal ratePercent, BigDecimal multiplier,
                                 Set<CoveredGroup> coveredGroups, boolean covered, CoveredGroup paidAs,
                                 UrbanRural urbanRural, BigDecimal standard, BigDecimal amount, LocalDate dueBy,
                                 Mechanism mechanism, PriceIndex index, List<PriceTraceStep> trace) {

    /** The rate as a fraction of the standard (percent / 100), exact. */
    public BigDecimal rate() {
        return ratePercent.movePointLeft(2);
    }
}
