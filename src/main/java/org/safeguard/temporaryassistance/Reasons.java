package org.safeguard.temporaryassistance;

/**
 * The stable reason codes of a refusal (issue 10 item 5), each with a message {@code temporaryassistance.reason.<code>}.
 */
public final class Reasons {

    /** Expenditure type: per-capita income not below one twelfth of the previous year's disposable income. */
    public static final String INCOME_ABOVE_EXPENDITURE_LINE = "INCOME_ABOVE_EXPENDITURE_LINE";
    /** The same cause was granted within the repeat window (12 months unless the region sets another). */
    public static final String SAME_CAUSE_WITHIN_12_MONTHS = "SAME_CAUSE_WITHIN_12_MONTHS";
    /** Uninsured unemployed: fewer than 3 consecutive months without income. */
    public static final String INCOME_WITHIN_3_MONTHS = "INCOME_WITHIN_3_MONTHS";
    /** Uninsured unemployed: the person receives unemployment insurance benefit. */
    public static final String UNEMPLOYMENT_INSURANCE = "UNEMPLOYMENT_INSURANCE";
    /** Uninsured unemployed: the person is in dibao. */
    public static final String IN_DIBAO = "IN_DIBAO";
    /** Uninsured unemployed: the request date is outside the period (2020-07-29 to 2021-12-31 by default). */
    public static final String OUTSIDE_PERIOD = "OUTSIDE_PERIOD";

    private Reasons() {
    }
}
