package org.safeguard.policy;

import java.math.BigDecimal;
import java.util.Objects;

/** A classified supplement per counted member: a percentage of the standard or a fixed amount per month. */
public record Supplement(SupplementCategory category, AmountType amountType, BigDecimal value) {

    public Supplement {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amountType, "amountType");
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("supplement " + category + ": a non-negative value");
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (amountType == AmountType.PERCENT_OF_STANDARD && value.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new IllegalArgumentException("supplement " + category + ": at most 1000 percent");
        }
    }

    /** The monthly amount for one member, unrounded (rounding happens once, on the household's total). */
    public BigDecimal amount(BigDecimal standard) {
        return amountType == AmountType.FIXED ? value : standard.multiply(value).movePointLeft(2);
    }

    public enum AmountType { PERCENT_OF_STANDARD, FIXED }
}
