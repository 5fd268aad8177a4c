package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One recorded row of a region's price index for a month: year-on-year changes in percent. A correction is a new
 * row that names the row it corrects; the newest row of a region and month is in force.
 */
public record PriceIndex(long id, String regionCode, YearMonth month, BigDecimal cpiYoy, BigDecimal foodYoy,
                         BigDecimal scpiYoy, LocalDate publishedOn, String sourceRef, Long corrects, String recordedBy,
                         Instant recordedAt) {
}
