package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;

/** A region's own mechanism version: null fields are inherited from the region above. */
public record NewMechanismVersion(String regionCode, YearMonth from, YearMonth to, BigDecimal cpiTrigger,
                                  BigDecimal foodTrigger, IndexBasis indexBasis, BigDecimal multiplier,
                                  Set<CoveredGroup> groups, BigDecimal minAmount, String note) {
}
