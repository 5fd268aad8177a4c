package org.safeguard.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The parts of a payment, each in yuan with two decimals, by component code (the paying module contributes its codes,
 * see {@link PaymentComponentCodes}: e.g. DIBAO's BASE, SUPPLEMENT, TAPER, ARREARS, RECOVERY, ADJUSTMENT). Only
 * non-zero parts are kept, in the order given. A line's amount is always their sum; the payroll checks it in the
 * database too. In JSON: an object of code → amount as a string.
 */
public record LineComponents(Map<String, BigDecimal> parts) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,23}");

    public LineComponents {
        Map<String, BigDecimal> kept = new LinkedHashMap<>();
        if (parts != null) {
            parts.forEach((code, value) -> {
                if (code == null || !CODE.matcher(code).matches()) {
                    throw new IllegalArgumentException("not a component code: " + code);
                }
                BigDecimal amount = money(value);
                if (amount.signum() != 0) {
                    kept.merge(code, amount, BigDecimal::add);
                }
            });
        }
        parts = Collections.unmodifiableMap(kept);
    }

    /** Components from alternating code and amount arguments: {@code of("BASE", b, "TAPER", t)}. */
    public static LineComponents of(Object... codeAmountPairs) {
        if (codeAmountPairs.length % 2 != 0) {
            throw new IllegalArgumentException("codes and amounts come in pairs");
        }
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        for (int i = 0; i < codeAmountPairs.length; i += 2) {
            BigDecimal amount = (BigDecimal) codeAmountPairs[i + 1];
            parts.merge((String) codeAmountPairs[i], amount == null ? BigDecimal.ZERO : amount, BigDecimal::add);
        }
        return new LineComponents(parts);
    }

    /** From JSON: code → amount; codes are case-insensitive ({@code "base"} is BASE, as the API took it before). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static LineComponents fromJson(Map<String, BigDecimal> parts) {
        Map<String, BigDecimal> upper = new LinkedHashMap<>();
        if (parts != null) {
            parts.forEach((code, value) -> upper.merge(code == null ? null : code.toUpperCase(java.util.Locale.ROOT),
                    value == null ? BigDecimal.ZERO : value, BigDecimal::add));
        }
        return new LineComponents(upper);
    }

    /** A payment of one part, the benefit's regular amount (code BASE). */
    public static LineComponents base(BigDecimal base) {
        return of("BASE", base);
    }

    /** The part with this code, zero when the line has none. */
    public BigDecimal amount(String code) {
        BigDecimal value = parts.get(code);
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }

    /** The sum of the parts with these codes. */
    public BigDecimal sum(java.util.Collection<String> codes) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (String code : codes) {
            sum = sum.add(amount(code));
        }
        return sum;
    }

    public BigDecimal total() {
        return parts.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Code → amount as a two-decimal string, the JSON shape. */
    @JsonValue
    public Map<String, String> json() {
        Map<String, String> out = new LinkedHashMap<>();
        parts.forEach((code, value) -> out.put(code, value.toPlainString()));
        return out;
    }

    private static BigDecimal money(BigDecimal value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        // Exact: an amount with more than two decimals is a programming error, not something to round away.
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
