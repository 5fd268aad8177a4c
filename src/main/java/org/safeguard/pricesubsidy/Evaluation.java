package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** A stored evaluation of a region and index month, with the inputs it was made from. */
public record Evaluation(long id, String regionCode, YearMonth month, long indexId, String indexRegion, BigDecimal cpiYoy,
                         BigDecimal foodYoy, BigDecimal scpiYoy, LocalDate publishedOn, BigDecimal cpiTrigger,
                         BigDecimal foodTrigger, IndexBasis indexBasis, boolean triggered, List<String> triggeringIndices,
                         BigDecimal ratePercent, BigDecimal multiplier, Set<CoveredGroup> coveredGroups,
                         BigDecimal minAmount, LocalDate dueBy, String evaluatedBy, Instant evaluatedAt) {
}
