package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** A price index to record (or a correction of one): year-on-year changes in percent. */
public record PriceIndexRequest(String regionCode, YearMonth month, BigDecimal cpiYoy, BigDecimal foodYoy,
                                BigDecimal scpiYoy, LocalDate publishedOn, String sourceRef) {
}
