package org.safeguard.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Every regional parameter, with its kind and Safeguard's default (domain.md §13 and §16). A parameter
 * without a default (the dibao standards) must be set by some region above the one asking.
 * Values are stored as text and parsed by {@link Kind}; rule lists live in their own tables.
 */
public enum PolicyParameter {
    DIBAO_STANDARD_URBAN(Kind.MONEY, null),
    DIBAO_STANDARD_RURAL(Kind.MONEY, null),
    /** §16 item 2: the income reference period in months. */
    INCOME_REFERENCE_MONTHS(Kind.INTEGER, "6"),
    /** §16 item 6: dibao-edge when per-capita income is below this multiple of the standard. */
    DIBAO_EDGE_MULTIPLE(Kind.DECIMAL, "1.5"),
    /** §16 item 5: whether a member with several supplement categories gets only the largest one. */
    SUPPLEMENT_LARGER_ONLY(Kind.BOOLEAN, "false"),
    /** §16 item 7: applications accepted on or after this date follow the 2021 procedure. */
    PROCEDURE_SWITCH_DATE(Kind.DATE, "2021-07-01"),
    OVERALL_LIMIT_WORKING_DAYS(Kind.INTEGER, "30"),
    OVERALL_LIMIT_EXTENDED_WORKING_DAYS(Kind.INTEGER, "45"),
    INVESTIGATION_START_WORKING_DAYS(Kind.INTEGER, "3"),
    INVESTIGATION_WORKING_DAYS_2012(Kind.INTEGER, "10"),
    DEMOCRATIC_APPRAISAL_WORKING_DAYS_2012(Kind.INTEGER, "5"),
    VERIFICATION_START_WORKING_DAYS(Kind.INTEGER, "3"),
    PUBLIC_NOTICE_DAYS(Kind.INTEGER, "7"),
    COUNTY_REVIEW_WORKING_DAYS_2012(Kind.INTEGER, "5"),
    COUNTY_REVIEW_WORKING_DAYS_2021(Kind.INTEGER, "10"),
    COUNTY_SPOT_CHECK_PERCENT_2012(Kind.INTEGER, "30"),
    REJECTION_NOTICE_WORKING_DAYS(Kind.INTEGER, "3"),
    REVIEW_INTERVAL_STABLE_MONTHS(Kind.INTEGER, "12"),
    REVIEW_INTERVAL_UNSTABLE_MONTHS(Kind.INTEGER, "6"),
    TAPERED_EXIT_MONTHS(Kind.INTEGER, "6"),
    /** The region's asset rules, as one list (a new version replaces the whole list). */
    ASSET_RULES(Kind.ASSET_RULES, ""),
    /** The region's classified supplements, as one list (a new version replaces the whole list). */
    SUPPLEMENTS(Kind.SUPPLEMENTS, "");

    private final Kind kind;
    private final String defaultText;

    PolicyParameter(Kind kind, String defaultText) {
        this.kind = kind;
        this.defaultText = defaultText;
    }

    public Kind kind() {
        return kind;
    }

    /** Safeguard's default as stored text, or null when a region must set the value. */
    public String defaultText() {
        return defaultText;
    }

    public boolean isList() {
        return kind == Kind.ASSET_RULES || kind == Kind.SUPPLEMENTS;
    }

    /** Parses and checks a stored scalar value; throws IllegalArgumentException with a readable message. */
    public Object parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException(name() + ": a value is required");
        }
        String t = text.strip();
        try {
            return switch (kind) {
                case MONEY -> {
                    BigDecimal money = new BigDecimal(t);
                    if (money.signum() < 0 || money.scale() > 2) {
                        throw new IllegalArgumentException(name() + ": a non-negative amount in yuan with at most 2 decimals");
                    }
                    yield money.setScale(2);
                }
                case DECIMAL -> {
                    BigDecimal d = new BigDecimal(t);
                    if (d.signum() <= 0) {
                        throw new IllegalArgumentException(name() + ": must be positive");
                    }
                    yield d;
                }
                case INTEGER -> {
                    int i = Integer.parseInt(t);
                    if (i < 0 || i > 1000) {
                        throw new IllegalArgumentException(name() + ": must be between 0 and 1000");
                    }
                    if (this == INCOME_REFERENCE_MONTHS && (i < 1 || i > 36)) {
                        throw new IllegalArgumentException(name() + ": must be between 1 and 36 months");
                    }
                    yield i;
                }
                case BOOLEAN -> {
                    if (!t.equals("true") && !t.equals("false")) {
                        throw new IllegalArgumentException(name() + ": true or false");
                    }
                    yield Boolean.parseBoolean(t);
                }
                case DATE -> LocalDate.parse(t);
                case ASSET_RULES, SUPPLEMENTS -> throw new IllegalArgumentException(name() + " is a list, not a scalar");
            };
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name() + ": not a valid " + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public enum Kind { MONEY, DECIMAL, INTEGER, BOOLEAN, DATE, ASSET_RULES, SUPPLEMENTS }
}
