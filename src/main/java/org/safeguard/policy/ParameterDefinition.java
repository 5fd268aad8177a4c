package org.safeguard.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.safeguard.shared.RegionLevel;

/**
 * One regional parameter as its module declares it (issue 8 item 2): name, kind, unit, the region levels that may
 * set it, Safeguard's effective-dated default(s), the rule it comes from (a domain.md section), the plausible range
 * and scale of its values, and a label in both languages. A definition is also the typed handle callers resolve
 * with ({@link ResolvedPolicy#integer}, {@link ResolvedPolicy#money}, …); two definitions are equal when their names
 * are. Values are stored as text and parsed by {@link #parse}.
 */
public final class ParameterDefinition {

    /** TIERS is a {@link TierTable} stored as text; its empty text is the empty table. */
    public enum Kind { MONEY, DECIMAL, INTEGER, BOOLEAN, DATE, ASSET_RULES, SUPPLEMENTS, TIERS }

    /** A default in force from a date (until the next default starts). */
    public record Default(LocalDate from, String text) {
    }

    /** Why a value text was refused: {@code code} is INVALID or PARAMETER_OUT_OF_RANGE, with min, max and scale. */
    public record Refusal(String code, List<Object> arguments) {
    }

    private final String module;
    private final String name;
    private final Kind kind;
    private final String unit;
    private final Set<RegionLevel> levels;
    private final List<Default> defaults;
    private final String source;
    private final BigDecimal min;
    private final BigDecimal max;
    private final int scale;
    private final String labelZh;
    private final String labelEn;

    private ParameterDefinition(Builder b) {
        this.module = Objects.requireNonNull(b.module, "module");
        this.name = Objects.requireNonNull(b.name, "name");
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.unit = b.unit == null ? "" : b.unit;
        this.levels = Set.copyOf(b.levels);
        this.defaults = b.defaults.stream().sorted(Comparator.comparing(Default::from)).toList();
        this.source = Objects.requireNonNull(b.source, "source");
        this.min = b.min;
        this.max = b.max;
        this.scale = b.scale;
        this.labelZh = Objects.requireNonNull(b.labelZh, "labelZh");
        this.labelEn = Objects.requireNonNull(b.labelEn, "labelEn");
        for (Default d : defaults) {
            if (!isList()) {
                parse(d.text());
            }
        }
    }

    public static Builder of(String module, String name, Kind kind) {
        return new Builder(module, name, kind);
    }

    public String module() { return module; }

    public String name() { return name; }

    public Kind kind() { return kind; }

    public String unit() { return unit; }

    /** The region levels that may set it, highest first. */
    public List<RegionLevel> levels() { return levels.stream().sorted().toList(); }

    public boolean settableAt(RegionLevel level) { return levels.contains(level); }

    public List<Default> defaults() { return defaults; }

    public String source() { return source; }

    public BigDecimal min() { return min; }

    public BigDecimal max() { return max; }

    public int scale() { return scale; }

    public String label(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
    }

    public boolean isList() {
        return kind == Kind.ASSET_RULES || kind == Kind.SUPPLEMENTS;
    }

    /** Safeguard's default in force on the date as stored text, or null when a region must set the value. */
    public String defaultText(LocalDate date) {
        String found = null;
        for (Default d : defaults) {
            if (!d.from().isAfter(date)) {
                found = d.text();
            }
        }
        return found;
    }

    /** Parses and checks a stored scalar value; throws IllegalArgumentException with a readable message. */
    public Object parse(String text) {
        Refusal refusal = refusal(text);
        if (refusal != null) {
            throw new IllegalArgumentException(name + ": " + refusal.code() + " " + refusal.arguments());
        }
        return value(text == null ? "" : text.strip());
    }

    /** Null when the text is a plausible value of this parameter, otherwise why not (without throwing). */
    public Refusal refusal(String text) {
        if (isList()) {
            return new Refusal("INVALID", List.of(name));
        }
        if (kind == Kind.TIERS) {
            try {
                TierTable.parse(text);
                return null;
            } catch (IllegalArgumentException e) {
                return new Refusal("INVALID", List.of(name));
            }
        }
        if (text == null || text.isBlank()) {
            return new Refusal("REQUIRED", List.of());
        }
        String t = text.strip();
        Object value;
        try {
            if (kind == Kind.MONEY || kind == Kind.DECIMAL) {
                BigDecimal raw = new BigDecimal(t);
                if (raw.precision() - raw.scale() > 15 || raw.scale() > 15) {
                    return outOfRange();
                }
            }
            value = value(t);
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            return new Refusal("INVALID", List.of(name));
        }
        if (kind == Kind.MONEY || kind == Kind.DECIMAL || kind == Kind.INTEGER) {
            BigDecimal number = value instanceof Integer i ? BigDecimal.valueOf(i) : (BigDecimal) value;
            BigDecimal raw = kind == Kind.INTEGER ? number : new BigDecimal(t);
            if (min != null && number.compareTo(min) < 0 || max != null && number.compareTo(max) > 0
                    || raw.stripTrailingZeros().scale() > scale) {
                return outOfRange();
            }
        }
        return null;
    }

    private Refusal outOfRange() {
        return new Refusal("PARAMETER_OUT_OF_RANGE", List.of(plain(min), plain(max), scale, unit));
    }

    private Object value(String t) {
        return switch (kind) {
            case MONEY -> {
                BigDecimal money = new BigDecimal(t);
                yield money.setScale(Math.max(2, money.stripTrailingZeros().scale()), java.math.RoundingMode.UNNECESSARY);
            }
            case DECIMAL -> {
                yield new BigDecimal(t);
            }
            case INTEGER -> Integer.parseInt(t);
            case BOOLEAN -> {
                if (!t.equals("true") && !t.equals("false")) {
                    throw new NumberFormatException("true or false");
                }
                yield Boolean.parseBoolean(t);
            }
            case DATE -> LocalDate.parse(t);
            case TIERS -> TierTable.parse(t);
            case ASSET_RULES, SUPPLEMENTS -> throw new IllegalArgumentException(name + " is a list, not a scalar");
        };
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterDefinition other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }

    /** Fluent declaration; every parameter must name its source and labels. */
    public static final class Builder {
        private final String module;
        private final String name;
        private final Kind kind;
        private String unit;
        private Set<RegionLevel> levels = EnumSet.allOf(RegionLevel.class);
        private final java.util.ArrayList<Default> defaults = new java.util.ArrayList<>();
        private String source;
        private BigDecimal min;
        private BigDecimal max;
        private int scale;
        private String labelZh;
        private String labelEn;

        private Builder(String module, String name, Kind kind) {
            this.module = module;
            this.name = name;
            this.kind = kind;
            this.scale = kind == Kind.MONEY ? 2 : kind == Kind.DECIMAL ? 4 : 0;
        }

        public Builder unit(String unit) { this.unit = unit; return this; }

        public Builder levels(RegionLevel first, RegionLevel... more) { this.levels = EnumSet.of(first, more); return this; }

        public Builder defaultValue(String text) { return defaultFrom(LocalDate.of(1900, 1, 1), text); }

        public Builder defaultFrom(LocalDate from, String text) { defaults.add(new Default(from, text)); return this; }

        public Builder source(String source) { this.source = source; return this; }

        public Builder range(String min, String max) {
            this.min = new BigDecimal(min);
            this.max = new BigDecimal(max);
            return this;
        }

        public Builder scale(int scale) { this.scale = scale; return this; }

        public Builder label(String zh, String en) { this.labelZh = zh; this.labelEn = en; return this; }

        public ParameterDefinition build() { return new ParameterDefinition(this); }
    }
}
