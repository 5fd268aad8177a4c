package org.safeguard.pricesubsidy;

/** When a month's subsidy must be paid: N working days after the index is published (until the 2021 revision), or within the month of publication. */
public enum DeadlineRule {
    WORKING_DAYS,
    SAME_MONTH
}
