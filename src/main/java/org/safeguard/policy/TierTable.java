package org.safeguard.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A classified and tiered amount table (分类分档, domain.md §4.3): rows of type × tier → basis (a multiple of a base
 * standard, a fixed amount, or a percentage of an out-of-pocket cost), per person or per household, with an optional
 * minimum and maximum. The parameter kind {@link ParameterDefinition.Kind#TIERS} stores it as text, one row per
 * {@code ;}: {@code TYPE,TIER,BASIS,VALUE,PER[,MIN[,MAX]]}, e.g. {@code EMERGENCY,SEVERE,STANDARD_MULTIPLE,4,PERSON,,20000}.
 * A tier of {@code *} matches any tier of its type. The empty text is the empty table (no tiers: the module's own
 * formula applies). Type and tier codes are the declaring module's; this class only checks their shape.
 */
public record TierTable(List<Row> rows) {

    public static final TierTable NONE = new TierTable(List.of());
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}|\\*");
    private static final BigDecimal LIMIT = new BigDecimal("100000000");

    public enum Basis { STANDARD_MULTIPLE, FIXED, PERCENT_OF_COST }

    public enum Per { PERSON, HOUSEHOLD }

    /** One row; {@code min} and {@code max} may be null. */
    public record Row(String type, String tier, Basis basis, BigDecimal value, Per per, BigDecimal min, BigDecimal max) {
    }

    public TierTable {
        rows = List.copyOf(rows);
    }

    /** The row for the type and tier: an exact tier first, else the type's {@code *} row. */
    public Optional<Row> find(String type, String tier) {
        Optional<Row> exact = rows.stream().filter(r -> r.type().equals(type) && r.tier().equals(tier)).findFirst();
        return exact.isPresent() ? exact : rows.stream().filter(r -> r.type().equals(type) && r.tier().equals("*")).findFirst();
    }

    /** Parses the stored text; throws IllegalArgumentException (with the row number) for anything malformed. */
    public static TierTable parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<Row> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        String[] parts = text.strip().split(";");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            String[] f = part.split(",", -1);
            if (f.length < 5 || f.length > 7) {
                throw new IllegalArgumentException("tier row " + (i + 1) + ": TYPE,TIER,BASIS,VALUE,PER[,MIN[,MAX]]");
            }
            String type = f[0].strip().toUpperCase(Locale.ROOT);
            String tier = f[1].strip().toUpperCase(Locale.ROOT);
            if (!CODE.matcher(type).matches() || type.equals("*") || !CODE.matcher(tier).matches()) {
                throw new IllegalArgumentException("tier row " + (i + 1) + ": type and tier are codes");
            }
            if (!keys.add(type + "/" + tier)) {
                throw new IllegalArgumentException("tier row " + (i + 1) + ": " + type + "/" + tier + " twice");
            }
            Basis basis = Basis.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
            BigDecimal value = amount(f[3], i);
            Per per = Per.valueOf(f[4].strip().toUpperCase(Locale.ROOT));
            BigDecimal min = f.length > 5 && !f[5].isBlank() ? amount(f[5], i) : null;
            BigDecimal max = f.length > 6 && !f[6].isBlank() ? amount(f[6], i) : null;
            if (value == null || min != null && max != null && min.compareTo(max) > 0
                    || basis == Basis.PERCENT_OF_COST && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("tier row " + (i + 1) + ": value or range out of bounds");
            }
            rows.add(new Row(type, tier, basis, value, per, min, max));
        }
        return new TierTable(rows);
    }

    /** The stored text of this table (the inverse of {@link #parse}). */
    public String text() {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(String.join(",", r.type(), r.tier(), r.basis().name(), r.value().toPlainString(), r.per().name(),
                    r.min() == null ? "" : r.min().toPlainString(), r.max() == null ? "" : r.max().toPlainString()));
        }
        return String.join(";", out);
    }

    private static BigDecimal amount(String text, int row) {
        BigDecimal d;
        try {
            d = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tier row " + (row + 1) + ": not a number");
        }
        if (d.signum() < 0 || d.compareTo(LIMIT) > 0 || d.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("tier row " + (row + 1) + ": amounts are 0 to 100000000 with at most 2 decimals");
        }
        return d;
    }
}
