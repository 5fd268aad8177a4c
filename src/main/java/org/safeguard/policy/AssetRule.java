package org.safeguard.policy;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One asset test, as data: the asset types it adds up, what it measures, and the comparison with a
 * threshold expression over named parameters, e.g. per-capita value of DEPOSIT+SECURITIES+SAVINGS_INSURANCE+
 * DEBT_OWED ≤ {@code 24 * dibaoStandardMonthly}. {@code exempt} names types that are deliberately left out
 * (shown to staff; they are not added up). {@code code} is the stable name used in reasons.
 */
public record AssetRule(String code, Set<AssetType> assetTypes, Measure measure, Comparison comparison,
                        ThresholdExpression threshold, Set<AssetType> exempt) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

    public AssetRule {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(threshold, "threshold");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("rule code must be upper case letters, digits and _");
        }
        if (assetTypes == null || assetTypes.isEmpty()) {
            throw new IllegalArgumentException("rule " + code + ": at least one asset type");
        }
        assetTypes = Set.copyOf(EnumSet.copyOf(assetTypes));
        exempt = exempt == null || exempt.isEmpty() ? Set.of() : Set.copyOf(exempt);
        if (measure != Measure.COUNT && assetTypes.stream().anyMatch(t -> !t.financial())) {
            throw new IllegalArgumentException("rule " + code + ": only financial assets have a value");
        }
        if (exempt.stream().anyMatch(assetTypes::contains)) {
            throw new IllegalArgumentException("rule " + code + ": a type cannot be both counted and exempt");
        }
    }

    public enum Measure {
        /** The number of items (each asset's count, default 1). */
        COUNT,
        /** The total value in yuan. */
        TOTAL_VALUE,
        /** The total value divided by the number of counted members. */
        PER_CAPITA_VALUE
    }

    public enum Comparison {
        LE("≤"), LT("<"), GE("≥"), GT(">"), EQ("=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean holds(int compareResult) {
            return switch (this) {
                case LE -> compareResult <= 0;
                case LT -> compareResult < 0;
                case GE -> compareResult >= 0;
                case GT -> compareResult > 0;
                case EQ -> compareResult == 0;
            };
        }
    }
}
