package org.safeguard.shared;

import java.util.regex.Pattern;

/**
 * A 12-digit statistical division code (GB/T 2260 six digits, then township three, then community three).
 * The code's structure makes a subtree a code prefix: everything under county 420106 starts with "420106".
 */
public record RegionCode(String value) {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    public RegionCode {
        if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("region code must be 12 digits");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && TWELVE_DIGITS.matcher(value).matches();
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    /** The level implied by the trailing zeros of the code. */
    public RegionLevel impliedLevel() {
        if (value.endsWith("0000000000")) return RegionLevel.PROVINCE;
        if (value.endsWith("00000000")) return RegionLevel.PREFECTURE;
        if (value.endsWith("000000")) return RegionLevel.COUNTY;
        if (value.endsWith("000")) return RegionLevel.TOWNSHIP;
        return RegionLevel.COMMUNITY;
    }

    /** The prefix shared by this region and every region below it. */
    public String subtreePrefix() {
        return value.substring(0, impliedLevel().prefixLength());
    }

    public boolean contains(RegionCode other) {
        return other.value.startsWith(subtreePrefix());
    }

    /** The county-level (GB/T 2260) administrative code: the first six digits. */
    public String administrativeCode() {
        return value.substring(0, 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
